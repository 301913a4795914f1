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
    assert result["reference_loop_s"] > 0


def test_parallel_rows_measure_each_worker_count_in_a_fresh_interpreter() -> None:
    """run_parallel reports a row per worker count, extraction and end to end, with the
    machine's speed at the time."""
    from kordon.bench import run_parallel

    result = run_parallel(24, "local", (1, 2))
    assert [row["workers"] for row in result["rows"]] == [1, 2]
    for row in result["rows"]:
        assert row["documents"] == 24 and row["reference_loop_s"] > 0
        assert row["extract_docs_per_s"] and row["end_to_end_docs_per_s"]
        assert row["peak_rss_mib"] > 100  # a fresh interpreter with the models loaded
