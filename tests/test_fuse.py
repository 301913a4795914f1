from __future__ import annotations

import re
from pathlib import Path

import pytest

from kordon import Store, process
from kordon.fuse import NUM_PERM, Features, blocking_keys, conflicts, jaccard, minhash, score

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


def test_one_seizure_in_three_languages_with_conflicting_figures(store_db: str) -> None:
    with Store(store_db) as store:
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


def test_fusion_is_incremental_and_idempotent(store_db: str) -> None:
    with Store(store_db) as store:
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


def test_an_event_date_meets_the_publication_of_a_report_that_gives_none() -> None:
    dated = Features("meeting", ["2025-10-22"], "2025-10-24", {"KG"}, {"Bishkek"})
    undated = Features("meeting", [], "XXXX-10-22", {"KG"}, {"Bishkek"})
    value, why = score(undated, dated)
    assert why["report_gap_days"] == 0 and value >= 0.55
    week_later = Features("meeting", [], "XXXX-10-30", {"KG"}, {"Bishkek"})
    assert score(week_later, dated)[0] < value


def test_two_sided_events_agree_on_the_pair_of_countries() -> None:
    # the extraditing side reports the event as its own country's, the receiving side as its own
    from_kz = Features("extradition", ["2025-09-09"], "2025-09-10", {"KZ", "DE"})
    from_de = Features("extradition", ["2025-09-09"], "2025-09-10", {"DE", "KZ"})
    value, why = score(from_kz, from_de)
    assert (
        why["country"] == ["DE", "KZ"]
        and value
        > score(
            Features("meeting", ["2025-09-09"], None, {"KZ"}),
            Features("meeting", ["2025-09-09"], None, {"KZ"}),
        )[0]
    )
    assert (
        score(Features("extradition", [], None, {"KZ", "DE"}), Features("extradition", [], None, {"TR"}))[0]
        == 0
    )


def test_matching_figures_count_and_differing_ones_do_not_veto() -> None:
    a = Features("aid", [], "2026-02-04", {"KG"}, figures=[("EUR", 1_100_000.0, "EUR")])
    b = Features("aid", [], "2026-02-04", {"KG"}, figures=[("EUR", 1_000_000.0, "EUR")])
    c = Features("aid", [], "2026-02-04", {"KG"}, figures=[("EUR", 5_000_000.0, "EUR")])
    assert score(a, b)[1].get("figures") is True
    assert 0 < score(a, c)[0] < score(a, b)[0]


def test_an_undated_report_is_found_by_a_dated_one_that_comes_later(db: Path) -> None:
    undated = (
        "Bischkek (dpa) - Kirgisische Grenzschützer haben an der Grenze zu Tadschikistan 212 Kilogramm "
        "Haschisch sichergestellt, teilte der Grenzdienst mit."
    )
    dated = (
        "БИШКЕК, 14 мая 2025 /Кабар/. Пограничники Кыргызстана изъяли 212 кг гашиша на "
        "кыргызско-таджикской границе, сообщила пограничная служба."
    )
    with Store(db) as store:
        store.add(process(undated, id="undated"))
        store.add(process(dated, id="dated"))
        assert {"undated", "dated"} in _incidents(store, "seizure")


@pytest.mark.parametrize("text", ["", "one", "one two three four five six", RU])
def test_minhash_is_datasketchs(text: str) -> None:
    """Signatures stay comparable with those stored before: ``minhash`` gives the values of
    datasketch 2's MinHash (64 permutations, seed 7, its default SHA-1 hash and scheme)."""
    datasketch = pytest.importorskip("datasketch", reason="datasketch (a test extra) is not installed")

    words = re.findall(r"\w+", text.casefold())
    reference = datasketch.MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32")
    reference.update_batch({" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))})
    assert minhash(text) == [int(x) for x in reference.hashvalues]
