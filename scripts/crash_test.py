"""Crash safety: ``kordon ingest`` and ``kordon watch --once`` killed with SIGKILL at random
points, restarted until done, and the store checked afterwards.

    .venv/bin/python scripts/crash_test.py --docs 10000 --kills 5              # SQLite
    .venv/bin/python scripts/crash_test.py --docs 10000 --kills 5 \\
        --postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres      # and PostgreSQL

The corpus is ``kordon.bench.corpus(N)`` written to files (distinct contents). The first kill
falls at a random moment of start-up (imports, migrations, model loading), the others when a
random number of further documents has been stored (plus a random delay, so they land
anywhere in a transaction); a single kill always falls while documents are being stored. The whole process group is killed, workers included.

Afterwards: SQLite ``PRAGMA integrity_check`` and ``foreign_key_check``; every input stored
exactly once (the stored content hashes are exactly the inputs'); and derived data complete for
every document: its record, one events row per event of the record (with its goods), its
mentions, its threats, incident membership for each non-statement event, its MinHash signature
and bands, its full-text row (SQLite); for watch, one item per file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


def write_corpus(folder: Path, n: int) -> list[str]:
    """``n`` documents of :func:`kordon.bench.corpus` as files; their content hashes."""
    from kordon.bench import corpus
    from kordon.document import content_hash

    folder.mkdir(parents=True, exist_ok=True)
    hashes = []
    for i, doc in enumerate(corpus(n)):
        suffix = ".html" if doc.format == "html" else ".txt"
        (folder / f"{i:06d}{suffix}").write_text(doc.raw, encoding="utf-8")
        hashes.append(content_hash(doc.raw))
    if len(set(hashes)) != n:
        raise RuntimeError("the generated corpus has repeated contents")
    return hashes


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


def _count(engine: Engine) -> int:
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar_one())
    except Exception:  # not created yet, or locked for a moment
        return -1


def run_with_kills(
    cmd: list[str], db: str, n: int, kills: int, rng: random.Random, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Run ``cmd`` and SIGKILL its process group ``kills`` times at random points (the first
    during start-up when there are two or more), then let it run to the end; how many kills
    landed, runs made and documents stored at each kill."""
    url = _url(db)
    poll = create_engine(url + ("?mode=ro&uri=true" if url.startswith("sqlite") else ""))
    if url.startswith("sqlite"):
        poll = create_engine(f"sqlite:///file:{url.removeprefix('sqlite:///')}?mode=ro&uri=true")
    at_kill: list[int] = []
    runs = 0
    t0 = time.monotonic()
    try:
        for k in range(kills + 1):
            runs += 1
            proc = subprocess.Popen(
                cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, text=True
            )
            if k == kills:  # the last run goes to its end
                _, err = proc.communicate(timeout=7200)
                if proc.returncode != 0:
                    raise RuntimeError(f"the final run failed ({proc.returncode}): {err[-2000:]}")
                break
            if k == 0 and kills >= 2:
                deadline = time.monotonic() + rng.uniform(0.2, 4.0)  # start-up, migrations, models
                while time.monotonic() < deadline and proc.poll() is None:
                    time.sleep(0.02)
            else:
                done = max(_count(poll), 0)
                target = done + rng.randint(1, max(1, (n - done) // (kills - k + 2)))
                while proc.poll() is None and _count(poll) < target:
                    time.sleep(0.05)
                time.sleep(rng.uniform(0, 0.3))
            if proc.poll() is not None:
                log(f"run {runs} ended before its kill (status {proc.returncode})")
                continue
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            stored = _count(poll)
            at_kill.append(stored)
            log(f"killed run {runs} with {stored} document(s) stored")
    finally:
        poll.dispose()
    return {
        "kills": len(at_kill),
        "stored_at_kills": at_kill,
        "runs": runs,
        "seconds": round(time.monotonic() - t0, 1),
    }


def verify(db: str, hashes: list[str], watch_source: str | None = None) -> dict[str, Any]:
    """Check the store after the crashes; raise AssertionError listing every problem."""
    from kordon import fuse

    problems: list[str] = []
    url = _url(db)
    engine = create_engine(url)
    checks: dict[str, Any] = {}
    with engine.connect() as conn:

        def q(sql: str) -> list[Any]:
            return list(conn.execute(text(sql)).all())

        if url.startswith("sqlite"):
            integrity = [r[0] for r in q("PRAGMA integrity_check")]
            checks["integrity_check"] = integrity[0] if len(integrity) == 1 else integrity
            if integrity != ["ok"]:
                problems.append(f"integrity_check: {integrity[:5]}")
            fk = q("PRAGMA foreign_key_check")
            checks["foreign_key_violations"] = len(fk)
            if fk:
                problems.append(f"foreign_key_check: {fk[:5]}")
        docs = q("SELECT pk, id, record FROM documents")
        ids = [r[1] for r in docs]
        checks["documents"] = len(docs)
        if sorted(ids) != sorted(hashes):
            missing, extra = set(hashes) - set(ids), set(ids) - set(hashes)
            dupes = [h for h, c in Counter(ids).items() if c > 1]
            problems.append(f"documents: {len(missing)} missing, {len(extra)} unknown, {len(dupes)} twice")
        events = dict(q("SELECT document_pk, count(*) FROM events GROUP BY document_pk"))
        goods = dict(
            q(
                "SELECT e.document_pk, count(g.pk) FROM events e JOIN goods g ON g.event_pk = e.pk GROUP BY e.document_pk"
            )
        )
        mentions = dict(q("SELECT document_pk, count(*) FROM mentions GROUP BY document_pk"))
        threats: dict[int, set[str]] = {}
        for pk, label in q("SELECT document_pk, label FROM threats"):
            threats.setdefault(pk, set()).add(label)
        signatures = {r[0] for r in q("SELECT document_pk FROM signatures")}
        bands = dict(q("SELECT document_pk, count(*) FROM bands GROUP BY document_pk"))
        unfused = q(
            "SELECT e.pk FROM events e LEFT JOIN incident_members m ON m.event_pk = e.pk "
            "WHERE e.type <> 'statement' AND m.pk IS NULL"
        )
        orphans = q(
            "SELECT m.pk FROM incident_members m LEFT JOIN incidents i ON i.pk = m.incident_pk WHERE i.pk IS NULL"
        )
        fts = {r[0] for r in q("SELECT rowid FROM documents_fts")} if url.startswith("sqlite") else None
        incomplete = Counter[str]()
        n_events = n_mentions = 0
        for pk, _id, rec in docs:
            record = json.loads(rec)
            entity_ids = {e["id"] for e in record["entities"]}
            want_mentions = sum(1 for m in record["mentions"] if m["entity_id"] in entity_ids)
            n_events += len(record["events"])
            n_mentions += want_mentions
            if events.get(pk, 0) != len(record["events"]):
                incomplete["events"] += 1
            if goods.get(pk, 0) != sum(len(e["goods"]) for e in record["events"]):
                incomplete["goods"] += 1
            if mentions.get(pk, 0) != want_mentions:
                incomplete["mentions"] += 1
            if threats.get(pk, set()) != {t["label"] for t in record["threats"]}:
                incomplete["threats"] += 1
            if pk not in signatures or bands.get(pk, 0) != fuse.BANDS:
                incomplete["signature"] += 1
            if fts is not None and pk not in fts:
                incomplete["fts"] += 1
        checks.update(
            events=n_events, mentions=n_mentions, unfused_events=len(unfused), orphan_members=len(orphans)
        )
        checks["incomplete"] = dict(incomplete)
        if incomplete:
            problems.append(f"derived data incomplete for: {dict(incomplete)}")
        if unfused or orphans:
            problems.append(
                f"{len(unfused)} non-statement event(s) in no incident, {len(orphans)} orphan member(s)"
            )
        if watch_source is not None:
            items = q(
                "SELECT count(*) FROM watch_items i JOIN watch_sources s ON s.pk = i.source_pk "
                f"WHERE s.name = '{watch_source}'"
            )[0][0]
            checks["watch_items"] = items
            if items != len(hashes):
                problems.append(f"watch: {items} item(s) marked seen for {len(hashes)} file(s)")
    engine.dispose()
    if problems:
        raise AssertionError("; ".join(problems))
    return checks


@contextmanager
def scratch_postgres(server: str) -> Iterator[str]:
    """A new empty database on the PostgreSQL server at ``server``; dropped afterwards."""
    name = f"kordon_crash_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def crash_test(
    mode: str,
    db: str,
    corpus: Path,
    hashes: list[str],
    work: Path,
    kills: int = 5,
    seed: int = 0,
    workers: int = 1,
    log: Callable[[str], None] = print,
    batch: int | None = None,
) -> dict[str, Any]:
    """One crash test (``mode`` ``ingest`` or ``watch``) into ``db``; its figures. ``batch``:
    ``kordon ingest --batch`` (documents per transaction); a small one lets a kill meet a
    short corpus in the middle of storing, not after its only transaction."""
    rng = random.Random(seed)
    kordon = [sys.executable, "-m", "kordon"]
    if mode == "ingest":
        cmd = [*kordon, "ingest", str(corpus), "--db", db, "-q", "--workers", str(workers)]
        cmd += ["--batch", str(batch)] if batch else []
    else:
        sources = work / "sources.toml"
        sources.write_text(f'[[folder]]\nname = "crash"\npath = "{corpus}"\n', encoding="utf-8")
        cmd = [*kordon, "watch", str(sources), "--db", db, "--once", "-q"]
    run = run_with_kills(cmd, db, len(hashes), kills, rng, log)
    checks = verify(db, hashes, "crash" if mode == "watch" else None)
    return {"mode": mode, "backend": db.split(":", 1)[0] if "://" in db else "sqlite", **run, **checks}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="--workers of kordon ingest")
    parser.add_argument("--batch", type=int, help="--batch of kordon ingest (default: its own)")
    parser.add_argument("--modes", default="ingest,watch")
    parser.add_argument("--postgres", help="a PostgreSQL server URL: also run on a scratch database there")
    parser.add_argument("--only-postgres", action="store_true", help="with --postgres: skip the SQLite runs")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        t0 = time.monotonic()
        hashes = write_corpus(corpus, args.docs)
        print(f"{args.docs} documents written in {time.monotonic() - t0:.1f} s", flush=True)
        for mode in args.modes.split(","):
            backends: list[Any] = [] if args.only_postgres and args.postgres else [None]
            backends += [args.postgres] if args.postgres else []
            for server in backends:
                t1 = time.monotonic()
                with contextlib.ExitStack() as stack:
                    db = (
                        str(work / f"{mode}.db")
                        if server is None
                        else stack.enter_context(scratch_postgres(server))
                    )
                    result = crash_test(
                        mode, db, corpus, hashes, work, args.kills, args.seed, args.workers, batch=args.batch
                    )
                result["docs"] = args.docs
                print(json.dumps(result), f"({time.monotonic() - t1:.0f} s)", flush=True)
                results.append(result)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
