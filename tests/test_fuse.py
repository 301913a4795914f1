from __future__ import annotations

from pathlib import Path

from kordon import Store, process
from kordon.fuse import Features, blocking_keys, conflicts, jaccard, minhash, score

RU = (
    "ДУШАНБЕ, 12 марта 2025 /ТАСС/. Пограничники Таджикистана 11 марта изъяли 590 кг гашиша на участке "
    "заставы «Панджоб» на таджикско-афганской границе. Задержаны три человека."
)
EN = (
    "DUSHANBE, March 13, 2025 (Reuters) - Tajik border guards seized about 600 kilograms of hashish "
    "on March 11 at the Panjob outpost on the border with Afghanistan, the border service said."
)
DE = (
    "Duschanbe (dpa) - Tadschikische Grenzschützer haben am 11. März 2025 an der Grenze zu Afghanistan "
    "590 Kilogramm Haschisch sichergestellt, teilte der Grenzdienst mit."
)
LATER = (
    "ДУШАНБЕ, 20 марта 2025 /ТАСС/. Пограничники Таджикистана 19 марта изъяли 120 кг гашиша на участке "
    "заставы «Панджоб» на таджикско-афганской границе."
)


def _incidents(store: Store, kind: str) -> list[set[str]]:
    return [{d["id"] for d in i["documents"]} for i in store.incidents() if i["type"] == kind]


def test_one_seizure_in_three_languages_with_conflicting_figures(db: Path) -> None:
    with Store(db) as store:
        for name, text in (("ru", RU), ("en", EN), ("de", DE), ("later", LATER)):
            store.add(process(text, id=name))
        seizures = _incidents(store, "seizure")
        assert {"ru", "en", "de"} in seizures
        assert {"later"} in seizures  # the same outpost a week later is another incident
        (incident,) = [i for i in store.incidents() if i["type"] == "seizure" and len(i["documents"]) == 3]
        assert incident["languages"] == ["de", "en", "ru"]
        assert incident["date_start"] == "2025-03-11" and incident["country"] == "TJ"
        (conflict,) = [c for c in incident["conflicts"] if c["field"] == "goods:hashish:kg"]
        assert {v["value"] for v in conflict["values"]} == {590, 600}
        assert conflict["reconciled"] == 590 and conflict["flag"] is True
        joined = [r for r in incident["reports"] if r["score"] is not None]
        assert all("date_gap_days" in r["why"] for r in joined)


def test_fusion_is_incremental_and_idempotent(db: Path) -> None:
    with Store(db) as store:
        store.add(process(RU, id="ru"))
        before = store.incidents()
        assert store.add(process(RU, id="ru-again")) is False
        assert store.incidents() == before
        store.add(process(EN, id="en"))
        assert {"ru", "en"} in _incidents(store, "seizure")


def test_near_duplicates_are_linked_not_dropped(db: Path) -> None:
    reprint = (
        "Поделиться\nЧитайте также\n\nТаджикские пограничники изъяли гашиш\n\n"
        + RU
        + "\nПодписывайтесь на нас"
    )
    with Store(db) as store:
        store.add(process(RU, id="ru"))
        store.add(process(reprint, id="reprint"))
        assert store.count() == 2
        (dup,) = store.duplicates()
        assert (dup["document"], dup["duplicate_of"]) == ("reprint", "ru") and dup["similarity"] >= 0.5


def test_scoring_vetoes_and_blocking() -> None:
    a = Features(
        "seizure", ["2025-03-11"], "2025-03-12", {"TJ"}, {"Panj"}, {"place:x"}, [("heroin", 10.0, "kg")]
    )
    b = Features(
        "seizure", ["2025-03-18"], "2025-03-19", {"TJ"}, {"Panj"}, {"place:x"}, [("heroin", 10.0, "kg")]
    )
    assert score(a, b)[0] == 0  # a week apart
    c = Features("arrest", ["2025-03-11"], "2025-03-12", {"TJ"})
    assert score(a, c)[0] == 0  # another kind of event
    assert set(blocking_keys(a)) & set(blocking_keys(Features("seizure", ["XXXX-03-11"], None, {"TJ"})))
    sig = minhash("one two three four five six seven eight nine ten")
    assert jaccard(sig, sig) == 1.0


def test_conflict_reconciles_by_majority() -> None:
    members = [
        {
            "document": d,
            "source": d,
            "goods": [{"substance": "heroin", "unit": "kg", "value": v, "qualifier": "exact"}],
            "quantities": [],
            "date_start": "2025-03-11",
        }
        for d, v in (("a", 590), ("b", 590), ("c", 600))
    ]
    (conflict,) = conflicts(members)
    assert conflict["reconciled"] == 590
