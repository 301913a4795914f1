"""The bundled demo corpus goes through the pipeline as its expected facts say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kordon import Document, Pipeline
from kordon.ingest import read
from kordon.kb import data_path

DEMO = Path(str(data_path("demo")))
EXPECTED = {e["id"]: e for e in json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    pipe = Pipeline.from_profile()
    return {d.id: pipe(d) for d in read([DEMO]) if isinstance(d, Document)}


def test_corpus_shape(docs: dict[str, Document]) -> None:
    assert set(docs) == set(EXPECTED)
    assert len(docs) >= 30
    formats = {d.format for d in docs.values()}
    assert formats == {"text", "html"}
    assert any(":" in d.source for d in docs.values())  # JSONL records
    langs = {d.lang for d in docs.values()}
    assert {"ru", "de", "en"} <= langs


def _agree(field: str, docs: dict[str, Document]) -> float:
    hits = 0
    for doc_id, exp in EXPECTED.items():
        doc = docs[doc_id]
        line = doc.dateline
        got = {
            "lang": doc.lang,
            "published": doc.published.edtf if doc.published else None,
            "place": line.place if line else None,
            "agency": line.agency if line else None,
        }[field]
        want = (
            exp["lang"]
            if field == "lang"
            else exp["published"]
            if field == "published"
            else ((exp["dateline"] or {}).get(field))
        )
        hits += got == want
    return hits / len(EXPECTED)


@pytest.mark.parametrize(
    ("field", "floor"), [("lang", 1.0), ("published", 0.9), ("place", 0.9), ("agency", 0.85)]
)
def test_expected_facts(docs: dict[str, Document], field: str, floor: float) -> None:
    assert _agree(field, docs) >= floor


def test_body_printed_twice_and_repeated_paragraph_are_kept_once(docs: dict[str, Document]) -> None:
    for doc in docs.values():
        paras = [p for p in doc.text.split("\n") if len(p) > 60]
        assert len(paras) == len(set(paras)), doc.id
