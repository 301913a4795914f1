"""Engines: a local process pool and Ray give what one process gives, in the same order."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from kordon import InputError
from kordon.document import Document
from kordon.engine import Spec, run
from kordon.errors import ConfigError
from kordon.export import exchange
from kordon.kb import data_path


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("engine")
    for path in sorted(Path(str(data_path("demo"))).glob("*.txt"))[:6]:
        shutil.copy(path, folder / path.name)
    (folder / "zz_empty.txt").write_bytes(b"")  # a bad input keeps its place
    return folder


def _lines(engine: str, workers: int, folder: Path) -> list[str]:
    out = []
    for item in run([folder], Spec(), engine=engine, workers=workers):
        if isinstance(item, Document):
            out.append(json.dumps(exchange(item), sort_keys=True, ensure_ascii=False))
        else:
            out.append(f"{type(item).__name__}: {item}")
    return out


@pytest.fixture(scope="module")
def single(inputs: Path) -> list[str]:
    return _lines("local", 1, inputs)


def test_one_process_reports_bad_input_in_place(single: list[str]) -> None:
    assert len(single) == 7
    assert single[-1].startswith("InputError") and "zz_empty.txt" in single[-1]


def test_a_process_pool_gives_the_same_output(single: list[str], inputs: Path) -> None:
    assert _lines("local", 2, inputs) == single


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed (kordon[ray])")
def test_ray_gives_the_same_output(single: list[str], inputs: Path) -> None:
    assert _lines("ray", 2, inputs) == single


def test_input_errors_survive_pickling() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(InputError("a.txt", "empty file")))
    assert (error.source, error.problem, str(error)) == ("a.txt", "empty file", "a.txt: empty file")


def test_bad_engine_options_are_clear(inputs: Path) -> None:
    with pytest.raises(ConfigError, match="unknown engine"):
        list(run([inputs], engine="spark"))
    with pytest.raises(ConfigError, match="at least 1"):
        list(run([inputs], workers=0))


def test_prepared_for_the_store_by_the_workers_as_by_one_process(inputs: Path) -> None:
    """``Spec(prepare=True)``: each document comes with its record, MinHash and linking keys,
    the same from a pool worker as from this process (what ``kordon ingest`` stores)."""
    from kordon.store import Prepared, prepare

    def prepared(workers: int) -> list[tuple[str, str, list[int], dict[str, str]]]:
        out = []
        for item in run([inputs], Spec(prepare=True), workers=workers):
            if isinstance(item, Prepared):
                out.append((item.doc.id, item.record, item.signature, item.link_keys))
        return out

    one = prepared(1)
    assert len(one) == 6 and one == prepared(2)
    doc = next(d for d in run([inputs], Spec()) if isinstance(d, Document))
    again = prepare(doc)
    assert (again.record, again.signature, again.link_keys) == one[0][1:]
    assert json.loads(again.record)["id"] == doc.id and len(again.bands) == 32
