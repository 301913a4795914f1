"""``kordon bench ner`` on a small sample of the public NER sets (skipped where they are absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kordon.nerbench import markdown, read_conll, run

NER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ner"


@pytest.fixture(scope="module")
def result() -> dict:  # type: ignore[type-arg]
    if not NER.is_dir():
        pytest.skip(f"the public NER test sets are not beside the repository ({NER})")
    return run(NER, sample=60)


def test_reader_rebuilds_spans(tmp_path: Path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text("0\tIwan\tB-PER\n1\tKubrakow\tI-PER\n2\tin\tO\n3\tMinsk\tB-LOC\n\n", encoding="utf-8")
    (sample,) = list(read_conll(path, "de", 10))
    assert sample.text == "Iwan Kubrakow in Minsk"
    assert sample.gold == {(0, 13, "PER"), (17, 22, "LOC")}


def test_every_set_and_system_is_scored(result: dict) -> None:  # type: ignore[type-arg]
    sets = {row["set"] for row in result["rows"]}
    assert {"wikineural-ru", "wikineural-de", "wikineural-en", "factrueval2016-ru"} <= sets
    for row in result["rows"]:
        assert 0 <= row["f1"] <= 1 and row["docs_per_s"] > 0
    assert "| factrueval2016-ru | natasha |" in markdown(result)


def test_natasha_is_what_makes_russian_persons_work(result: dict) -> None:  # type: ignore[type-arg]
    f1 = {(r["set"], r["system"]): r["f1"] for r in result["rows"] if r["type"] == "PER"}
    assert f1[("factrueval2016-ru", "kordon")] > f1[("factrueval2016-ru", "kordon-rules")]
