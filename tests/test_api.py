"""The REST API (docs/api.md) as a client sees it: the real app over a real store of the demo
corpus, on SQLite and, where it is reachable, PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

import kordon.api
import kordon.query
from conftest import postgres_database
from kordon import Document, Pipeline, Store
from kordon.api import create_app
from kordon.ingest import read
from kordon.kb import data_path
from kordon.tokens import create, list_tokens, revoke

DEMO = Path(str(data_path("demo")))
ROUTES = {
    ("GET", "/api/health"),
    ("GET", "/api/documents"),
    ("POST", "/api/documents"),
    ("GET", "/api/documents/{ref}"),
    ("GET", "/api/entities"),
    ("GET", "/api/entities/{entity_id}"),
    ("GET", "/api/events"),
    ("GET", "/api/incidents"),
    ("GET", "/api/incidents/{ref}"),
    ("GET", "/api/stats"),
    ("GET", "/api/network"),
    ("GET", "/api/map"),
    ("GET", "/api/export"),
}


@pytest.fixture(scope="module")
def demo_docs() -> list[Document]:
    pipe = Pipeline.from_profile()
    return [pipe(d) for d in read([DEMO]) if isinstance(d, Document)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, demo_docs: list[Document]
) -> Iterator[str]:
    """A store of the demo corpus, built once per backend."""

    def fill(url: str) -> None:
        with Store(url) as store:
            for doc in demo_docs:
                store.add(doc)

    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("api") / "demo.db")
        fill(url)
        yield url
        return
    with postgres_database() as url:
        fill(url)
        yield url


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url), raise_server_exceptions=False) as c:
        yield c


def error_of(response: Any, status: int, code: str) -> dict[str, Any]:
    """The one error shape, with the matching status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert err["status"] == status and err["code"] == code
    assert isinstance(err["message"], str) and err["message"]
    return err


def all_pages(client: TestClient, path: str, size: int = 7, **params: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    page = 1
    while True:
        r = client.get(path, params={**params, "page": page, "size": size})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["page"] == page and body["size"] == size
        out.extend(body["items"])
        if page * size >= body["total"]:
            assert len(out) == body["total"]
            return out
        assert len(body["items"]) == size
        page += 1


def dated_key(value: str | None) -> tuple[int, int, str]:
    """How the API orders publication dates, newest first: known years, then XXXX, then none."""
    if value is None:
        return (2, 0, "")
    if value.startswith("X"):
        return (1, 0, value)
    return (0, 0, value)


# --------------------------------------------------------------------------- read


def test_health(client: TestClient, demo_docs: list[Document]) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "documents": len({d.content_hash for d in demo_docs})}


def test_documents_pages_cover_every_document_once_newest_first(client: TestClient) -> None:
    total = client.get("/api/documents").json()["total"]
    items = all_pages(client, "/api/documents")
    assert len({i["id"] for i in items}) == total == len(items)
    published = [i["published"] for i in items]
    dated = [p for p in published if p and not p.startswith("X")]
    assert dated == sorted(dated, reverse=True) and dated
    kinds = [dated_key(p)[0] for p in published]
    assert kinds == sorted(kinds)  # dated, then unknown years, then none
    oldest = [i["published"] for i in all_pages(client, "/api/documents", sort="-published")]
    assert [p for p in oldest if p and not p.startswith("X")] == sorted(dated)
    first = items[0]
    assert set(first) == {
        "id",
        "name",
        "title",
        "lang",
        "published",
        "source",
        "url",
        "dateline",
        "snippet",
        "countries",
        "threats",
        "event_types",
    }


