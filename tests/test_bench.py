"""``kordon bench`` reports figures; the figures themselves are not asserted (no timed tests)."""

from __future__ import annotations

from kordon.bench import corpus, run


def test_generated_corpus_has_distinct_documents() -> None:
    docs = corpus(80)
    assert len(docs) == 80
    assert len({d.content_hash for d in docs}) == 80


def test_run_reports_every_stage() -> None:
    result = run(12)
    names = [s["name"] for s in result["stages"]]
    assert names[:3] == ["clean", "lang", "dateline"]
    assert any(name.startswith("entities (") for name in names)
    assert names[-1] == "end to end (process + store)"
    for stage in result["stages"]:
        assert stage["docs_per_s"] > 0 and stage["peak_rss_mib"] > 0
