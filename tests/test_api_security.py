"""The API under attack and load: schemathesis finds no server error, injection and traversal
attempts in every parameter neither fail nor leak, and a bounded load test on loopback runs
without errors while an ingest writes to the same store.

Tokens (refused without, stored hashed) and the body cap are tested in tests/test_api.py;
the browser test that stored text cannot inject script is tests/test_browser.py.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from sqlalchemy import text

from conftest import postgres_database
from kordon import Store
from kordon.api import create_app
from kordon.tokens import create

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


load_test = _script("load_test")


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    db = str(tmp_path_factory.mktemp("apisec") / "demo.db")
    return db, load_test.demo_store(db)


@pytest.fixture(scope="module")
def token(store_db: tuple[str, list[str]]) -> str:
    with Store(store_db[0]) as store:
        return create(store, "security-test")


@pytest.fixture(scope="module")
def client(store_db: tuple[str, list[str]]) -> Iterator[TestClient]:
    with TestClient(create_app(store_db[0]), raise_server_exceptions=False) as c:
        yield c


def _tables(db: str) -> dict[str, int]:
    with Store(db) as store, store.engine.connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("documents", "events", "entities", "mentions", "tokens")
        }


# --------------------------------------------------------------------------- schemathesis

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")


@pytest.fixture(scope="module")
def api_schema(store_db: tuple[str, list[str]]) -> Any:
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(store_db[0]))


def test_no_input_the_schema_allows_or_forbids_gives_a_server_error(api_schema: Any, token: str) -> None:
    """Every operation, with generated valid and invalid inputs (10 per operation, derandomised)."""
    from hypothesis import given

    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    seen: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=10,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            response = case.call(headers={"Authorization": f"Bearer {token}"}, timeout=120)
            seen.append(f"{case.method} {response.status_code}")
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} {case.query} {case.body!r}: {response.text[:500]}"
            )
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"} and body["error"]["status"] == response.status_code

        run()
    assert len(seen) >= 5 * len(operations)


# --------------------------------------------------------------------------- injection and traversal

ATTACKS = [
    "' OR '1'='1",
    "1; DROP TABLE documents; --",
    '" OR 1=1 --',
    "1 UNION SELECT hash, name, 1, 1 FROM tokens --",
    "'; SELECT pg_sleep(3); --",
    'героин" OR "1"="1',
    'NEAR(a b) OR x:* ^ "',  # FTS5 / tsquery syntax
    "../../../../etc/passwd",
    "..%2F..%2F..%2Fetc%2Fpasswd",
    "file:///etc/passwd",
    "\x00",
    "<script>alert(1)</script>",
    "a" * 600,
]
LEAKS = ("root:x:0:0", "kdn_", "sqlite_master", "Traceback", "pg_catalog")


def _operations(client: TestClient) -> list[tuple[str, str, list[dict[str, Any]]]]:
    spec = client.get("/api/openapi.json").json()
    return [
        (method.upper(), path, op.get("parameters", []))
        for path, item in spec["paths"].items()
        for method, op in item.items()
    ]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def attacked(
    request: pytest.FixtureRequest, store_db: tuple[str, list[str]], token: str
) -> Iterator[tuple[TestClient, str, list[str], str]]:
    """(client, store, document names, token) on each backend: the module's SQLite store, then
    the demo corpus in a scratch PostgreSQL database."""
    if request.param == "sqlite":
        with TestClient(create_app(store_db[0]), raise_server_exceptions=False) as c:
            yield c, store_db[0], store_db[1], token
        return
    with postgres_database() as url:
        names = load_test.demo_store(url)
        with Store(url) as store:
            secret = create(store, "security-test")
        with TestClient(create_app(url), raise_server_exceptions=False) as c:
            yield c, url, names, secret


def test_injection_and_traversal_in_every_parameter_neither_fail_nor_leak(
    attacked: tuple[TestClient, str, list[str], str],
) -> None:
    client, db, names, token = attacked
    before = _tables(db)
    tried = 0
    auth = {"Authorization": f"Bearer {token}"}
    for method, path, params in _operations(client):
        if method != "GET":
            continue
        for param in params:
            for attack in ATTACKS:
                url = path
                query: dict[str, str] = {}
                for p in params:  # fill the path, attack one parameter at a time
                    if p["in"] == "path":
                        value = attack if p is param else names[0]
                        url = url.replace("{" + p["name"] + "}", quote(value, safe=""))
                if param["in"] == "query":
                    query[param["name"]] = attack
                r = client.get(url, params=query, headers=auth)
                tried += 1
                assert r.status_code < 500, (method, url, query, r.text[:300])
                assert not any(leak in r.text for leak in LEAKS), (url, query, r.text[:300])
    assert tried > 200
    assert _tables(db) == before  # nothing written, nothing dropped


def test_injection_in_a_posted_document_is_stored_as_text(
    attacked: tuple[TestClient, str, list[str], str],
) -> None:
    client, db, _, token = attacked
    auth = {"Authorization": f"Bearer {token}"}
    attack = "'); DELETE FROM documents; -- МОСКВА, 5 марта /ТАСС/. Изъято 3 кг героина."
    r = client.post("/api/documents", json={"text": attack, "id": "'; DROP TABLE events; --"}, headers=auth)
    assert r.status_code == 201, r.text
    got = client.get("/api/documents/" + r.json()["id"][:16]).json()
    assert got["text"] == attack and got["name"] == "'; DROP TABLE events; --"
    for body in ({"text": attack + "\x00"}, {"text": attack, "id": "nul\x00"}, {"html": "<p>\x00</p>"}):
        refused = client.post("/api/documents", json=body, headers=auth)
        assert refused.status_code == 400 and "NUL" in refused.json()["error"]["message"], refused.text
    assert _tables(db)["events"] > 0


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1/admin", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"]
)
def test_posted_urls_cannot_reach_the_machine_or_its_files(client: TestClient, token: str, url: str) -> None:
    r = client.post("/api/documents", json={"url": url}, headers={"Authorization": f"Bearer {token}"})
    assert 400 <= r.status_code < 500, r.text
    assert "root:x:0:0" not in r.text


# --------------------------------------------------------------------------- rate limit


def test_each_client_is_rate_limited_with_a_429_and_retry_after(store_db: tuple[str, list[str]]) -> None:
    app = create_app(store_db[0], rate_limit=5)  # bursts of 10, then 5 per second
    with (
        TestClient(app, raise_server_exceptions=False, client=("10.0.0.1", 1)) as one,
        TestClient(app, raise_server_exceptions=False, client=("10.0.0.2", 1)) as two,
    ):
        codes = [one.get("/api/stats").status_code for _ in range(14)]
        assert codes[:10] == [200] * 10 and 429 in codes[10:]
        r = one.get("/api/documents")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert r.json()["error"]["code"] == "rate_limited"
        assert one.get("/api/health").status_code == 200  # health checks are never limited
        assert two.get("/api/stats").status_code == 200  # another client has its own bucket
        time.sleep(0.5)
        assert one.get("/api/stats").status_code == 200  # tokens come back at 5 per second


def test_the_served_rate_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from kordon.api import DEFAULT_RATE_LIMIT, rate_limit_from_env
    from kordon.errors import KordonError

    monkeypatch.delenv("KORDON_API_RATE_LIMIT", raising=False)
    assert rate_limit_from_env() == DEFAULT_RATE_LIMIT == 20
    monkeypatch.setenv("KORDON_API_RATE_LIMIT", "0")
    assert rate_limit_from_env() == 0
    monkeypatch.setenv("KORDON_API_RATE_LIMIT", "fast")
    with pytest.raises(KordonError, match="not a number"):
        rate_limit_from_env()


# --------------------------------------------------------------------------- a live server


@pytest.fixture(scope="module")
def live(store_db: tuple[str, list[str]]) -> Iterator[str]:
    with load_test.server(store_db[0], env={"KORDON_API_RATE_LIMIT": "0"}) as url:
        yield url


def _raw_get(base: str, target: str) -> tuple[int, bytes]:
    """A request line sent as written (no client normalises the path)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


@pytest.mark.parametrize(
    "target",
    [
        "/../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/assets/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/api/documents/..%2f..%2f..%2fetc%2fpasswd",
        "/api/export?format=../../../../etc/passwd",
        "/..\\..\\..\\etc\\passwd",
        "/api/../../pyproject.toml",
        "/%2e%2e/pyproject.toml",
    ],
)
def test_paths_outside_the_store_and_the_dashboard_are_never_served(live: str, target: str) -> None:
    status, data = _raw_get(live, target)
    assert status < 500
    assert b"root:x:0:0" not in data and b"[build-system]" not in data


def test_a_bounded_load_while_ingesting_gives_no_errors(
    live: str, store_db: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, names = store_db
    corpus = tmp_path / "more"
    load_test.write_ingest_corpus(corpus, 150)
    ingest = subprocess.Popen(
        [sys.executable, "-m", "kordon", "ingest", str(corpus), "--db", db, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        result = load_test.load(live, names, clients=20, seconds=6, seed=1)
    finally:
        ingest.terminate()
        ingest.wait()
    print(json.dumps(result))
    assert result["errors"] == 0, result["error_samples"]
    assert result["requests"] >= 20
    assert result["p95_ms"] < 15_000