def test_both_query_plans_give_the_same_pages(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """A small result is sorted in full, a large one read off the date index: same answer."""
    cases = [
        {},
        {"q": "heroin"},
        {"country": "KZ"},
        {"type": "seizure", "lang": "ru"},
        {"threat": "terrorism"},
    ]
    for sort in ("published", "-published"):
        for params in cases:
            kordon.query._COUNTS.clear()
            monkeypatch.setattr(kordon.query, "SMALL_RESULT", 10_000)
            small = [i["id"] for i in all_pages(client, "/api/documents", size=6, sort=sort, **params)]
            small_events = [i["id"] for i in all_pages(client, "/api/events", size=15, sort=sort, **params)]
            kordon.query._COUNTS.clear()
            monkeypatch.setattr(kordon.query, "SMALL_RESULT", 0)
            walked = [i["id"] for i in all_pages(client, "/api/documents", size=6, sort=sort, **params)]
            walked_events = [i["id"] for i in all_pages(client, "/api/events", size=15, sort=sort, **params)]
            assert small == walked and small, (sort, params)
            assert small_events == walked_events and small_events, (sort, params)


def test_full_text_query_with_snippets_and_relevance(client: TestClient) -> None:
    body = client.get("/api/documents", params={"q": "heroin", "size": 50}).json()
    assert body["total"] >= 3
    for item in body["items"]:
        assert "[" in item["snippet"] and "]" in item["snippet"]
        marked = re.findall(r"\[([^\]]+)\]", item["snippet"])
        assert any(m.casefold().startswith("heroin") for m in marked)
    ranked = client.get("/api/documents", params={"q": "heroin", "sort": "relevance", "size": 50}).json()
    assert {i["id"] for i in ranked["items"]} == {i["id"] for i in body["items"]}
    assert client.get("/api/documents", params={"q": "гашиш"}).json()["total"] >= 1  # prefix of гашиша
    for odd in ['"', "AND OR", "x' OR 1=1 --", "*", "   "]:
        r = client.get("/api/documents", params={"q": odd})
        assert r.status_code == 200


def test_filters_hold_for_every_result(client: TestClient) -> None:
    def docs(**params: Any) -> list[dict[str, Any]]:
        items = all_pages(client, "/api/documents", size=50, **params)
        assert items, params
        return items

    assert all(i["lang"] == "de" for i in docs(lang="de"))
    assert all("KZ" in i["countries"] for i in docs(country="kz"))
    assert all("drug_trafficking" in i["threats"] for i in docs(threat="drug_trafficking"))
    assert all("seizure" in i["event_types"] for i in docs(type="seizure"))
    for i in docs(since="2025-03", until="2025-05"):
        assert "2025-03" <= i["published"] <= "2025-05~"
    assert all(i["published"] <= "2024~" for i in docs(until="2024"))
    for name in ("CSTO", "csto", "Collective Security Treaty Organization"):
        for i in docs(organization=name):
            detail = client.get(f"/api/documents/{i['id'][:12]}").json()
            assert "org:CSTO" in {e["id"] for e in detail["entities"]}
    heroin = docs(substance="heroin")
    for i in heroin:
        detail = client.get(f"/api/documents/{i['name']}").json()
        assert any(g.get("substance") == "heroin" for e in detail["events"] for g in e["goods"])
    person = client.get("/api/entities", params={"type": "person", "size": 1}).json()["items"][0]
    by_id = {i["id"] for i in docs(entity=person["id"])}
    assert (
        by_id
        == {i["id"] for i in docs(person=person["id"])}
        == {i["id"] for i in docs(person=person["name"])}
    )
    assert len(by_id) == person["documents"]
    combined = docs(q="heroin", country="KZ")
    assert {i["id"] for i in combined} == {i["id"] for i in docs(q="heroin")} & {
        i["id"] for i in docs(country="KZ")
    }
    none = client.get("/api/documents", params={"organization": "no such body"}).json()
    assert none["total"] == 0 and none["items"] == []


def test_document_detail_offsets_point_into_its_text(client: TestClient) -> None:
    doc = client.get("/api/documents/ru_07_seizure_panj").json()
    text_ = doc["text"]
    assert "raw" not in doc
    assert doc["entities"] and doc["events"] and doc["threats"]
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert text_[m["start"] : m["end"]] == m["surface"]
    for ev in doc["events"]:
        trig = ev["trigger"]
        assert text_[trig["start"] : trig["end"]] == trig["text"]
        assert re.fullmatch(r"E\d+", ev["id"]) and re.fullmatch(r"I\d+", ev["incident"] or "I0")
    for t in doc["threats"]:
        for span in t["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(text_)
    assert doc["incidents"] and all(re.fullmatch(r"I\d+", i) for i in doc["incidents"])
    reprint = client.get("/api/documents/ru_07b_seizure_panj_reprint").json()
    assert reprint["duplicate_of"] == "ru_07_seizure_panj"
    assert doc["duplicate_of"] is None
    by_hash = client.get(f"/api/documents/{doc['id'][:10]}").json()
    assert by_hash["name"] == "ru_07_seizure_panj"


def test_entities_and_entity_detail(client: TestClient) -> None:
    body = client.get("/api/entities", params={"size": 200}).json()
    counts = [i["documents"] for i in body["items"]]
    assert counts == sorted(counts, reverse=True) and body["total"] >= len(body["items"])
    persons = all_pages(client, "/api/entities", size=10, type="person")
    assert persons and all(p["type"] == "person" for p in persons)
    kz = client.get("/api/entities", params={"country": "KZ", "size": 200}).json()["items"]
    assert kz and all(e["country"] == "KZ" for e in kz)
    named = client.get("/api/entities", params={"q": "CSTO"}).json()["items"]
    assert "org:CSTO" in {e["id"] for e in named}
    csto = client.get("/api/entities/org:CSTO").json()
    assert len(csto["documents"]) == min(10, csto["document_count"]) > 0
    shared = [c["documents"] for c in csto["cooccurring"]]
    assert shared == sorted(shared, reverse=True) and max(shared) <= csto["document_count"]
    listed = client.get("/api/documents", params={"entity": "org:CSTO", "size": 50}).json()
    assert [d["id"] for d in csto["documents"]] == [d["id"] for d in listed["items"]][:10]
    error_of(client.get("/api/entities/org:NOPE"), 404, "not_found")


def test_events_with_coordinates_and_filters(client: TestClient) -> None:
    items = all_pages(client, "/api/events", size=25)
    assert len({e["id"] for e in items}) == len(items)
    for e in items:
        assert {"document", "document_id", "coords", "trigger", "type", "incident"} <= set(e)
        if e["coords"]:
            lat, lon = e["coords"]
            assert -90 <= lat <= 90 and -180 <= lon <= 180
    assert sum(1 for e in items if e["coords"]) > len(items) / 2
    seizures = all_pages(client, "/api/events", size=10, type="seizure", country="TJ")
    assert seizures and all(e["type"] == "seizure" and e["country"] == "TJ" for e in seizures)
    dated = all_pages(client, "/api/events", size=10, since="2025-05")
    assert dated and all(e["date_start"] >= "2025-05" for e in dated)
    heroin = all_pages(client, "/api/events", size=10, substance="heroin")
    assert heroin and all(any(g.get("substance") == "heroin" for g in e["goods"]) for e in heroin)
    about_heroin = {d["name"] for d in all_pages(client, "/api/documents", size=50, q="heroin")}
    q = all_pages(client, "/api/events", size=10, q="heroin")
    assert q and {e["document"] for e in q} <= about_heroin
    panj = [e for e in items if e["place"] == "Panj"]
    assert panj and panj[0]["coords"] == pytest.approx([37.24, 69.1], abs=0.1)


def test_incidents(client: TestClient) -> None:
    body = client.get("/api/incidents", params={"size": 200}).json()
    assert body["total"] == len(body["items"]) > 0
    assert all("reports" not in i for i in body["items"])
    several = [i for i in body["items"] if len(i["documents"]) > 1]
    assert several
    one = client.get(f"/api/incidents/{several[0]['id']}").json()
    assert one["id"] == several[0]["id"] and len(one["reports"]) >= 2
    seizures = client.get("/api/incidents", params={"type": "seizure", "country": "TJ"}).json()["items"]
    assert seizures and all(i["type"] == "seizure" for i in seizures)
    error_of(client.get("/api/incidents/I999999"), 404, "not_found")
    error_of(client.get("/api/incidents/x1"), 404, "not_found")


def test_stats_agree_with_the_lists(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    total = client.get("/api/documents").json()["total"]
    assert stats["documents"] == total == sum(stats["by_lang"].values())
    assert stats["by_country"]["KZ"] == client.get("/api/documents", params={"country": "KZ"}).json()["total"]
    assert (
        stats["by_threat"]["drug_trafficking"]
        == client.get("/api/documents", params={"threat": "drug_trafficking"}).json()["total"]
    )
    assert (
        stats["by_type"]["seizure"] == client.get("/api/events", params={"type": "seizure"}).json()["total"]
    )
    dated = client.get("/api/documents", params={"since": "0000"}).json()["total"]
    assert sum(stats["by_month"].values()) <= dated and all(
        re.fullmatch(r"\d{4}-\d{2}", m) for m in stats["by_month"]
    )
    german = client.get("/api/stats", params={"lang": "de"}).json()
    assert german["by_lang"] == {"de": german["documents"]}


def test_network(client: TestClient) -> None:
    net = client.get("/api/network", params={"limit": 15}).json()
    nodes = {n["id"]: n for n in net["nodes"]}
    assert 0 < len(nodes) <= 15
    assert {n["type"] for n in nodes.values()} <= {"organization", "agency", "person"}
    weights = [n["weight"] for n in net["nodes"]]
    assert weights == sorted(weights, reverse=True)
    assert net["edges"]
    for e in net["edges"]:
        assert e["source"] in nodes and e["target"] in nodes
        assert 0 < e["weight"] <= min(nodes[e["source"]]["weight"], nodes[e["target"]]["weight"])
    orgs = client.get("/api/network", params={"type": "organization"}).json()
    assert orgs["nodes"] and {n["type"] for n in orgs["nodes"]} == {"organization"}
    seizures = client.get("/api/network", params={"type": "agency,seizure"}).json()
    assert seizures["nodes"] and {n["type"] for n in seizures["nodes"]} == {"agency"}
    error_of(client.get("/api/network", params={"type": "seizure,meeting"}), 400, "bad_request")


def test_map_is_geojson_lon_lat(client: TestClient) -> None:
    fc = client.get("/api/map").json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    events = {e["id"]: e for e in all_pages(client, "/api/events", size=50)}
    for feat in fc["features"]:
        assert feat["type"] == "Feature" and feat["geometry"]["type"] == "Point"
        lon, lat = feat["geometry"]["coordinates"]
        ev = events[feat["properties"]["event"]]
        assert [lat, lon] == pytest.approx(ev["coords"], abs=1e-5)
        assert set(feat["properties"]) == {
            "event",
            "type",
            "date",
            "document",
            "place",
            "country",
            "incident",
        }
    assert len(fc["features"]) == sum(1 for e in events.values() if e["coords"])
    tj = client.get("/api/map", params={"country": "TJ"}).json()["features"]
    assert tj and all(f["properties"]["country"] == "TJ" for f in tj)


# --------------------------------------------------------------------------- exports


def test_export_every_format_as_an_attachment(client: TestClient) -> None:
    import csv
    import xml.etree.ElementTree as ET

    import pyarrow.parquet as pq

    seizures = client.get("/api/events", params={"type": "seizure"}).json()["total"]
    for fmt in ("csv", "jsonl", "geojson", "graphml", "parquet", "plover", "exchange", "seizures"):
        r = client.get("/api/export", params={"format": fmt, "type": "seizure"})
        assert r.status_code == 200, (fmt, r.text[:200])
        assert r.headers["content-disposition"].startswith("attachment; filename=")
        body = r.content
        if fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
            assert len(rows) == seizures and {row["type"] for row in rows} == {"seizure"}
        elif fmt == "parquet":
            table = pq.read_table(io.BytesIO(body))
            assert table.num_rows == seizures
        elif fmt == "geojson":
            fc = json.loads(body)
            assert fc["type"] == "FeatureCollection" and fc["features"]
        elif fmt == "graphml":
            root = ET.fromstring(body)
            assert root.tag.endswith("graphml")
        elif fmt == "plover":
            lines = [json.loads(line) for line in body.decode().split("\n") if line]
            assert len(lines) == seizures and {x["kordon_type"] for x in lines} == {"seizure"}
        elif fmt == "seizures":
            goods = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
            assert goods and all(g["substance"] for g in goods)
        else:  # one JSON object per line (split on newlines only: texts may hold U+2028)
            records = [json.loads(line) for line in body.decode().split("\n") if line]
            with_seizures = client.get("/api/documents", params={"type": "seizure"}).json()["total"]
            assert len(records) == with_seizures and all(r["id"] for r in records)
    bom = client.get("/api/export", params={"format": "csv", "bom": "true"}).content
    assert bom.startswith(b"\xef\xbb\xbf")
    error_of(client.get("/api/export", params={"format": "xls"}), 422, "validation_error")


# --------------------------------------------------------------------------- errors


def test_errors_have_one_shape(client: TestClient) -> None:
    err = error_of(client.get("/api/documents/no-such-document"), 404, "not_found")
    assert "no-such-document" in err["message"]
    error_of(client.get("/api/no/such/route"), 404, "not_found")
    r = client.delete("/api/documents")
    error_of(r, 405, "method_not_allowed")
    assert set(r.headers["allow"].split(", ")) == {"GET", "POST"}
    for params, field in (
        ({"size": 201}, "size"),
        ({"page": 0}, "page"),
        ({"since": "last week"}, "since"),
        ({"country": "Kazakhstan"}, "country"),
        ({"sort": "random"}, "sort"),
    ):
        err = error_of(client.get("/api/documents", params=params), 422, "validation_error")
        assert err["details"] and err["details"][0]["loc"] == ["query", field]
        assert set(err["details"][0]) == {"loc", "msg"}


def test_server_fault_is_500_without_a_traceback(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(store: Any) -> Any:
        raise RuntimeError("secret internals at /srv/kordon/query.py line 12")

    monkeypatch.setattr(kordon.query, "health", broken)
    r = client.get("/api/health")
    err = error_of(r, 500, "internal")
    assert "secret" not in r.text and "Traceback" not in r.text and "query.py" not in r.text
    assert err["message"] == "internal server error"


def test_store_errors_never_show_a_database_password(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(db_url)
    store = app.state.service.store
    monkeypatch.setattr(store, "url", "postgresql+psycopg://kordon:hunter2@db.internal/kordon")

    def locked(st: Any) -> Any:
        raise kordon.StoreError(f"database error in {st.url}: database is locked")

    monkeypatch.setattr(kordon.query, "health", locked)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/health")
    err = error_of(r, 500, "internal")
    assert "hunter2" not in r.text and "kordon:***@db.internal" in err["message"]


# --------------------------------------------------------------------------- write


POSTED = "ALMATY, Nov 3 (Reuters) - Kazakh police seized 40 kg of heroin near the Chinese border on {n}."


def test_posting_needs_a_stored_token(client: TestClient, db_url: str) -> None:
    body = {"text": POSTED.format(n="Monday"), "id": "posted-1", "published": "2025-11-03"}
    r = client.post("/api/documents", json=body)
    error_of(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"
    error_of(
        client.post("/api/documents", json=body, headers={"Authorization": "Bearer nope"}),
        401,
        "unauthorized",
    )
    with Store(db_url) as store:
        secret = create(store, "writer")
    auth = {"Authorization": f"Bearer {secret}"}
    r = client.post("/api/documents", json=body, headers=auth)
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["stored"] is True and made["name"] == "posted-1" and made["events"] >= 1
    stored = client.get("/api/documents/posted-1").json()
    assert stored["id"] == made["id"] and stored["published"] == "2025-11-03" and stored["lang"] == "en"
    assert "KZ" in stored["countries"]  # the derived countries follow new documents
    in_kz = client.get("/api/documents", params={"country": "KZ", "since": "2025-11-03"}).json()["items"]
    assert "posted-1" in [d["name"] for d in in_kz]
    again = client.post("/api/documents", json={**body, "id": "copy"}, headers=auth).json()
    assert again["stored"] is False and again["id"] == made["id"]
    html = client.post(
        "/api/documents",
        json={"html": "<html><body><p>" + POSTED.format(n="Tuesday") + "</p></body></html>"},
        headers=auth,
    )
    assert html.status_code == 201 and html.json()["name"].startswith("api-")
    with Store(db_url) as store:
        revoke(store, "writer")
        assert [t.revoked for t in list_tokens(store) if t.name == "writer"] == [True]
    error_of(client.post("/api/documents", json=body, headers=auth), 401, "unauthorized")


def test_tokens_are_stored_only_as_hashes(db_url: str) -> None:
    with Store(db_url) as store:
        secret = create(store, "hashed")
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT name, hash FROM tokens")).all()
            dump = json.dumps(
                [list(r) for r in conn.execute(text("SELECT * FROM tokens")).all()], default=str
            )
    assert ("hashed", hashlib.sha256(secret.encode()).hexdigest()) in [tuple(r) for r in rows]
    assert secret not in dump
    with Store(db_url) as store, pytest.raises(kordon.KordonError):
        create(store, "hashed")  # an active name is not reused


def test_post_validation_and_body_cap(db_url: str) -> None:
    with TestClient(
        create_app(db_url, token_required=False, max_body=2000), raise_server_exceptions=False
    ) as c:
        error_of(c.post("/api/documents", json={"text": "a", "html": "<p>b</p>"}), 422, "validation_error")
        error_of(c.post("/api/documents", json={}), 422, "validation_error")
        error_of(c.post("/api/documents", json={"text": "a", "extra": 1}), 422, "validation_error")
        error_of(
            c.post("/api/documents", content=b"{not json", headers={"Content-Type": "application/json"}),
            422,
            "validation_error",
        )
        big = {"text": "x" * 5000}
        err = error_of(c.post("/api/documents", json=big), 413, "payload_too_large")
        assert "2000" in err["message"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
            yield b'{"text": "'
            for _ in range(10):
                yield b"y" * 500
            yield b'"}'

        error_of(
            c.post("/api/documents", content=chunks(), headers={"Content-Type": "application/json"}),
            413,
            "payload_too_large",
        )
        r = c.post("/api/documents", json={"text": POSTED.format(n="Friday"), "id": "open"})
        assert r.status_code == 201  # --no-token


def test_urls_are_fetched_only_with_a_fetcher(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    with TestClient(create_app(db_url, token_required=False), raise_server_exceptions=False) as c:
        real = importlib.util.find_spec
        monkeypatch.setattr(
            importlib.util, "find_spec", lambda name, *a: None if name == "kordon.fetch" else real(name, *a)
        )
        err = error_of(c.post("/api/documents", json={"url": "https://example.org/a"}), 400, "bad_request")
        assert "fetching URLs is not enabled" in err["message"]
        monkeypatch.setattr(importlib.util, "find_spec", real)
        fetch = pytest.importorskip("kordon.fetch")
        page = POSTED.format(n="Sunday")

        def fake(url: str, **_: Any) -> Document:
            return Document(id="fetched", source=url, raw=page, url=url)

        monkeypatch.setattr(fetch, "fetch", fake)
        r = c.post("/api/documents", json={"url": "https://example.org/b", "id": "from-url"})
        assert r.status_code == 201, r.text
        assert c.get("/api/documents/from-url").json()["url"] == "https://example.org/b"


# --------------------------------------------------------------------------- schema and headers


def test_openapi_lists_every_route_with_models(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    listed = {(m.upper(), path) for path, ops in schema["paths"].items() for m in ops}
    assert listed == ROUTES
    components = schema["components"]["schemas"]
    assert {
        "ErrorResponse",
        "DocumentPage",
        "DocumentDetail",
        "EventPage",
        "Stats",
        "Network",
        "FeatureCollection",
    } <= set(components)
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            ok = op["responses"].get("200") or op["responses"].get("201")
            assert ok, (method, path)
            if path != "/api/export":
                assert "$ref" in json.dumps(ok["content"]["application/json"]["schema"]), (method, path)
            if op.get("parameters") or op.get("requestBody"):
                bad = op["responses"]["422"]["content"]["application/json"]["schema"]["$ref"]
                assert bad.endswith("/ErrorResponse"), (method, path)
    post = schema["paths"]["/api/documents"]["post"]
    assert post["security"] and "401" in post["responses"] and "413" in post["responses"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "'sha256-" in docs.headers["content-security-policy"]


def test_security_headers_and_json_only(client: TestClient) -> None:
    for path in ("/api/health", "/api/documents?q=heroin", "/api/nope"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["content-type"].startswith("application/json")
    if (kordon.api.STATIC / "index.html").is_file():
        page = client.get("/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "default-src 'self'" in page.headers["content-security-policy"]
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page.text)  # no inline scripts
    else:
        assert client.get("/", follow_redirects=False).headers["location"] == "/api/docs"
