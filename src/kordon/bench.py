"""``kordon bench``: documents per second and peak memory per stage, and end to end.

The corpus is generated from the bundled demo corpus: its documents are repeated with a
numbered line added, so every one is new to the store. Figures are measured, never asserted.
"""

from __future__ import annotations

import datetime as dt
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .document import Document
from .ingest import DEFAULT_MAX_BYTES, read
from .kb import data_path
from .pipeline import Pipeline


def _rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def corpus(n: int) -> list[Document]:
    """``n`` documents made from the demo corpus, each with a distinct content."""
    base = [d for d in read([Path(str(data_path("demo")))], DEFAULT_MAX_BYTES) if isinstance(d, Document)]
    if not base:
        raise RuntimeError("the demo corpus is missing")
    docs = []
    for i in range(n):
        src = base[i % len(base)]
        marker = f"\n<!-- {i} -->" if src.format == "html" else f"\n\n#{i}"
        docs.append(
            Document(
                id=f"{src.id}-{i}",
                source=src.source,
                raw=src.raw + marker,
                format=src.format,
                url=src.url,
                meta=dict(src.meta),
            )
        )
    return docs


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
    from .store import Store

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
        for d in fresh:
            store.add(pipeline(d))
        stages.append(_stage("end to end (process + store)", n, time.perf_counter() - t0))
    return {
        "documents": n,
        "mean_chars": round(sum(len(d.raw) for d in docs) / n),
        "profile": profile,
        "python": f"Python {platform.python_version()} on {platform.machine()}",
        "stages": stages,
    }


def fusion_corpus(n: int, seed: int = 7) -> Iterator[Document]:
    """``n`` documents reporting generated incidents (1-4 reports each, figures varying), with
    events already extracted, so the benchmark measures storage and fusion alone."""
    import random

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
    """Store and fuse ``n`` generated documents; time and peak memory at each tenth."""
    from .store import Store

    rows = []
    step = max(1, n // checkpoints)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "fusion.db") as store:
        t0 = last = time.perf_counter()
        for i, doc in enumerate(fusion_corpus(n), start=1):
            store.add(doc)
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
        incidents = len(store.incidents())
    first, final = rows[0]["ms_per_doc_last_step"], rows[-1]["ms_per_doc_last_step"]
    return {
        "documents": n,
        "incidents": incidents,
        "checkpoints": rows,
        "growth_of_cost_per_document": round(final / first, 2) if first else None,
    }
