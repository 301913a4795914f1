"""``kordon bench``: documents per second and peak memory per stage, and end to end.

The corpus is generated from the bundled demo corpus (see :func:`corpus`): stories retold with
new numbers and years, each reported by one to four documents, every document new to the
store. Figures are measured, never asserted.
"""

from __future__ import annotations

import datetime as dt
import platform
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from .document import Document
from .ingest import DEFAULT_MAX_BYTES, read
from .kb import data_path
from .pipeline import Pipeline


def _rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


#: Reports per story of the generated corpus and their weights: most stories are reported
#: once, some are syndicated or retold by two to four outlets.
REPORTS_PER_STORY: tuple[tuple[int, float], ...] = ((1, 0.55), (2, 0.25), (3, 0.12), (4, 0.08))

_YEAR = re.compile(r"(?<![\w&#])(?:19[89]\d|20[0-3]\d)(?![\w])")
_NUMBER = re.compile(r"(?<![\w&#.,/:-])\d{1,3}(?![\w.,/:-]?\d)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _variant(raw: str, rng: random.Random) -> str:
    """``raw`` retold as another story: its years shifted together (2015-2026), every small
    number redrawn (day numbers stay 1-28, amounts within half to twice their value)."""
    years = [int(y) for y in _YEAR.findall(raw)]
    shift = rng.randint(2015, 2026) - max(years) if years else 0

    def year(m: re.Match[str]) -> str:
        return str(int(m.group()) + shift)

    def number(m: re.Match[str]) -> str:
        value = int(m.group())
        if value <= 31:
            return str(rng.randint(1, 28))
        return str(rng.randint(max(1, value // 2), value * 2))

    return _NUMBER.sub(number, _YEAR.sub(year, raw))


def corpus(n: int, seed: int = 5) -> list[Document]:
    """``n`` documents made from the demo corpus, each with a distinct content.

    Each *story* retells a demo article with its numbers redrawn and its years shifted (so
    dates, amounts and incidents differ), and is reported by one to four documents
    (:data:`REPORTS_PER_STORY`): the first is the story, the others copies as another outlet
    prints them (a paragraph missing or a line added). Demo articles are taken in turn.
    """
    base = [d for d in read([Path(str(data_path("demo")))], DEFAULT_MAX_BYTES) if isinstance(d, Document)]
    if not base:
        raise RuntimeError("the demo corpus is missing")
    rng = random.Random(seed)
    counts = [c for c, _ in REPORTS_PER_STORY]
    weights = [w for _, w in REPORTS_PER_STORY]
    docs: list[Document] = []
    story = 0
    while len(docs) < n:
        src = base[story % len(base)]
        text = _variant(src.raw, rng)
        for report in range(rng.choices(counts, weights)[0]):
            if len(docs) == n:
                break
            i = len(docs)
            raw = text if report == 0 else _retold(text, src.format, rng)
            marker = f"\n<!-- {i} -->" if src.format == "html" else f"\n\n#{i}"
            docs.append(
                Document(
                    id=f"{src.id}-{i}",
                    source=src.source,
                    raw=raw + marker,
                    format=src.format,
                    url=src.url,
                    meta=dict(src.meta),
                )
            )
        story += 1
    return docs


def _retold(text: str, fmt: str, rng: random.Random) -> str:
    """Another outlet's copy: the last paragraph dropped, or a line of its own added."""
    sep = "</p>" if fmt == "html" else "\n\n"
    parts = text.split(sep)
    if len(parts) > 3 and rng.random() < 0.5:
        drop = len(parts) - 2
        return sep.join(parts[:drop] + parts[drop + 1 :])
    line = rng.choice(["Source: agency reports.", "Источник: пресс-служба.", "Quelle: Agenturen."])
    return text.replace(sep, f"{sep}{line}{sep}", 1) if sep in text else f"{text}\n\n{line}"


def _stage(name: str, n: int, seconds: float) -> dict[str, Any]:
    return {
        "name": name,
        "docs_per_s": n / seconds if seconds else float("inf"),
        "ms_per_doc": seconds * 1000 / n,
        "seconds": round(seconds, 4),
        "peak_rss_mib": round(_rss_mib(), 1),
    }


def run(n: int, profile: str = "fast") -> dict[str, Any]:
    """Time each component over ``n`` documents, then the whole ingest into a fresh store."""
    from .store import Store, prepare

    docs = corpus(n)
    pipeline = Pipeline.from_profile(profile)
    # warm up lazy resources (lexicons, models) outside the measurement
    pipeline(Document(id="warm", source="warm", raw=docs[0].raw, format=docs[0].format))
    stages = []
    work = [Document(id=d.id, source=d.source, raw=d.raw, format=d.format, meta=dict(d.meta)) for d in docs]
    total = 0.0
    for comp in pipeline.components:
        t0 = time.perf_counter()
        work = [comp(d) for d in work]
        dt_ = time.perf_counter() - t0
        total += dt_
        stages.append(_stage(comp.name, n, dt_))
    entity_stages = {"countries", "organizations", "places", "agencies", "persons"}
    entity_time = sum(float(s["seconds"]) for s in stages if s["name"] in entity_stages)
    if entity_time:
        stages.append(
            _stage(
                "entities (" + ", ".join(c for c in pipeline.names if c in entity_stages) + ")",
                n,
                entity_time,
            )
        )
    stages.append(_stage("all components", n, total))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        fresh = [
            Document(id=d.id, source=d.source, raw=d.raw, format=d.format, meta=dict(d.meta)) for d in docs
        ]
        t0 = time.perf_counter()
        for _ in store.add_all(prepare(pipeline(d)) for d in fresh):
            pass
        stages.append(_stage("end to end (process + store)", n, time.perf_counter() - t0))
    return {
        "documents": n,
        "mean_chars": round(sum(len(d.raw) for d in docs) / n),
        "profile": profile,
        "python": f"Python {platform.python_version()} on {platform.machine()}",
        "reference_loop_s": reference_loop(),
        "stages": stages,
    }


def write_corpus(n: int, folder: Path) -> Path:
    """The generated corpus as ``n`` files in ``folder`` (what ``kordon ingest`` reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in corpus(n):
        suffix = ".html" if doc.format == "html" else ".txt"
        (folder / f"{doc.id}{suffix}").write_text(doc.raw, encoding="utf-8")
    return folder


def reference_loop() -> float:
    """Seconds a fixed pure-Python loop takes (the best of three): how fast this machine is at
    the moment. On a shared virtual machine it changes by half from one minute to the next,
    so figures measured at different times are compared through it."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - t0)
    return round(best, 3)


def _steady_rate(stamps: list[float]) -> float | None:
    """Documents per second between the first 20 % and 90 % of results: start-up (models, a
    Ray cluster, the first blocks) and the last stragglers are left out."""
    a, b = len(stamps) // 5, len(stamps) * 9 // 10
    return round((b - a) / (stamps[b] - stamps[a]), 1) if b > a and stamps[b] > stamps[a] else None


def run_parallel(
    n: int, engine: str = "local", workers: tuple[int, ...] = (1, 2), profile: str = "fast"
) -> dict[str, Any]:
    """Read, extract and store ``n`` generated files with each number of ``workers``: documents
    per second for extraction alone (engine output consumed) and end to end into a fresh store
    (as ``kordon ingest`` does: prepared by the workers, stored in batches), at steady state
    (:func:`_steady_rate`), and the speed-up over one worker. Start-up is reported apart.

    Each number of workers is measured in a fresh interpreter, as ``kordon ingest`` starts in
    one: a process that has already run thousands of documents itself carries their caches and
    a fragmented heap into the workers it forks (a fifth slower, measured)."""
    import concurrent.futures
    import multiprocessing

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(n, Path(tmp) / "corpus")
        context = multiprocessing.get_context("spawn")
        for w in workers:
            row: dict[str, Any] = {"workers": w}
            for stored in (False, True):
                with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as fresh:
                    row |= fresh.submit(_parallel_run, folder, Path(tmp), engine, w, profile, stored).result()
            row["reference_loop_s"] = reference_loop()
            rows.append(row)
    for key in ("extract", "end_to_end"):
        base = float(rows[0][f"{key}_docs_per_s"] or 0)
        for row in rows:
            rate = float(row[f"{key}_docs_per_s"] or 0)
            row[f"{key}_speedup"] = round(rate / base, 2) if base else None
    return {"documents": n, "engine": engine, "rows": rows}


def _parallel_run(folder: Path, tmp: Path, engine: str, w: int, profile: str, stored: bool) -> dict[str, Any]:
    """Half a row of :func:`run_parallel`: ``w`` workers over the files in ``folder``, the
    results consumed (extraction) or ``stored`` (end to end)."""
    from .engine import Spec
    from .engine import run as run_engine
    from .store import Prepared, Store

    spec = Spec(profile)
    t0 = time.perf_counter()
    if not stored:
        stamps = [time.perf_counter() for _ in run_engine([folder], spec, engine=engine, workers=w)]
        return {
            "startup_s": round(stamps[0] - t0, 2) if stamps else None,
            "extract_docs_per_s": _steady_rate(stamps),
        }
    with Store(tmp / f"e2e-{w}.db") as store:
        stream = run_engine([folder], replace(spec, prepare=True), engine=engine, workers=w)
        stamps = [
            time.perf_counter() for _ in store.add_all(item for item in stream if isinstance(item, Prepared))
        ]
    return {
        "documents": len(stamps),
        "end_to_end_docs_per_s": _steady_rate(stamps),
        "peak_rss_mib": round(_rss_mib(), 1),
    }


def fusion_corpus(n: int, seed: int = 7) -> Iterator[Document]:
    """``n`` documents reporting generated incidents (1-4 reports each, figures varying), with
    events already extracted, so the benchmark measures storage and fusion alone."""

    from .document import DateValue, Entity, Event, Span

    rng = random.Random(seed)
    countries = ["TJ", "KZ", "KG", "UZ", "AF", "AZ", "TR", "RU", "IR", "TM"]
    types = ["seizure", "arrest", "meeting", "training", "operation"]
    start = dt.date(2023, 1, 1)
    made = 0
    incident = 0
    while made < n:
        incident += 1
        etype, country = rng.choice(types), rng.choice(countries)
        day = start + dt.timedelta(days=rng.randrange(900))
        place = f"Place{rng.randrange(400)}"
        amount = rng.randrange(5, 2000)
        words = [f"w{rng.randrange(50000)}" for _ in range(250)]
        for report in range(min(rng.randint(1, 4), n - made)):
            text = " ".join(words if report == 0 else words[rng.randrange(20) :]) + f" r{incident}-{report}"
            published = day + dt.timedelta(days=rng.randrange(3))
            doc = Document(id=f"g{incident}-{report}", source=f"gen/{incident}/{report}", raw=text, text=text)
            doc.published = DateValue(published.isoformat(), "day")
            doc.entities = [
                Entity(f"country:{country}", "country", country, country=country),
                Entity(f"place:{place}", "place", place, country=country),
            ]
            value = amount * rng.choice([1, 1, 1, 1.05, 0.95])
            doc.events = [
                Event(
                    etype,
                    Span(0, 2),
                    "bench",
                    date_start=day.isoformat(),
                    country=country,
                    place=place,
                    goods=[
                        {
                            "category": "drug",
                            "substance": "heroin",
                            "value": round(value, 1),
                            "unit": "kg",
                            "qualifier": "exact",
                        }
                    ]
                    if etype == "seizure"
                    else [],
                )
            ]
            made += 1
            yield doc


def run_fusion(n: int, checkpoints: int = 10) -> dict[str, Any]:
    """Store and fuse ``n`` generated documents (in batches, as ``kordon ingest`` does); time
    and peak memory at each tenth."""
    from sqlalchemy import text

    from .store import Store

    rows = []
    step = max(1, n // checkpoints)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "fusion.db") as store:
        t0 = last = time.perf_counter()
        for i, _ in enumerate(store.add_all(fusion_corpus(n)), start=1):
            if i % step == 0 or i == n:
                now = time.perf_counter()
                rows.append(
                    {
                        "documents": i,
                        "seconds": round(now - t0, 2),
                        "ms_per_doc_last_step": round((now - last) * 1000 / step, 3),
                        "peak_rss_mib": round(_rss_mib(), 1),
                    }
                )
                last = now
        with store.engine.connect() as conn:
            incidents = int(conn.execute(text("SELECT count(*) FROM incidents")).scalar_one())
    first, final = rows[0]["ms_per_doc_last_step"], rows[-1]["ms_per_doc_last_step"]
    return {
        "documents": n,
        "incidents": incidents,
        "checkpoints": rows,
        "growth_of_cost_per_document": round(final / first, 2) if first else None,
    }


# --------------------------------------------------------------------------- API


#: Words of the demo corpus the API benchmark searches for (several languages, common and rare).
API_QUERIES = [
    "heroin",
    "border",
    "police",
    "seized",
    "hashish",
    "ОДКБ",
    "наркотиков",
    "границе",
    "Grenze",
    "Heroin",
    "Kazakhstan",
    "extradition",
    "training",
    "acetic anhydride",
    "CARICC",
    "Interpol",
    "Таджикистана",
    "cigarettes",
    "laboratory",
    "Dushanbe",
]


def _shifted(value: str | None, new: dt.date, delta: dt.timedelta | None) -> str | None:
    """An EDTF value moved to the clone's time: a full date by ``delta`` (else to ``new``), a
    month or year to ``new``'s; unknown years stay unknown."""
    if not value or not value[:4].isdigit():
        return value
    if "/" in value:
        return "/".join(_shifted(part, new, delta) or "" for part in value.split("/"))
    if len(value) >= 10:
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return new.isoformat()[: len(value)]
        return (day + delta).isoformat() if delta is not None else new.isoformat()
    return new.isoformat()[: len(value)]


def build_api_store(path: Path, n: int, seed: int = 11, batch: int = 2000) -> dict[str, Any]:
    """A SQLite store of ``n`` documents for the API benchmark.

    The demo corpus goes through the pipeline and ``Store.add`` (fusion included); the rest are
    copies of those stored rows written in bulk (documents, full-text index, mentions, events,
    goods, threats), each with its own content (a numbered line) and publication date (spread
    over 2020-2025, event dates moved alike). Copies take no part in fusion.
    """
    import hashlib
    import json

    from sqlalchemy import func, insert, select, text
    from sqlalchemy.orm import Session

    from .store import DocumentRow, EventRow, GoodsRow, MentionRow, Store, ThreatRow

    rng = random.Random(seed)
    t0 = time.perf_counter()
    pipeline = Pipeline.from_profile()
    base_docs = [
        pipeline(d)
        for d in read([Path(str(data_path("demo")))], DEFAULT_MAX_BYTES)
        if isinstance(d, Document)
    ]
    with Store(path) as store:
        if store.count() >= n:
            return {"documents": store.count(), "built_seconds": 0.0, "reused": True}
        for doc in base_docs:
            store.add(doc)
        with Session(store.engine) as s:
            docs = list(s.scalars(select(DocumentRow).order_by(DocumentRow.pk)))
            mentions = {
                d.pk: s.execute(
                    select(
                        MentionRow.entity_pk,
                        MentionRow.kind,
                        MentionRow.start,
                        MentionRow.end,
                        MentionRow.raw_start,
                        MentionRow.raw_end,
                        MentionRow.surface,
                        MentionRow.component,
                    ).where(MentionRow.document_pk == d.pk)
                )
                .mappings()
                .all()
                for d in docs
            }
            events = {
                d.pk: list(s.scalars(select(EventRow).where(EventRow.document_pk == d.pk))) for d in docs
            }
            goods = {
                e.pk: s.execute(
                    select(
                        GoodsRow.category,
                        GoodsRow.substance,
                        GoodsRow.value,
                        GoodsRow.unit,
                        GoodsRow.qualifier,
                    ).where(GoodsRow.event_pk == e.pk)
                )
                .mappings()
                .all()
                for evs in events.values()
                for e in evs
            }
            threats = {
                d.pk: list(s.scalars(select(ThreatRow.label).where(ThreatRow.document_pk == d.pk)))
                for d in docs
            }
            next_doc = int(s.scalar(select(func.max(DocumentRow.pk))) or 0) + 1
            next_event = int(s.scalar(select(func.max(EventRow.pk))) or 0) + 1
            s.expunge_all()
        records = {d.pk: json.loads(d.record) for d in docs}
        start = dt.date(2020, 1, 1)
        sqlite = store.engine.dialect.name == "sqlite"
        made = store.count()
        now = dt.datetime.now(dt.UTC)
        while made < n:
            rows: dict[str, list[dict[str, Any]]] = {
                k: [] for k in ("doc", "fts", "men", "ev", "goods", "thr")
            }
            for _ in range(min(batch, n - made)):
                src = docs[made % len(docs)]
                new = start + dt.timedelta(days=rng.randrange(6 * 365))
                old = src.published
                delta = None
                if old and len(old) >= 10 and old[:4].isdigit():
                    delta = new - dt.date.fromisoformat(old[:10])
                marker = f"\n\n#{made}"
                raw, body = src.raw + marker, src.text + marker
                digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
                published = _shifted(old, new, delta)
                rec = dict(records[src.pk])
                rec.update(id=f"{src.name}~{made}", content_hash=digest, text=body)
                if rec.get("published"):
                    rec["published"] = {**rec["published"], "edtf": published}
                pk = next_doc
                next_doc += 1
                rows["doc"].append(
                    {
                        "pk": pk,
                        "id": digest,
                        "name": f"{src.name}~{made}",
                        "source": f"{src.source}#{made}",
                        "url": src.url,
                        "format": src.format,
                        "site": src.site,
                        "title": src.title,
                        "lang": src.lang,
                        "lang_confidence": src.lang_confidence,
                        "published": published,
                        "published_precision": src.published_precision,
                        "dateline_place": src.dateline_place,
                        "dateline_country": src.dateline_country,
                        "dateline_agency": src.dateline_agency,
                        "raw": raw,
                        "text": body,
                        "record": json.dumps(rec, ensure_ascii=False),
                        "ingested_at": now,
                    }
                )
                rows["fts"].append({"pk": pk, "title": src.title or "", "text": body})
                rows["men"].extend({**m, "document_pk": pk} for m in mentions[src.pk])
                rows["thr"].extend({"document_pk": pk, "label": label} for label in threats[src.pk])
                for e in events[src.pk]:
                    data = json.loads(e.data)
                    data["date_start"] = _shifted(data.get("date_start"), new, delta)
                    data["date_end"] = _shifted(data.get("date_end"), new, delta)
                    rows["ev"].append(
                        {
                            "pk": next_event,
                            "document_pk": pk,
                            "type": e.type,
                            "date_start": data["date_start"],
                            "date_end": data["date_end"],
                            "place": e.place,
                            "country": e.country,
                            "status": e.status,
                            "route_from": e.route_from,
                            "route_to": e.route_to,
                            "trigger_start": e.trigger_start,
                            "trigger_end": e.trigger_end,
                            "data": json.dumps(data, ensure_ascii=False),
                        }
                    )
                    rows["goods"].extend({**g, "event_pk": next_event} for g in goods[e.pk])
                    next_event += 1
                made += 1
            with store.engine.begin() as conn:
                conn.execute(insert(DocumentRow), rows["doc"])
                if rows["men"]:
                    conn.execute(insert(MentionRow), rows["men"])
                if rows["ev"]:
                    conn.execute(insert(EventRow), rows["ev"])
                if rows["goods"]:
                    conn.execute(insert(GoodsRow), rows["goods"])
                if rows["thr"]:
                    conn.execute(insert(ThreatRow), rows["thr"])
                if sqlite:  # PostgreSQL's search column is generated
                    conn.execute(
                        text("INSERT INTO documents_fts(rowid, title, text) VALUES (:pk, :title, :text)"),
                        rows["fts"],
                    )
        count = store.count()
        from .query import optimize

        optimize(store)
    return {"documents": count, "built_seconds": round(time.perf_counter() - t0, 1), "reused": False}


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _latencies(name: str, times: list[float], seconds: float, errors: int) -> dict[str, Any]:
    return {
        "endpoint": name,
        "requests": len(times),
        "errors": errors,
        "requests_per_s": round(len(times) / seconds, 1) if seconds else None,
        "p50_ms": round(_percentile(times, 50) * 1000, 1),
        "p95_ms": round(_percentile(times, 95) * 1000, 1),
        "p99_ms": round(_percentile(times, 99) * 1000, 1),
    }


def run_api(
    n: int,
    store_path: Path | None = None,
    requests: int = 4000,
    concurrency: int = 8,
    seed: int = 5,
    workers: int = 1,
) -> dict[str, Any]:
    """Serve a store of ``n`` documents with uvicorn (a subprocess) and load it from ``concurrency``
    clients with a mix of searches and document reads; then time the aggregate endpoints one
    request at a time. Reports requests/s and p50/p95/p99 latency per endpoint."""
    import asyncio
    import os
    import subprocess
    from urllib.parse import quote

    import httpx
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from .store import DocumentRow, Store

    with tempfile.TemporaryDirectory() as tmp:
        path = store_path or Path(tmp) / "api.db"
        built = build_api_store(path, n)
        with Store(path) as store, Session(store.engine) as s:
            names = list(s.scalars(select(DocumentRow.name).order_by(func.random()).limit(1000)))
            total = store.count()
        rng = random.Random(seed)
        countries = ["KZ", "TJ", "KG", "UZ", "RU", "AF", "DE"]
        mix: list[tuple[str, str]] = []
        for _ in range(requests):
            roll = rng.random()
            word = quote(rng.choice(API_QUERIES))
            if roll < 0.40:
                mix.append(("search", f"/api/documents?q={word}"))
            elif roll < 0.50:
                mix.append(("search + filters", f"/api/documents?q={word}&country={rng.choice(countries)}"))
            elif roll < 0.55:
                mix.append(("search by relevance", f"/api/documents?q={word}&sort=relevance"))
            elif roll < 0.85:
                mix.append(("document", f"/api/documents/{rng.choice(names)}"))
            elif roll < 0.93:
                mix.append(("browse documents", f"/api/documents?page={rng.randint(1, 50)}"))
            else:
                mix.append(("events", f"/api/events?type=seizure&country={rng.choice(countries)}"))
        singles = [
            ("stats", "/api/stats"),
            ("stats (country)", "/api/stats?country=KZ"),
            ("network", "/api/network"),
            ("map (1000 events)", "/api/map?limit=1000"),
            ("entities", "/api/entities"),
            ("entity", "/api/entities/org:CSTO"),
            ("incidents", "/api/incidents"),
            ("export csv (country=TJ)", "/api/export?format=csv&country=TJ"),
        ]
        port = _free_port()
        from .api import ENV_RATE_LIMIT

        # one machine is all the clients: no per-client rate limit
        env = {**os.environ, "KORDON_DB": str(path), ENV_RATE_LIMIT: "0"}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "kordon.api:app_from_env",
                "--factory",
                "--workers",
                str(workers),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_for(base + "/api/health", server)
            results = asyncio.run(_load(base, mix, concurrency))
            singles_out = []
            with httpx.Client(base_url=base, timeout=300) as client:
                for name, url in singles:
                    times: list[float] = []
                    errors = 0
                    for _ in range(5):
                        t = time.perf_counter()
                        r = client.get(url)
                        times.append(time.perf_counter() - t)
                        errors += r.status_code != 200
                    # the first answer is computed; the next come from the per-filter memory
                    singles_out.append(
                        {
                            "endpoint": name,
                            "errors": errors,
                            "first_ms": round(times[0] * 1000, 1),
                            "again_ms": round(_percentile(times[1:], 50) * 1000, 1),
                        }
                    )
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {
        "documents": total,
        "store": built,
        "concurrency": concurrency,
        "workers": workers,
        "requests": requests,
        "python": f"Python {platform.python_version()} on {platform.machine()}",
        "mixed": results,
        "sequential": singles_out,
    }


def _wait_for(url: str, server: Any, timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the API server exited at start")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the API server did not answer {url} within {timeout} s")


async def _load(base: str, mix: list[tuple[str, str]], concurrency: int) -> dict[str, Any]:
    """Send ``mix`` from ``concurrency`` clients; latency per endpoint and overall throughput."""
    import asyncio

    import httpx

    times: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    failures: dict[str, str] = {}
    queue = list(reversed(mix))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        for _, url in mix[: 2 * concurrency]:  # warm up (lazy resources, caches)
            await client.get(url)

        async def worker() -> None:
            while queue:
                name, url = queue.pop()
                t = time.perf_counter()
                r = await client.get(url)
                times.setdefault(name, []).append(time.perf_counter() - t)
                errors[name] = errors.get(name, 0) + (r.status_code != 200)
                if r.status_code != 200:
                    failures.setdefault(name, f"{r.status_code} {r.text[:200]}")

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    per = [_latencies(name, ts, wall, errors.get(name, 0)) for name, ts in sorted(times.items())]
    everything = [t for ts in times.values() for t in ts]
    return {
        "seconds": round(wall, 2),
        "requests_per_s": round(len(everything) / wall, 1),
        "overall": _latencies("all", everything, wall, sum(errors.values())),
        "endpoints": per,
        "first_failures": failures,
    }
