"""The default pipeline in a process of its own, for callers that run in threads (the API).

A request thread cannot be interrupted, so a document that hangs in a component would hold it
(and, through the lock around the pipeline, every later write) for good. In its own process the
pipeline runs in that process's main thread, where the per-document time limit interrupts a
component (SIGALRM); if even that does not bring it back (C code that never returns to the
interpreter), the caller stops waiting a grace period later, kills the process and starts a new
one for the next document. The worker is started lazily, warmed before its first document, and
shared by every caller in the process with the same time limit.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from .document import Document
from .errors import KordonError, PipelineError, TimeLimitError

if TYPE_CHECKING:
    from .pipeline import Pipeline

START_TIMEOUT = 600.0  # seconds for a new worker to import and warm its models
GRACE = 10.0  # seconds past the time limit before a worker is presumed stuck and killed


def default_pipeline(time_limit: float) -> Pipeline:
    """The default profile's pipeline, warmed."""
    from .pipeline import Pipeline

    return Pipeline.from_profile(time_limit=time_limit).warm()


def _serve(conn: Connection, time_limit: float, build: Callable[[float], Pipeline]) -> None:
    """The worker's loop: documents in, processed documents (or a KordonError) out."""
    try:
        pipeline = build(time_limit)
    except BaseException as exc:  # reported to the caller, which gives up on this worker
        conn.send(("error", PipelineError(f"the processing worker could not start: {exc}")))
        return
    conn.send(("ready", None))
    while True:
        try:
            doc = conn.recv()
        except (EOFError, OSError):  # the caller is gone
            return
        try:
            conn.send(("ok", pipeline(doc)))
        except KordonError as exc:
            conn.send(("error", exc))
        except Exception as exc:  # anything else (a result that cannot be pickled) is an answer too
            conn.send(("error", PipelineError(f"{doc.source}: {type(exc).__name__}: {exc}")))


class Worker:
    """One pipeline process; :meth:`process` sends it a document and waits for the result.

    ``build`` (a module-level function, as it is sent to the new process) makes the pipeline;
    ``grace`` is how long past the time limit to wait before the worker is killed."""

    def __init__(
        self, time_limit: float, build: Callable[[float], Pipeline] = default_pipeline, grace: float = GRACE
    ) -> None:
        self.time_limit = time_limit
        self.grace = grace
        ctx = multiprocessing.get_context("spawn")  # never fork a process that runs threads
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(
            target=_serve, args=(child, time_limit, build), name="kordon-pipeline", daemon=True
        )
        self._proc.start()
        child.close()
        if not self._conn.poll(START_TIMEOUT):
            self.close()
            raise PipelineError(f"the processing worker did not start within {START_TIMEOUT:g} s")
        kind, value = self._receive(0, "the processing worker's start")
        if kind != "ready":
            self.close()
            raise value

    @property
    def alive(self) -> bool:
        return self._proc.is_alive()

    def process(self, doc: Document) -> Document:
        """``doc`` through the pipeline; :class:`TimeLimitError` if it takes too long (the worker
        is then killed), :class:`PipelineError` if the worker dies."""
        try:
            self._conn.send(doc)
        except (OSError, ValueError) as exc:
            self.close()
            raise PipelineError(f"{doc.source}: the processing worker is gone ({exc})") from None
        wait = self.time_limit + self.grace if self.time_limit else None
        kind, value = self._receive(wait, doc.source)
        if kind == "error":
            raise value
        result: Document = value
        return result

    def _receive(self, timeout: float | None, what: str) -> tuple[str, Any]:
        if not self._conn.poll(timeout):
            self.close()
            raise TimeLimitError(
                f"{what}: processing took longer than the {self.time_limit:g} s time limit and "
                "did not stop; the worker was restarted (raise the limit with KORDON_TIME_LIMIT)"
            )
        try:
            answer: tuple[str, Any] = self._conn.recv()
        except (EOFError, OSError):
            code = self._proc.exitcode
            self.close()
            raise PipelineError(
                f"{what}: the processing worker died (exit code {code}; out of memory?); "
                "a new one starts with the next document"
            ) from None
        return answer

    def close(self) -> None:
        """Stop the worker (killed: it may be stuck)."""
        self._conn.close()
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join(5)


_workers: dict[float, Worker] = {}
_lock = threading.Lock()


def process(doc: Document, time_limit: float) -> Document:
    """``doc`` through the shared worker for ``time_limit``, one document at a time; a worker
    that was killed or died is replaced first."""
    with _lock:
        worker = _workers.get(time_limit)
        if worker is None or not worker.alive:
            worker = _workers[time_limit] = Worker(time_limit)
        return worker.process(doc)
