"""The pipeline worker process the API uses: a hard per-document time limit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kordon._worker import Worker
from kordon.document import Document
from kordon.errors import PipelineError, TimeLimitError
from slow_pipelines import sleeper


def doc(raw: str) -> Document:
    return Document(id="d", source="posted.txt", raw=raw, format="text")


@pytest.fixture
def worker() -> Iterator[Worker]:
    w = Worker(0.5, sleeper, grace=0.5)
    yield w
    w.close()


def test_a_document_within_the_limit_comes_back_processed(worker: Worker) -> None:
    assert worker.process(doc("quick 0")).text == "quick 0"
    assert worker.process(doc("again 0.01")).text == "again 0.01"  # the same process, reused
    assert worker.alive


def test_the_time_limit_interrupts_a_component_and_the_worker_goes_on(worker: Worker) -> None:
    with pytest.raises(TimeLimitError, match=r"posted\.txt: .*0\.5 s time limit.*'sleeper'"):
        worker.process(doc("slow 30"))
    assert worker.alive and worker.process(doc("quick 0")).text == "quick 0"


def test_a_worker_that_ignores_the_alarm_is_killed(worker: Worker) -> None:
    with pytest.raises(TimeLimitError, match="did not stop; the worker was restarted"):
        worker.process(doc("stuck 30"))
    assert not worker.alive


def test_a_worker_that_dies_is_a_pipeline_error(worker: Worker) -> None:
    with pytest.raises(PipelineError, match="the processing worker died"):
        worker.process(doc("crash"))
    assert not worker.alive
