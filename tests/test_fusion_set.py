"""Fusion on the labelled multilingual test set (tests/data/fusion, fictional, written for Kordon).

The floor guards the measured level (B-cubed F1 0.86); issue 6 asks for 0.9, which the event
extraction's remaining errors (docs/fusion.md) still keep out of reach."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kordon import Pipeline, Store
from kordon.fuse import bcubed, clusters_by_document, pairwise
from kordon.ingest import read

SET = Path(__file__).parent / "data" / "fusion"


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    labels = json.loads((SET / "labels.json").read_text(encoding="utf-8"))
    gold = {doc: incident for incident, spec in labels["incidents"].items() for doc in spec["documents"]}
    pipe = Pipeline.from_profile()
    with Store(tmp_path_factory.mktemp("fusion") / "f.db") as store:
        for doc in read(sorted(SET.glob("*.txt"))):
            store.add(pipe(doc))  # type: ignore[arg-type]
        predicted = clusters_by_document(store.incidents())
        duplicates = store.duplicates()
    assert set(gold) <= set(predicted), (
        f"documents without any incident: {sorted(set(gold) - set(predicted))}"
    )
    return {
        "bcubed": bcubed(predicted, gold),
        "pairwise": pairwise(predicted, gold),
        "duplicates": {"found": len(duplicates)},
    }


def test_bcubed_floor(scores: dict[str, dict[str, float]]) -> None:
    assert scores["bcubed"]["f1"] >= 0.85, scores
    assert scores["bcubed"]["p"] >= 0.95, scores  # fusing what should stay apart is the worse error


def test_pairwise_is_reported(scores: dict[str, dict[str, float]]) -> None:
    assert 0 <= scores["pairwise"]["f1"] <= 1 and scores["pairwise"]["p"] > 0


def test_every_near_duplicate_pair_is_linked(scores: dict[str, dict[str, float]]) -> None:
    labels = json.loads((SET / "labels.json").read_text(encoding="utf-8"))
    assert scores["duplicates"]["found"] >= len(labels.get("near_duplicates", []))
