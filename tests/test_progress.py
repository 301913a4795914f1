from __future__ import annotations

import io

from rich.console import Console

from kordon import progress
from kordon.progress import Progress


def test_plain_log_lines_when_not_a_terminal(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    sink = io.StringIO()
    with Progress("ingest", Console(file=sink, force_terminal=False), total=3) as bar:
        bar.advance()
        bar.advance(failed=True)
    lines = sink.getvalue().splitlines()
    assert lines[0].startswith("ingest: 1/3 documents, ")
    assert "/s, 1 failed" in lines[1] and "s left" in lines[1]


def test_quiet_prints_nothing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    sink = io.StringIO()
    with Progress("ingest", Console(file=sink, force_terminal=True), quiet=True) as bar:
        bar.advance()
    assert sink.getvalue() == "" and bar.done == 1


def test_a_bar_on_a_terminal() -> None:
    sink = io.StringIO()
    with Progress("extract", Console(file=sink, force_terminal=True, width=100), total=2) as bar:
        bar.advance()
        bar.advance()
    assert "extract" in sink.getvalue() and "2/2" in sink.getvalue()
