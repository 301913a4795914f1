"""A bounded load test of the REST API on loopback: concurrent clients mix searches, document
lists and document reads (and events, stats) while ``kordon ingest`` writes to the same store.

    .venv/bin/python scripts/load_test.py --clients 50 --seconds 60          # the documented run
    .venv/bin/python scripts/load_test.py --db demo.db --url http://127.0.0.1:8750   # a running server

Without ``--url`` it builds a store of the demo corpus, starts ``kordon serve`` on a free
loopback port (rate limit off: every client is 127.0.0.1), and runs an ingest of generated
documents into the same store during the test. It prints requests, errors (5xx, transport
errors, anything but 200 on these reads), requests per second and latency percentiles.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

WORDS = [
    "героин",
    "граница",
    "police",
    "Kokain",
    "border",
    "CSTO",
    "Таджикистан",
    "seizure",
    "ОДКБ",
    "Grenze",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server(db: str, *, env: dict[str, str] | None = None, port: int | None = None) -> Iterator[str]:
    """``kordon serve`` on a free loopback port; its base URL while it runs."""
    port = port or free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kordon", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=os.environ | (env or {}),
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    import httpx

    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"kordon serve exited: {proc.stderr.read() if proc.stderr else ''}")
            try:
                if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("kordon serve did not answer within 90 s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def _client(base: str, refs: list[str], stop: float, rng: random.Random, out: dict[str, Any]) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.monotonic() < stop:
            roll = rng.random()
            if roll < 0.35:
                path = f"/api/documents?q={rng.choice(WORDS)}&size=10"
                kind = "search"
            elif roll < 0.75:
                path = f"/api/documents/{rng.choice(refs)}"
                kind = "document"
            elif roll < 0.85:
                path = f"/api/documents?page={rng.randint(1, 3)}"
                kind = "list"
            elif roll < 0.95:
                path = f"/api/events?q={rng.choice(WORDS)}"
                kind = "events"
            else:
                path = "/api/stats"
                kind = "stats"
            t0 = time.perf_counter()
            status: int | str
            try:
                r = await client.get(path)
                status = r.status_code
            except httpx.HTTPError as exc:
                status = f"{type(exc).__name__}"
            ms = (time.perf_counter() - t0) * 1000
            out["latencies"].append(ms)
            out["by_kind"].setdefault(kind, []).append(ms)
            if status != 200:
                out["errors"].append(f"{path}: {status}")


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1)


def load(base: str, refs: list[str], clients: int = 50, seconds: float = 60, seed: int = 0) -> dict[str, Any]:
    """``clients`` concurrent clients for ``seconds``; counts, errors and latency percentiles (ms)."""
    out: dict[str, Any] = {"latencies": [], "errors": [], "by_kind": {}}
    stop = time.monotonic() + seconds

    async def main() -> None:
        await asyncio.gather(
            *(_client(base, refs, stop, random.Random(seed * 1000 + i), out) for i in range(clients))
        )

    t0 = time.monotonic()
    asyncio.run(main())
    elapsed = time.monotonic() - t0
    lat = out["latencies"]
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(lat),
        "requests_per_s": round(len(lat) / elapsed, 1),
        "errors": len(out["errors"]),
        "error_samples": out["errors"][:10],
        "p50_ms": _pct(lat, 50),
        "p95_ms": _pct(lat, 95),
        "p99_ms": _pct(lat, 99),
        "max_ms": round(max(lat, default=0.0), 1),
        "p95_ms_by_kind": {k: _pct(v, 95) for k, v in sorted(out["by_kind"].items())},
    }


def demo_store(db: str) -> list[str]:
    """Fill ``db`` with the demo corpus; the names of its documents."""
    from kordon import Document, Pipeline, Store
    from kordon.ingest import read
    from kordon.kb import data_path

    pipe = Pipeline.from_profile()
    names = []
    with Store(db) as store:
        for doc in read([Path(str(data_path("demo")))]):
            if isinstance(doc, Document):
                store.add(pipe(doc))
                names.append(doc.id)
    return names


def write_ingest_corpus(folder: Path, n: int) -> None:
    from kordon.bench import corpus

    folder.mkdir(parents=True, exist_ok=True)
    for i, doc in enumerate(corpus(n)):
        (folder / f"load{i:05d}{'.html' if doc.format == 'html' else '.txt'}").write_text(
            doc.raw, encoding="utf-8"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--ingest-docs", type=int, default=2000, help="documents ingested during the test")
    parser.add_argument("--db", help="an existing store (with --url: the server's)")
    parser.add_argument("--url", help="a running server; default: start one on loopback")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "load.db")
        refs = demo_store(db) if not args.db else _names(db)
        corpus = Path(tmp) / "ingest"
        write_ingest_corpus(corpus, args.ingest_docs)
        ctx = server(db, env={"KORDON_API_RATE_LIMIT": "0"}) if not args.url else _given(args.url)
        with ctx as base:
            ingest = subprocess.Popen(
                [sys.executable, "-m", "kordon", "ingest", str(corpus), "--db", db, "-q"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                result = load(base, refs, args.clients, args.seconds)
            finally:
                result["ingest_running_at_end"] = ingest.poll() is None
                ingest.terminate()
                ingest.wait()
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["errors"] == 0 else 1


def _names(db: str) -> list[str]:
    from sqlalchemy import text

    from kordon import Store

    with Store(db) as store, store.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT name FROM documents LIMIT 500"))]


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    sys.exit(main())
