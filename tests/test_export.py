from __future__ import annotations

import json

from kordon import exchange, process, record

TEXT = "Titel der Meldung\n\nMINSK, 24. November (BelTA) – Der Generalsekretär sprach über Terrorismus."

EXCHANGE_KEYS = [
    "id",
    "lang",
    "published",
    "dateline",
    "countries",
    "organizations",
    "agencies",
    "persons",
    "places",
    "threats",
    "events",
]


def test_exchange_has_exactly_the_guideline_fields() -> None:
    out = exchange(process(TEXT, id="by_1"))
    assert list(out) == EXCHANGE_KEYS
    assert out["id"] == "by_1" and out["lang"] == "de"
    assert out["published"] == "XXXX-11-24"
    assert out["dateline"] == {"place": "Minsk", "country": "BY", "agency": "BelTA"}
    json.dumps(out)


def test_record_carries_evidence_into_both_texts() -> None:
    doc = process(TEXT, id="by_1")
    rec = record(doc)
    json.dumps(rec, ensure_ascii=False)
    line = rec["dateline"]
    assert line["component"] == "dateline"
    for key in ("evidence", "place_evidence", "agency_evidence"):
        ev = line[key]
        assert rec["text"][ev["start"] : ev["end"]] == ev["text"]
        assert TEXT[ev["raw_start"] : ev["raw_end"]] == ev["text"]
    assert line["place_evidence"]["text"] == "MINSK"
    assert rec["published"]["evidence"]["text"] == "24. November"
    assert rec["title"]["text"] == "Titel der Meldung"
    (minsk,) = rec["mentions"]
    assert minsk["kind"] == "place" and minsk["component"] == "places"
    assert TEXT[minsk["span"]["raw_start"] : minsk["span"]["raw_end"]] == "MINSK"
    assert rec["entities"][0]["canonical"] == "Minsk" and rec["entities"][0]["coords"]
    (threat,) = rec["threats"]
    assert threat["label"] == "terrorism" and threat["evidence"][0]["text"] == "Terrorismus"
    assert rec["events"] == []
