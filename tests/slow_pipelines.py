"""Pipelines for tests/test_worker.py, importable by a spawned worker process."""

from __future__ import annotations

import signal
import time
from typing import ClassVar

from kordon.document import Document
from kordon.pipeline import Pipeline


class Sleeper:
    """Sleeps for as many seconds as the document says; ``stuck`` first blocks SIGALRM, like C
    code that never returns to the interpreter."""

    name: ClassVar[str] = "sleeper"
    requires: ClassVar[tuple[str, ...]] = ("raw",)
    assigns: ClassVar[tuple[str, ...]] = ("text",)

    def __call__(self, doc: Document) -> Document:
        word, _, seconds = doc.raw.partition(" ")
        if word == "stuck":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        if word == "crash":
            raise SystemExit(3)
        time.sleep(float(seconds or 0))
        doc.text = doc.raw
        return doc


def sleeper(time_limit: float) -> Pipeline:
    return Pipeline([Sleeper()], time_limit=time_limit)
