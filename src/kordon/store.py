"""The store: SQLAlchemy 2 models of the record, Alembic migrations, full-text search.

SQLite (WAL, foreign keys, FTS5) by default; the schema is migrated by Alembic so that
PostgreSQL can follow. Only this module speaks SQL.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from . import fuse
from .document import Document, Entity
from .errors import NotFoundError, StoreError
from .export import record
from .translit import similar, skeleton

DEFAULT_DB = "kordon.db"
ENV_DB = "KORDON_DB"


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """A stored document: its identity, metadata, texts and full record as JSON."""

    __tablename__ = "documents"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(512), index=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    site: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(16), index=True)
    lang_confidence: Mapped[float | None] = mapped_column(Float)
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    dateline_place: Mapped[str | None] = mapped_column(Text)
    dateline_country: Mapped[str | None] = mapped_column(String(2))
    dateline_agency: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class EntityRow(Base):
    """An entity linked across documents: one row per person, place, organisation, agency, country."""

    __tablename__ = "entities"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[str] = mapped_column(String(20), index=True)
    canonical: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(200), index=True)
    """Linking key: the skeleton of a person's surname, else of the canonical name."""
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    role: Mapped[str | None] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text)  # JSON list


class MentionRow(Base):
    """Where an entity is mentioned: offsets into the cleaned text (and the original)."""

    __tablename__ = "mentions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"), index=True)
    entity_pk: Mapped[int] = mapped_column(ForeignKey("entities.pk", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    raw_start: Mapped[int | None] = mapped_column(Integer)
    raw_end: Mapped[int | None] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    component: Mapped[str] = mapped_column(String(40))


class EventRow(Base):
    """An event of a stored document; ``data`` holds the full event with its evidence."""

    __tablename__ = "events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(20), index=True)
    date_start: Mapped[str | None] = mapped_column(String(32), index=True)
    date_end: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    status: Mapped[str] = mapped_column(String(10))
    route_from: Mapped[str | None] = mapped_column(String(2))
    route_to: Mapped[str | None] = mapped_column(String(2))
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class GoodsRow(Base):
    """A seized good of an event, for filtering by substance."""

    __tablename__ = "goods"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    category: Mapped[str | None] = mapped_column(String(20))
    substance: Mapped[str | None] = mapped_column(Text, index=True)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(10))
    qualifier: Mapped[str | None] = mapped_column(String(10))


class ThreatRow(Base):
    """A threat a stored document is about."""

    __tablename__ = "threats"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(30), index=True)


class SignatureRow(Base):
    __tablename__ = "signatures"

    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True)
    minhash: Mapped[str] = mapped_column(Text)  # JSON list


class BandRow(Base):
    __tablename__ = "bands"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"))
    band: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(16))


class DuplicateRow(Base):
    """A document that is a near-copy of an earlier one (both are kept, with their sources)."""

    __tablename__ = "duplicates"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"), index=True)
    duplicate_of: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"), index=True)
    similarity: Mapped[float] = mapped_column(Float)


class IncidentRow(Base):
    """One happening, reported by one or more events of one or more documents."""

    __tablename__ = "incidents"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(20), index=True)
    features: Mapped[str] = mapped_column(Text)  # JSON of fuse.Features, the union of its events'


class IncidentMemberRow(Base):
    __tablename__ = "incident_members"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_pk: Mapped[int] = mapped_column(ForeignKey("incidents.pk", ondelete="CASCADE"), index=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), unique=True)
    score: Mapped[float | None] = mapped_column(Float)
    why: Mapped[str] = mapped_column(Text)  # JSON: the features and score that joined it


class IncidentKeyRow(Base):
    __tablename__ = "incident_keys"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_pk: Mapped[int] = mapped_column(ForeignKey("incidents.pk", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80), index=True)


#: Writers retry a lost race this many times.
_ATTEMPTS = 5
#: The PostgreSQL advisory lock that writers take in turn ("KOR").
_WRITE_LOCK = 0x4B4F52


@cache
def _band_query(n: int) -> Any:
    """Documents sharing any of ``n`` (band, hash) keys: one indexed look-up per band (a
    row-value IN would scan the table), as one statement built once."""
    terms = " OR ".join(f"(band = :b{i} AND hash = :h{i})" for i in range(n))
    return text(f"SELECT DISTINCT document_pk FROM bands WHERE {terms}")


