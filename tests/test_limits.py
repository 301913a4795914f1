"""The per-document time limit: a runaway document becomes a clear error and the batch goes on."""

from __future__ import annotations

import contextlib
import re
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from kordon.cli import app
from kordon.document import Document
from kordon.engine import _apply
from kordon.errors import ConfigError, TimeLimitError
from kordon.pipeline import DEFAULT_TIME_LIMIT, Pipeline, default_time_limit


class _Stall:
    """A component that runs away on documents that say so, in one of several ways."""

    name: ClassVar[str] = "stall"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("meta",)

    def __call__(self, doc: Document) -> Document:
        if "LOOP" in doc.raw:
            while True:  # pure Python that never ends
                pass
        if "REGEX" in doc.raw:  # catastrophic backtracking inside the C regex engine
            re.match(r"(a+)+$", "a" * 40 + "!")
        if "SWALLOW" in doc.raw:  # a component that catches everything must not hide the alarm
            with contextlib.suppress(Exception):
                time.sleep(30)
        if "SLOW" in doc.raw:
            time.sleep(0.4)
        doc.meta["stall"] = "done"
        return doc


def _doc(raw: str) -> Document:
    return Document(id=raw, source=f"{raw}.txt", raw=raw, format="text")


@pytest.mark.parametrize("kind", ["LOOP", "REGEX", "SWALLOW"])
def test_a_runaway_component_is_stopped_at_the_limit(kind: str) -> None:
    pipe = Pipeline([_Stall()], time_limit=0.3)
    t0 = time.perf_counter()
    with pytest.raises(TimeLimitError, match=r"0\.3 s time limit \(in component 'stall'\)") as info:
        pipe(_doc(kind))
    assert time.perf_counter() - t0 < 3
    assert f"{kind}.txt" in str(info.value)
    # the alarm is disarmed afterwards: the next document runs to its end
    assert pipe(_doc("fine")).meta["stall"] == "done"


def test_the_batch_goes_on_after_a_timeout() -> None:
    pipe = Pipeline([_Stall()], time_limit=0.3)
    results = [_apply(pipe, _doc(raw)) for raw in ("one", "LOOP", "two")]
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    assert isinstance(results[1], TimeLimitError)


def test_outside_the_main_thread_the_limit_is_checked_between_components() -> None:
    pipe = Pipeline([_Stall(), _Stall()], time_limit=0.5)
    out: list[BaseException | Document] = []

    def work() -> None:
        try:
            out.append(pipe(_doc("SLOW")))
        except TimeLimitError as exc:
            out.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert isinstance(out[0], TimeLimitError)  # 2 x 0.4 s > 0.5 s


def test_zero_means_no_limit_and_the_environment_sets_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Pipeline([_Stall()], time_limit=0)(_doc("SLOW")).meta["stall"] == "done"
    monkeypatch.delenv("KORDON_TIME_LIMIT", raising=False)
    assert default_time_limit() == DEFAULT_TIME_LIMIT == 30.0
    monkeypatch.setenv("KORDON_TIME_LIMIT", "2.5")
    assert Pipeline([_Stall()]).time_limit == 2.5
    monkeypatch.setenv("KORDON_TIME_LIMIT", "soon")
    with pytest.raises(ConfigError, match="not a number"):
        default_time_limit()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_time_limit_option_reports_each_document_and_goes_on(tmp_path: Path, workers: str) -> None:
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(f"МОСКВА, 3 марта /ТАСС/. Пограничники задержали {i} человек.")
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path), "--time-limit", "0.000001", "--workers", workers, "-q"]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(re.findall(r"time limit", result.stderr)) == 3
    ok = CliRunner().invoke(app, ["extract", str(tmp_path), "--time-limit", "30", "--workers", workers])
    assert ok.exit_code == 0 and len(ok.stdout.splitlines()) == 3
