from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import kordon.store
from kordon import NotFoundError, Store, StoreError, process
from kordon.store import database_url

RU = "МОСКВА, 5 марта. /ТАСС/. Таможенники изъяли 300 кг гашиша в порту Новороссийска."
EN = "ALMATY, Nov 3 (Reuters) - Kazakh police seized 40 kg of heroin near the Chinese border."


def test_database_url_from_option_env_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KORDON_DB", raising=False)
    assert database_url(None) == "sqlite:///kordon.db"
    monkeypatch.setenv("KORDON_DB", "/tmp/x.db")
    assert database_url(None) == "sqlite:////tmp/x.db"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"


def test_add_is_keyed_by_content(store_db: str) -> None:
    with Store(store_db) as store:
        assert store.add(process(RU, id="a")) is True
        assert store.add(process(RU, id="copy-of-a")) is False
        assert store.add(process(EN, id="b")) is True
        assert store.count() == 2


def test_sqlite_is_in_wal_mode_with_fts5_and_migrations(db: Path) -> None:
    Store(db).close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "documents",
        "documents_fts",
        "entities",
        "mentions",
        "events",
        "goods",
        "threats",
        "alembic_version",
    } <= tables
    versions = Path(kordon.store.__file__).parent / "migrations" / "versions"
    head = max(p.name.split("_")[0] for p in versions.glob("0*.py"))
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head


def test_get_by_name_or_hash_prefix_and_record(store_db: str) -> None:
    with Store(store_db) as store:
        doc = process(EN, id="reuters-1")
        store.add(doc)
        by_name = store.get("reuters-1")
        by_hash = store.get(doc.content_hash[:10])
        assert by_name.id == by_hash.id == doc.content_hash
        rec = json.loads(by_name.record)
        assert rec["dateline"]["agency"] == "Reuters"
        with pytest.raises(NotFoundError):
            store.get("nothing-like-this")


def test_search_is_full_text_and_safe_with_odd_queries(store_db: str) -> None:
    with Store(store_db) as store:
        store.add(process(RU, id="ru"))
        store.add(process(EN, id="en"))
        assert [h.name for h in store.search("heroin")] == ["en"]
        assert [h.name for h in store.search("гашиша")] == ["ru"]
        assert [h.name for h in store.search("гашиш")] == ["ru"]  # inflected forms match
        assert store.search("heroin", lang="ru") == []
        assert "[heroin]" in store.search("heroin")[0].snippet
        for odd in ['"', "AND OR NOT", "x' OR 1=1 --", "(", "*"]:
            store.search(odd)  # must not raise


def test_stats(store_db: str) -> None:
    with Store(store_db) as store:
        store.add(process(RU, id="ru"))
        store.add(process(EN, id="en"))
        stats = store.stats()
    assert stats["documents"] == 2
    assert stats["languages"] == {"ru": 1, "en": 1}
    assert stats["top_sources"] == {"TASS": 1, "Reuters": 1}
    assert stats["undated"] == 2  # neither dateline gives a year


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database, " * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(bad)
    assert bad.read_text().startswith("this is not a database")


def test_entities_and_mentions_are_stored_and_linked_across_scripts(store_db: str) -> None:
    with Store(store_db) as store:
        store.add(
            process(
                "MINSK, 24. November (BelTA) – Der Generalsekretär der OVKS Imangali Tasmagambetow "
                "sprach in Minsk.",
                id="de",
            )
        )
        store.add(
            process(
                "МОСКВА, 5 марта. /ТАСС/. Генеральный секретарь ОДКБ Имангали Тасмагамбетов "
                "провел встречу в Москве.",
                id="ru",
            )
        )
        store.add(
            process(
                "ALMATY, Nov 3 (Reuters) - CSTO Secretary General Imangali Tasmagambetov arrived.", id="en"
            )
        )
        (person,) = store.entities(type="person")
        assert person["documents"] == 3 and person["mentions"] == 3
        assert {"Имангали Тасмагамбетов", "Imangali Tasmagambetov"} <= {person["name"], *person["aliases"]}
        assert person["role"] == "secretary general" and person["affiliation"] == "CSTO"
        (org,) = store.entities(type="organization")
        assert org["name"] == "Collective Security Treaty Organization" and org["documents"] == 3
        places = {p["name"]: p for p in store.entities(type="place")}
        assert places["Minsk"]["coords"] and places["Moscow"]["country"] == "RU"
        assert store.entities(query="Тасмагамбетов")[0]["id"] == person["id"]


def test_mentions_keep_offsets_into_both_texts(db: Path) -> None:
    raw = "Главная\nНовости\nВсе новости\n\nМОСКВА, 5 марта. /ТАСС/. Министр внутренних дел Иван Кубраков прибыл."
    with Store(db) as store:
        store.add(process(raw, id="ru"))
        con = sqlite3.connect(db)
        rows = con.execute(
            "SELECT surface, start, raw_start, raw_end FROM mentions WHERE kind='person'"
        ).fetchall()
    ((surface, start, raw_start, raw_end),) = rows
    assert raw[raw_start:raw_end] == surface == "Иван Кубраков"
    assert start < raw_start  # the menu above was cleaned away


def test_events_are_stored_and_filtered(store_db: str) -> None:
    with Store(store_db) as store:
        store.add(
            process(
                "Baku, 4 October 2022 – On October 2, border guards found 13 kg of heroin and 4 kg "
                "of methamphetamine smuggled from Iran.",
                id="az",
            )
        )
        store.add(
            process(
                "MINSK, 9 April 2021 (BelTA) – The interior minister met the Chinese ambassador on 8 April.",
                id="by",
            )
        )
        (seizure,) = store.events(type="seizure")
        assert (
            seizure["document"] == "az"
            and seizure["country"] == "AZ"
            and seizure["date_start"] == "2022-10-02"
        )
        assert [e["document"] for e in store.events(substance="heroin")] == ["az"]
        assert store.events(substance="cocaine") == []
        assert [e["type"] for e in store.events(country="BY")] == ["meeting"]
        assert {e["document"] for e in store.events(since="2022")} == {"az"}
        assert {e["document"] for e in store.events(until="2021-12")} == {"by"}
        assert [e["document"] for e in store.events(threat="drug_trafficking")] == ["az"]
