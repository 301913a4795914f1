"""Progress of long commands: a rich bar on a terminal, plain log lines otherwise, nothing with
``--quiet``. Counts, rate and (when the total is known) time left."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as _RichProgress

#: Seconds between two log lines when the output is not a terminal.
LOG_EVERY = 10.0


class Progress:
    """``with Progress("ingest", console, total) as p: p.advance()`` for each item done."""

    def __init__(
        self,
        label: str,
        console: Console,
        total: int | None = None,
        quiet: bool = False,
        unit: str = "documents",
    ) -> None:
        self.label, self.console, self.total, self.quiet, self.unit = label, console, total, quiet, unit
        self.done = 0
        self.failed = 0
        self._start = self._last_log = time.monotonic()
        self._bar: _RichProgress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Progress:
        if not self.quiet and self.console.is_terminal:
            self._bar = _RichProgress(
                SpinnerColumn(),
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TextColumn("{task.fields[failed]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=self.console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=self.total, rate="", failed="")
        return self

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self._start
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, failed: bool = False) -> None:
        """One more item done (or failed)."""
        self.done += 1
        self.failed += failed
        if self._bar is not None and self._task is not None:
            self._bar.update(
                self._task,
                advance=1,
                rate=f"{self.rate:.1f}/s",
                failed=f"{self.failed} failed" if self.failed else "",
            )
        elif not self.quiet and time.monotonic() - self._last_log >= LOG_EVERY:
            self._last_log = time.monotonic()
            self.console.print(self.line(), highlight=False)

    def line(self) -> str:
        """The state as one plain log line."""
        of = f"/{self.total}" if self.total else ""
        msg = f"{self.label}: {self.done}{of} {self.unit}, {self.rate:.1f}/s"
        if self.failed:
            msg += f", {self.failed} failed"
        if self.total and self.rate > 0 and self.done < self.total:
            msg += f", about {(self.total - self.done) / self.rate:.0f} s left"
        return msg

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