def _link_key(entity: Entity) -> str:
    name = skeleton(entity.canonical)
    return name.split()[-1] if entity.type == "person" and name else name


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result."""

    id: str
    name: str
    title: str | None
    lang: str | None
    published: str | None
    snippet: str


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from ``--db``, ``KORDON_DB`` or the default ``kordon.db``."""
    value = str(db) if db else os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    # 64 MiB of page cache: the band and key indexes are read at random on every insert
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def _fts_query(query: str) -> str:
    """A user query as an FTS5 expression: every word must occur, as a prefix, so that
    inflected forms match ("героин" finds "героина"); quoting keeps FTS syntax inert."""
    terms = [f'"{word}"*' for word in re.findall(r"\w+", query)]
    return " ".join(terms)


def snippet(body: str, query: str, width: int = 90) -> str:
    """The stretch of ``body`` around the first word of ``query`` (matched as a prefix, any
    case), with every matched word marked ``[...]``."""
    words = [w.casefold() for w in re.findall(r"\w+", query)]
    if not words:
        return body[:width]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    first = pattern.search(body)
    start = max(0, (first.start() if first else 0) - width // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    chunk = body[start : start + width]
    end_cut = start + width < len(body)
    marked = pattern.sub(lambda m: f"[{m.group(0)}]", chunk)
    return ("…" if start else "") + " ".join(marked.split()) + ("…" if end_cut else "")


class Store:
    """Documents and their records in a database; ``with Store(db) as store: ...``."""

    def __init__(self, db: str | os.PathLike[str] | None = None) -> None:
        self.url = database_url(db)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            self._migrate()
        except (SQLAlchemyError, OSError) as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {self.url}: {_reason(exc)}") from exc

    def _migrate(self) -> None:
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        head = ScriptDirectory.from_config(cfg).get_current_head()
        with self.engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
            conn.rollback()
            if self.engine.dialect.name == "sqlite":
                # pysqlite runs DDL outside any transaction: without an explicit one, a crash
                # halfway through a migration left tables but no version ("already exists")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                if MigrationContext.configure(conn).get_current_revision() == head:
                    conn.rollback()  # another process migrated meanwhile
                    return
            else:
                conn.begin()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise StoreError(f"database error in {self.url}: {_reason(exc)}") from exc

    def add(self, doc: Document) -> bool:
        """Store ``doc`` unless the same content is there; True when it was new.

        Safe for several processes writing to one database: on PostgreSQL writers take turns on
        an advisory lock, on SQLite on the database lock; a writer that loses a race (the same
        document or entity stored meanwhile) retries, so nothing is lost or stored twice.
        """
        full = record(doc)
        for attempt in range(_ATTEMPTS):
            try:
                return self._add(doc, full)
            except (IntegrityError, OperationalError) as exc:
                if attempt == _ATTEMPTS - 1:
                    raise StoreError(f"cannot store {doc.source} in {self.url}: {_reason(exc)}") from exc
                time.sleep(0.05 * 2**attempt)
            except DBAPIError as exc:
                raise StoreError(f"cannot store {doc.source} in {self.url}: {_reason(exc)}") from exc
        return False  # pragma: no cover (the loop returns or raises)

    def _add(self, doc: Document, full: dict[str, Any]) -> bool:
        doc_id = doc.content_hash
        # no autoflush: rows are flushed where their keys are needed, not before every query
        with Session(self.engine, autoflush=False) as s, s.begin():
            if self.engine.dialect.name == "postgresql":
                s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})
            if s.scalar(select(DocumentRow.pk).where(DocumentRow.id == doc_id)) is not None:
                return False
            row = DocumentRow(
                id=doc_id,
                name=doc.id,
                source=doc.source,
                url=doc.url,
                format=doc.format,
                site=doc.site,
                title=doc.title,
                lang=doc.lang,
                lang_confidence=doc.lang_confidence,
                published=doc.published.edtf if doc.published else None,
                published_precision=doc.published.precision if doc.published else None,
                dateline_place=doc.dateline.place if doc.dateline else None,
                dateline_country=doc.dateline.country if doc.dateline else None,
                dateline_agency=doc.dateline.agency if doc.dateline else None,
                raw=doc.raw,
                text=doc.text,
                record=json.dumps(full, ensure_ascii=False),
                ingested_at=dt.datetime.now(dt.UTC),
            )
            s.add(row)
            s.flush()
            self._add_entities(s, doc, row.pk)
            duplicate_of = self._add_signature(s, doc, row.pk)
            event_pks = self._add_events(s, doc, full["events"], row.pk)
            self._fuse(s, doc, full["events"], row.pk, event_pks, duplicate_of)
            if self.engine.dialect.name == "sqlite":
                s.execute(
                    text("INSERT INTO documents_fts(rowid, title, text) VALUES (:pk, :title, :text)"),
                    {"pk": row.pk, "title": doc.title or "", "text": doc.text},
                )
        return True

    def _add_entities(self, s: Session, doc: Document, document_pk: int) -> None:
        """Link the document's entities to stored ones (by id, then by transliteration key and
        fuzzy name for persons) and store every mention with its offsets."""
        known = {
            row.id: row
            for row in s.scalars(select(EntityRow).where(EntityRow.id.in_([e.id for e in doc.entities])))
        }
        keys = {e.id: _link_key(e) for e in doc.entities}
        person_keys = {keys[e.id] for e in doc.entities if e.type == "person" and e.id not in known}
        by_key: dict[str, list[EntityRow]] = {}
        if person_keys:
            for other in s.scalars(
                select(EntityRow).where(EntityRow.type == "person", EntityRow.key.in_(person_keys))
            ):
                by_key.setdefault(other.key, []).append(other)
        pks: dict[str, int] = {}
        new_rows: list[tuple[str, EntityRow]] = []
        for entity in doc.entities:
            row = known.get(entity.id)
            key = keys[entity.id]
            if row is None and entity.type == "person":
                row = next(
                    (o for o in by_key.get(key, []) if similar(o.canonical, entity.canonical, 0.8)), None
                )
            surfaces = [entity.canonical, *entity.aliases]
            if row is None:
                row = EntityRow(
                    id=entity.id,
                    type=entity.type,
                    canonical=entity.canonical,
                    key=key,
                    country=entity.country,
                    lat=entity.coords[0] if entity.coords else None,
                    lon=entity.coords[1] if entity.coords else None,
                    role=entity.role,
                    affiliation=entity.affiliation,
                    aliases="[]",
                )
                s.add(row)
                known[entity.id] = row
                new_rows.append((entity.id, row))
            aliases = json.loads(row.aliases)
            changed = False
            for alias in surfaces:
                if alias != row.canonical and alias not in aliases:
                    aliases.append(alias)
                    changed = True
            if changed:
                row.aliases = json.dumps(aliases, ensure_ascii=False)
            if entity.role and not row.role:
                row.role = entity.role
            if entity.affiliation and not row.affiliation:
                row.affiliation = entity.affiliation
            if row.pk is not None:
                pks[entity.id] = row.pk
        if new_rows:
            s.flush()
            pks.update((eid, row.pk) for eid, row in new_rows)
        mentions = []
        for m in doc.mentions:
            if m.entity_id not in pks:
                continue
            raw = doc.raw_span(m.span)
            mentions.append(
                {
                    "document_pk": document_pk,
                    "entity_pk": pks[m.entity_id],
                    "kind": m.kind,
                    "start": m.span.start,
                    "end": m.span.end,
                    "raw_start": raw.start if raw else None,
                    "raw_end": raw.end if raw else None,
                    "surface": m.surface,
                    "component": m.component,
                }
            )
        if mentions:
            s.execute(insert(MentionRow), mentions)

    def _add_signature(self, s: Session, doc: Document, document_pk: int) -> int | None:
        """Store the document's MinHash and bands; link it to the earliest near-copy, if any."""
        signature = fuse.minhash(doc.text)
        keys = fuse.bands(signature)
        candidates = set(
            s.scalars(
                _band_query(len(keys)),
                {f"b{i}": b for i, (b, _) in enumerate(keys)} | {f"h{i}": h for i, (_, h) in enumerate(keys)},
            )
        )
        best: tuple[float, int] | None = None
        others = s.execute(
            select(SignatureRow.document_pk, SignatureRow.minhash)
            .where(SignatureRow.document_pk.in_(candidates))
            .order_by(SignatureRow.document_pk)
        ).all()
        for other_pk, minhash in others if candidates else []:
            similarity = fuse.jaccard(signature, json.loads(minhash))
            if similarity >= fuse.DUPLICATE_JACCARD and (best is None or similarity > best[0]):
                best = (similarity, other_pk)
        s.execute(insert(SignatureRow), [{"document_pk": document_pk, "minhash": json.dumps(signature)}])
        s.execute(insert(BandRow), [{"document_pk": document_pk, "band": b, "hash": h} for b, h in keys])
        if best is None:
            return None
        original = (
            s.scalar(select(DuplicateRow.duplicate_of).where(DuplicateRow.document_pk == best[1])) or best[1]
        )
        s.add(DuplicateRow(document_pk=document_pk, duplicate_of=original, similarity=round(best[0], 3)))
        return original

    def _fuse(
        self,
        s: Session,
        doc: Document,
        events: list[dict[str, Any]],
        document_pk: int,
        event_pks: list[int],
        duplicate_of: int | None,
    ) -> None:
        """Each event joins the best-fitting incident among those sharing a blocking key, or starts one."""
        # dated events first: what they join tells which reports this document agrees with
        order = sorted(zip(events, event_pks, strict=True), key=lambda pair: not (pair[0].get("date_start")))
        allies: set[int] = set()
        for ev, event_pk in order:
            if ev["type"] == "statement":
                continue
            feats = fuse.features(ev, doc, document_pk)
            date_keys, places = fuse.blocking_keys(feats), fuse.place_keys(feats)
            undated = not feats.dates and not feats.published
            # an event without any date can only meet its incident by place
            lookup = places + date_keys if undated else date_keys
            unplaced = fuse.undated_place_keys(feats)
            lookup += unplaced
            keys = date_keys + places + (unplaced if undated else [])
            candidates = set(
                s.scalars(select(IncidentKeyRow.incident_pk).where(IncidentKeyRow.key.in_(lookup)))
            )
            best: tuple[float, IncidentRow, dict[str, Any]] | None = None
            rows = (
                s.scalars(
                    select(IncidentRow)
                    .where(IncidentRow.pk.in_(candidates), IncidentRow.type == feats.type)
                    .order_by(IncidentRow.pk)
                ).all()
                if candidates
                else []
            )
            for incident in rows:
                inc_feats = fuse.Features.from_json(json.loads(incident.features))
                if document_pk in inc_feats.documents:
                    continue  # one document reports an incident once
                near = duplicate_of is not None and duplicate_of in inc_feats.documents
                value, why = fuse.score(feats, inc_feats, near)
                if value > 0 and allies & inc_feats.documents:
                    value += fuse.ALLY_BONUS  # this document already shares an incident with one of these
                    why["allies"] = sorted(allies & inc_feats.documents)
                    why["score"] = round(value, 3)
                if value >= fuse.JOIN_SCORE and (best is None or value > best[0]):
                    best = (value, incident, why)
            if best is None:
                incident = IncidentRow(type=feats.type, features=json.dumps(feats.to_json()))
                s.add(incident)
                s.flush()
                score, why = None, {"started": True}
                known: set[str] = set()
            else:
                score, incident, why = best
                merged = fuse.Features.from_json(json.loads(incident.features))
                allies |= merged.documents - {document_pk}
                merged.merge(feats)
                incident.features = json.dumps(merged.to_json())
                known = set(
                    s.scalars(select(IncidentKeyRow.key).where(IncidentKeyRow.incident_pk == incident.pk))
                )
            s.execute(
                insert(IncidentMemberRow),
                [
                    {
                        "incident_pk": incident.pk,
                        "event_pk": event_pk,
                        "score": score,
                        "why": json.dumps(why, ensure_ascii=False),
                    }
                ],
            )
            fresh = [{"incident_pk": incident.pk, "key": k} for k in dict.fromkeys(keys) if k not in known]
            if fresh:
                s.execute(insert(IncidentKeyRow), fresh)

    def incidents(self, ref: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Incidents with their reports (documents and their sources), languages and conflicts."""
        stmt = (
            select(IncidentRow, IncidentMemberRow, EventRow, DocumentRow)
            .join(IncidentMemberRow, IncidentMemberRow.incident_pk == IncidentRow.pk)
            .join(EventRow, EventRow.pk == IncidentMemberRow.event_pk)
            .join(DocumentRow, DocumentRow.pk == EventRow.document_pk)
            .order_by(IncidentRow.pk, IncidentMemberRow.pk)
        )
        if ref is not None:
            stmt = stmt.where(IncidentRow.pk == _incident_pk(ref))
        grouped: dict[int, list[Any]] = {}
        with Session(self.engine) as s:
            for incident, member, event, document in s.execute(stmt):
                grouped.setdefault(incident.pk, []).append((incident, member, event, document))
        out = []
        for pk, rows in grouped.items():
            members = []
            for _, member, event, document in rows:
                data = json.loads(event.data)
                members.append(
                    {
                        **data,
                        "document": document.name,
                        "source": document.source,
                        "lang": document.lang,
                        "score": member.score,
                        "why": json.loads(member.why),
                    }
                )
            out.append(_incident_record(pk, rows[0][0].type, members))
            if limit and len(out) >= limit:
                break
        if ref is not None and not out:
            raise NotFoundError(f"no incident {ref!r} in {self.url}")
        return out

    def duplicates(self) -> list[dict[str, Any]]:
        """Pairs of near-copies: the later document, the earlier one and their similarity."""
        with Session(self.engine) as s:
            rows = s.execute(select(DuplicateRow)).scalars().all()
            names = {pk: name for pk, name in s.execute(select(DocumentRow.pk, DocumentRow.name))}
        return [
            {
                "document": names[r.document_pk],
                "duplicate_of": names[r.duplicate_of],
                "similarity": r.similarity,
            }
            for r in rows
        ]

    def _add_events(
        self, s: Session, doc: Document, events: list[dict[str, Any]], document_pk: int
    ) -> list[int]:
        rows = [
            {
                "document_pk": document_pk,
                "type": ev.type,
                "date_start": ev.date_start,
                "date_end": ev.date_end,
                "place": ev.place,
                "country": ev.country,
                "status": ev.status,
                "route_from": (ev.route or {}).get("from"),
                "route_to": (ev.route or {}).get("to"),
                "trigger_start": ev.trigger.start,
                "trigger_end": ev.trigger.end,
                "data": json.dumps(data, ensure_ascii=False),
            }
            for ev, data in zip(doc.events, events, strict=True)
        ]
        pks: list[int] = []
        if rows:
            returned = s.execute(insert(EventRow).returning(EventRow.pk, sort_by_parameter_order=True), rows)
            pks = [pk for (pk,) in returned]
        goods = [
            {
                "event_pk": pk,
                "category": g.get("category"),
                "substance": g.get("substance"),
                "value": g.get("value"),
                "unit": g.get("unit"),
                "qualifier": g.get("qualifier"),
            }
            for ev, pk in zip(doc.events, pks, strict=True)
            for g in ev.goods
        ]
        if goods:
            s.execute(insert(GoodsRow), goods)
        threats = [
            {"document_pk": document_pk, "label": label} for label in sorted({t.label for t in doc.threats})
        ]
        if threats:
            s.execute(insert(ThreatRow), threats)
        return pks

    def events(
        self,
        type: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        threat: str | None = None,
        substance: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """Stored events, filtered; each with its document's name and the full event record.

        Dates compare as EDTF strings, so ``since="2024"`` keeps 2024 and later; events whose
        year is unknown (``XXXX-...``) never pass a date filter.
        """
        stmt = (
            select(EventRow, DocumentRow.name, DocumentRow.id)
            .join(DocumentRow, DocumentRow.pk == EventRow.document_pk)
            .order_by(EventRow.date_start.desc(), EventRow.pk)
            .limit(limit)
        )
        if type:
            stmt = stmt.where(EventRow.type == type)
        if country:
            stmt = stmt.where(EventRow.country == country.upper())
        if since:
            stmt = stmt.where(EventRow.date_start >= since, ~EventRow.date_start.startswith("X"))
        if until:
            stmt = stmt.where(EventRow.date_start <= until + "~", ~EventRow.date_start.startswith("X"))
        if threat:
            stmt = stmt.where(
                EventRow.document_pk.in_(select(ThreatRow.document_pk).where(ThreatRow.label == threat))
            )
        if substance:
            stmt = stmt.where(
                EventRow.pk.in_(select(GoodsRow.event_pk).where(GoodsRow.substance == substance.lower()))
            )
        with Session(self.engine) as s:
            rows = s.execute(stmt).all()
        return [{"document": name, "document_id": doc_id, **json.loads(e.data)} for e, name, doc_id in rows]

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored document's full record, in ingest order."""
        with Session(self.engine) as s:
            for (data,) in s.execute(select(DocumentRow.record).order_by(DocumentRow.pk)):
                yield json.loads(data)

    def entities(
        self, type: str | None = None, country: str | None = None, query: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Entities with their documents and mentions counted, most mentioned first."""
        docs = func.count(func.distinct(MentionRow.document_pk))
        stmt = (
            select(EntityRow, docs.label("documents"), func.count(MentionRow.pk).label("mentions"))
            .join(MentionRow, MentionRow.entity_pk == EntityRow.pk)
            .group_by(EntityRow.pk)
            .order_by(docs.desc(), func.count(MentionRow.pk).desc(), EntityRow.canonical)
            .limit(limit)
        )
        if type:
            stmt = stmt.where(EntityRow.type == type)
        if country:
            stmt = stmt.where(EntityRow.country == country.upper())
        if query:
            stmt = stmt.where(EntityRow.canonical.ilike(f"%{query}%") | EntityRow.aliases.ilike(f"%{query}%"))
        with Session(self.engine) as s:
            rows = s.execute(stmt).all()
        return [
            {
                "id": e.id,
                "type": e.type,
                "name": e.canonical,
                "country": e.country,
                "role": e.role,
                "affiliation": e.affiliation,
                "aliases": json.loads(e.aliases),
                "coords": [e.lat, e.lon] if e.lat is not None else None,
                "documents": d,
                "mentions": m,
            }
            for e, d, m in rows
        ]

    def get(self, ref: str) -> DocumentRow:
        """A document by content-hash prefix (6+ hex digits) or by name (file stem, JSONL id)."""
        with Session(self.engine) as s:
            rows = list(s.scalars(select(DocumentRow).where(DocumentRow.name == ref)))
            if not rows and re.fullmatch(r"[0-9a-f]{6,64}", ref):
                rows = list(s.scalars(select(DocumentRow).where(DocumentRow.id.startswith(ref))))
            if not rows:
                raise NotFoundError(f"no document {ref!r} in {self.url}")
            if len(rows) > 1:
                ids = ", ".join(r.id[:12] for r in rows[:5])
                raise NotFoundError(f"{ref!r} names {len(rows)} documents ({ids}); give a hash prefix")
            s.expunge(rows[0])
            return rows[0]

    def matching(self, query: str) -> Any:
        """A subquery of the documents matching a full-text ``query``: columns ``pk`` and
        ``rank`` (lower is better). Every word must occur, as a prefix. One interface over
        SQLite's FTS5 and PostgreSQL's tsvector."""
        words = re.findall(r"\w+", query)
        if self.engine.dialect.name == "sqlite":
            expr = _fts_query(query) or '""'
            return (
                text(
                    "SELECT rowid AS pk, bm25(documents_fts) AS rank "
                    "FROM documents_fts WHERE documents_fts MATCH :q"
                )
                .bindparams(q=expr)
                .columns(pk=Integer, rank=Float)
                .subquery("fts")
            )
        tsquery = " & ".join(f"{w}:*" for w in words) or "''"
        both = " || ".join(
            f"to_tsquery('{config}', :q)" for config in ("simple", "russian", "german", "english")
        )
        return (
            text(f"SELECT pk, -ts_rank(search, {both}) AS rank FROM documents WHERE search @@ ({both})")
            .bindparams(q=tsquery)
            .columns(pk=Integer, rank=Float)
            .subquery("fts")
        )

    def search(self, query: str, limit: int = 20, lang: str | None = None) -> list[Hit]:
        """Full-text search over titles and texts, best first."""
        if not re.search(r"\w", query):
            return []
        fts = self.matching(query)
        stmt = (
            select(
                DocumentRow.id,
                DocumentRow.name,
                DocumentRow.title,
                DocumentRow.lang,
                DocumentRow.published,
                DocumentRow.text,
            )
            .join(fts, fts.c.pk == DocumentRow.pk)
            .order_by(fts.c.rank, DocumentRow.pk)
            .limit(limit)
        )
        if lang:
            stmt = stmt.where(DocumentRow.lang == lang)
        with self._session() as s:
            rows = s.execute(stmt).all()
        return [Hit(*row[:5], snippet(row[5], query)) for row in rows]

    def count(self) -> int:
        with Session(self.engine) as s:
            return int(s.scalar(select(func.count()).select_from(DocumentRow)) or 0)

    def stats(self, top: int = 10) -> dict[str, Any]:
        """Documents per language, date range, top sources and dateline places."""
        with Session(self.engine) as s:
            rows = s.execute(
                select(
                    DocumentRow.lang,
                    DocumentRow.published,
                    DocumentRow.dateline_agency,
                    DocumentRow.site,
                    DocumentRow.source,
                    DocumentRow.dateline_place,
                )
            ).all()
        langs: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        places: Counter[str] = Counter()
        dated = []
        undated = 0
        for lang, published, agency, site, source, place in rows:
            langs[lang or "unknown"] += 1
            sources[agency or site or _folder(source)] += 1
            if place:
                places[place] += 1
            if published and not published.startswith("XXXX"):
                dated.append(published)
            else:
                undated += 1
        with Session(self.engine) as s:
            event_types = dict(
                s.execute(
                    select(EventRow.type, func.count()).group_by(EventRow.type).order_by(func.count().desc())
                ).all()
            )
            entity_types = dict(
                s.execute(
                    select(EntityRow.type, func.count())
                    .group_by(EntityRow.type)
                    .order_by(func.count().desc())
                ).all()
            )
            threat_labels = dict(
                s.execute(
                    select(ThreatRow.label, func.count())
                    .group_by(ThreatRow.label)
                    .order_by(func.count().desc())
                ).all()
            )
        return {
            "events": event_types,
            "entities": entity_types,
            "threats": threat_labels,
            "documents": len(rows),
            "languages": dict(langs.most_common()),
            "date_range": [min(dated), max(dated)] if dated else None,
            "undated": undated,
            "top_sources": dict(sources.most_common(top)),
            "top_dateline_places": dict(places.most_common(top)),
        }


def _incident_pk(ref: str) -> int:
    digits = ref.upper().removeprefix("I")
    if not digits.isdigit():
        raise NotFoundError(f"{ref!r} is not an incident id (I12)")
    return int(digits)


def _incident_record(pk: int, type_: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    def most_common(key: str) -> Any:
        values = [m[key] for m in members if m.get(key)]
        return Counter(values).most_common(1)[0][0] if values else None

    documents = list({m["document"]: {"id": m["document"], "source": m["source"]} for m in members}.values())
    return {
        "id": f"I{pk}",
        "type": type_,
        "date_start": most_common("date_start"),
        "date_end": most_common("date_end"),
        "country": most_common("country"),
        "place": most_common("place"),
        "documents": documents,
        "languages": sorted({m["lang"] for m in members if m.get("lang")}),
        "conflicts": fuse.conflicts(members),
        "reports": [
            {
                "document": m["document"],
                "score": m["score"],
                "why": m["why"],
                "date_start": m["date_start"],
                "goods": m["goods"],
                "quantities": m["quantities"],
                "evidence": m["trigger"],
            }
            for m in members
        ],
    }


def _folder(source: str) -> str:
    path = source.rsplit(":", 1)[0] if re.search(r":\d+$", source) else source
    parent = Path(path).parent.name
    return parent or "."


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
