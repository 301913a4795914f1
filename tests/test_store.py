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


# --------------------------------------------------------------------------- batches


def _dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    """What a store holds, without its keys and times: documents, entities, mentions, events,
    goods, threats, near-copies and incidents (as the documents of each)."""
    from sqlalchemy import text

    queries = {
        "documents": "SELECT name, id, record FROM documents ORDER BY name",
        "entities": "SELECT id, canonical, key, aliases, role, affiliation FROM entities ORDER BY id",
        "mentions": "SELECT d.name, e.id, m.start, m.raw_start, m.surface FROM mentions m "
        "JOIN documents d ON d.pk = m.document_pk JOIN entities e ON e.pk = m.entity_pk ORDER BY 1, 3, 2",
        "events": "SELECT d.name, ev.type, ev.trigger_start, ev.data FROM events ev "
        "JOIN documents d ON d.pk = ev.document_pk ORDER BY 1, 3, 2",
        "goods": "SELECT g.substance, g.value FROM goods g ORDER BY 1, 2",
        "threats": "SELECT d.name, t.label FROM threats t JOIN documents d ON d.pk = t.document_pk ORDER BY 1, 2",
        "near": "SELECT a.name, b.name FROM duplicates x JOIN documents a ON a.pk = x.document_pk "
        "JOIN documents b ON b.pk = x.duplicate_of ORDER BY 1",
    }
    with Store(url) as store, store.engine.connect() as conn:
        out = {k: [tuple(r) for r in conn.execute(text(q))] for k, q in queries.items()}
        out["incidents"] = sorted(
            tuple(sorted((r["document"], json.dumps(r, sort_keys=True)) for r in i["reports"]))
            for i in store.incidents()
        )
    return out


@pytest.fixture(scope="module")
def processed() -> list[kordon.Document]:
    from kordon.bench import corpus

    pipeline = kordon.Pipeline.from_profile()
    return [pipeline(d) for d in corpus(60)]


def test_batches_store_exactly_what_one_by_one_stores(
    store_db: str, tmp_path: Path, processed: list[kordon.Document]
) -> None:
    """Documents in one transaction meet each other (near-copies, incidents, entities) as they
    would stored one at a time; a repeat inside a batch is not new."""
    one = str(tmp_path / "one.db")
    with Store(one) as store:
        singles = [store.add(d) for d in processed]
    with Store(store_db) as store:
        prepared = [kordon.store.prepare(d) for d in processed]
        batched = store.add_many([*prepared[:25], prepared[3]]) + [
            new for _, new in store.add_all(prepared[25:], batch=7)
        ]
    assert singles == [True] * 60 and batched == [True] * 25 + [False] + [True] * 35
    expected, got = _dump(one), _dump(store_db)
    shared = [inc for inc in expected["incidents"] if len({name for name, _ in inc}) > 1]
    assert expected["near"] and shared  # the corpus has near-copies and incidents to fuse
    assert got == expected


def test_a_failing_batch_is_stored_one_document_at_a_time(
    db: Path, processed: list[kordon.Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One document the database refuses costs only itself: the rest of its batch is stored."""
    bad = processed[2]
    real = Store._add_batch

    def refuse(self: Store, prepared: list[kordon.store.Prepared]) -> list[bool]:
        if any(p.doc is bad for p in prepared):
            raise kordon.store.DBAPIError("INSERT", {}, Exception("value too long"))
        return real(self, prepared)

    monkeypatch.setattr(Store, "_add_batch", refuse)
    with Store(db) as store:
        results = list(store.add_all(processed[:5], batch=5))
        assert [d.id for d, _ in results] == [d.id for d in processed[:5]]
        assert [r for _, r in results if not isinstance(r, StoreError)] == [True] * 4
        (error,) = [r for _, r in results if isinstance(r, StoreError)]
        assert f"cannot store {bad.source}" in str(error) and "value too long" in str(error)
        assert store.count() == 4


def test_incident_keys_are_unique_after_the_migration(db: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with Store(db) as store:
        store.add(process(EN, id="b"))
        with store.engine.begin() as conn:
            pk, key = conn.execute(text("SELECT incident_pk, key FROM incident_keys LIMIT 1")).one()
            with pytest.raises(IntegrityError):
                conn.execute(
                    text("INSERT INTO incident_keys (incident_pk, key) VALUES (:p, :k)"), {"p": pk, "k": key}
                )
