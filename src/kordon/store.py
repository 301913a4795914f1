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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Connection,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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
    __table_args__ = (Index("ix_bands_band_hash_document", "band", "hash", "document_pk"),)

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
    __table_args__ = (
        Index("uq_incident_keys_incident_key", "incident_pk", "key", unique=True),
        Index("ix_incident_keys_key_incident", "key", "incident_pk"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_pk: Mapped[int] = mapped_column(ForeignKey("incidents.pk", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80))


#: Documents per transaction when a stream is stored (``Store.add_all``, ``kordon ingest``):
#: larger batches spread the per-transaction work thinner; a crash costs at most one batch,
#: which the next run stores again.
STORE_BATCH = 128
#: Writers retry a lost race this many times.
_ATTEMPTS = 5
#: The PostgreSQL advisory lock that writers take in turn ("KOR").
_WRITE_LOCK = 0x4B4F52


#: How many of the documents sharing band keys with a new one are compared with it: those
#: sharing the most bands (the likeliest near-copies), so that the cost stays flat however many
#: earlier reports of a recurring template share a band or two.
NEAR_COPY_CANDIDATES = 16


@cache
def _near_copies_query(n: int) -> Any:
    """The documents sharing the most of ``n`` (band, hash) keys (one indexed look-up per
    band: a row-value IN would scan the table), with their signatures and the document each is
    a near-copy of; as one statement built once."""
    terms = " OR ".join(f"(band = :b{i} AND hash = :h{i})" for i in range(n))
    return text(
        "SELECT c.document_pk, s.minhash, d.duplicate_of FROM "
        f"(SELECT document_pk, count(*) AS shared FROM bands WHERE {terms} "
        f"GROUP BY document_pk ORDER BY shared DESC, document_pk LIMIT {NEAR_COPY_CANDIDATES}) AS c "
        "JOIN signatures s ON s.document_pk = c.document_pk "
        "LEFT JOIN duplicates d ON d.document_pk = c.document_pk"
    )


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _insert_keys(
    c: Connection, table: Table, rows: list[dict[str, Any]], read_back: Callable[[], list[int]]
) -> list[int]:
    """Insert ``rows`` in one statement; their primary keys, in the order of ``rows``.

    PostgreSQL returns them in parameter order. SQLite cannot from one statement (SQLAlchemy
    would insert row by row), so there ``read_back`` reads them afterwards.
    """
    if c.dialect.name == "sqlite":
        c.execute(table.insert(), rows)
        return read_back()
    return list(c.scalars(table.insert().returning(table.c.pk, sort_by_parameter_order=True), rows))


_INCIDENTS, _KEYS, _ENTITIES = _table(IncidentRow), _table(IncidentKeyRow), _table(EntityRow)
_ENTITY_COLUMNS = select(
    _ENTITIES.c.pk,
    _ENTITIES.c.id,
    _ENTITIES.c.canonical,
    _ENTITIES.c.key,
    _ENTITIES.c.aliases,
    _ENTITIES.c.role,
    _ENTITIES.c.affiliation,
)
#: Incidents of a type indexed under any of some keys, with their features.
_CANDIDATES = select(_INCIDENTS.c.pk, _INCIDENTS.c.features).where(
    _INCIDENTS.c.pk.in_(
        select(_KEYS.c.incident_pk).where(_KEYS.c.key.in_(bindparam("keys", expanding=True)))
    ),
    _INCIDENTS.c.type == bindparam("type"),
)


@dataclass(slots=True)
class Prepared:
    """A processed document with what storing it needs and no database does: its record as
    JSON (and its events), MinHash signature and band keys. See :func:`prepare`."""

    doc: Document
    record: str
    events: list[dict[str, Any]]
    signature: list[int]
    bands: list[tuple[int, str]]
    link_keys: dict[str, str]
    """Each entity's linking key (:func:`_link_key`), by entity id."""


def prepare(doc: Document) -> Prepared:
    """The database-free part of storing ``doc``; pure, so the engine's workers compute it
    beside the pipeline and the one writer has less to do."""
    full = record(doc)
    signature = fuse.minhash(doc.text)
    return Prepared(
        doc,
        json.dumps(full, ensure_ascii=False),
        full["events"],
        signature,
        fuse.bands(signature),
        {e.id: _link_key(e) for e in doc.entities},
    )


def _prepared(doc: Document | Prepared) -> Prepared:
    return doc if isinstance(doc, Prepared) else prepare(doc)


def _document_row(p: Prepared, now: dt.datetime) -> dict[str, Any]:
    doc = p.doc
    return {
        "id": doc.content_hash,
        "name": doc.id,
        "source": doc.source,
        "url": doc.url,
        "format": doc.format,
        "site": doc.site,
        "title": doc.title,
        "lang": doc.lang,
        "lang_confidence": doc.lang_confidence,
        "published": doc.published.edtf if doc.published else None,
        "published_precision": doc.published.precision if doc.published else None,
        "dateline_place": doc.dateline.place if doc.dateline else None,
        "dateline_country": doc.dateline.country if doc.dateline else None,
        "dateline_agency": doc.dateline.agency if doc.dateline else None,
        "raw": doc.raw,
        "text": doc.text,
        "record": p.record,
        "ingested_at": now,
    }


@dataclass(slots=True)
class _Linked:
    """A stored entity as a batch links documents to it (and adds names, role, affiliation)."""

    pk: int
    id: str
    canonical: str
    key: str
    aliases: list[str]
    role: str | None
    affiliation: str | None


class _Batch:
    """One :meth:`Store.add_many` transaction: the rows it writes at its end (mentions, goods,
    threats, signatures, bands, duplicates, incident members and keys, full text) and the
    indexes that let a document meet those stored before it in the same batch (band keys,
    incident keys, incidents' features: parsed once, written once)."""

    def __init__(self, c: Connection) -> None:
        self.c = c
        self.mentions: list[dict[str, Any]] = []
        self.goods: list[dict[str, Any]] = []
        self.threats: list[dict[str, Any]] = []
        self.fts: list[dict[str, Any]] = []
        self.members: list[dict[str, Any]] = []
        self.duplicates: list[dict[str, Any]] = []
        self.signature_rows: list[dict[str, Any]] = []
        self.band_rows: list[dict[str, Any]] = []
        self.key_rows: list[dict[str, Any]] = []
        self.signatures: dict[int, list[int]] = {}
        self.band_index: dict[tuple[int, str], list[int]] = {}
        self.duplicate_of: dict[int, int] = {}
        self.key_index: dict[str, set[int]] = {}
        self.types: dict[int, str] = {}
        self.features: dict[int, fuse.Features] = {}
        self.dirty: set[int] = set()
        self.entities: dict[str, _Linked] = {}
        self.changed: dict[str, _Linked] = {}

    # -- entities

    def entities_by_id(self, ids: list[str]) -> dict[str, _Linked]:
        """The stored entities (or this batch's) with these ids."""
        missing = [i for i in dict.fromkeys(ids) if i not in self.entities]
        if missing:
            for row in self.c.execute(_ENTITY_COLUMNS.where(_ENTITIES.c.id.in_(missing))):
                self._keep(row)
        return {i: self.entities[i] for i in ids if i in self.entities}

    def persons_by_key(self, keys: set[str]) -> dict[str, list[_Linked]]:
        """Stored persons (this batch's included) by linking key, in storage order."""
        if not keys:
            return {}
        out: dict[str, list[_Linked]] = {}
        for row in self.c.execute(
            _ENTITY_COLUMNS.where(_ENTITIES.c.type == "person", _ENTITIES.c.key.in_(keys)).order_by(
                _ENTITIES.c.pk
            )
        ):
            out.setdefault(row.key, []).append(self._keep(row))
        return out

    def _keep(self, row: Any) -> _Linked:
        if row.id not in self.entities:
            self.entities[row.id] = _Linked(
                row.pk, row.id, row.canonical, row.key, json.loads(row.aliases), row.role, row.affiliation
            )
        return self.entities[row.id]

    def create_entities(self, fresh: list[tuple[Entity, str]]) -> list[_Linked]:
        """Store new entities (with their linking keys); their linked rows."""
        if not fresh:
            return []
        rows = [
            {
                "id": e.id,
                "type": e.type,
                "canonical": e.canonical,
                "key": key,
                "country": e.country,
                "lat": e.coords[0] if e.coords else None,
                "lon": e.coords[1] if e.coords else None,
                "role": e.role,
                "affiliation": e.affiliation,
                "aliases": "[]",
            }
            for e, key in fresh
        ]
        pks = self.c.scalars(_ENTITIES.insert().returning(_ENTITIES.c.pk, sort_by_parameter_order=True), rows)
        made = []
        for (e, key), pk in zip(fresh, pks, strict=True):
            self.entities[e.id] = _Linked(pk, e.id, e.canonical, key, [], e.role, e.affiliation)
            made.append(self.entities[e.id])
        return made

    def enrich(self, row: _Linked, entity: Entity) -> None:
        """Add the entity's other names, role and affiliation to its linked row."""
        for alias in (entity.canonical, *entity.aliases):
            if alias != row.canonical and alias not in row.aliases:
                row.aliases.append(alias)
                self.changed[row.id] = row
        if entity.role and not row.role:
            row.role = entity.role
            self.changed[row.id] = row
        if entity.affiliation and not row.affiliation:
            row.affiliation = entity.affiliation
            self.changed[row.id] = row

    # -- near-copies

    def near_copies(self, keys: list[tuple[int, str]]) -> list[tuple[int, list[int], int | None]]:
        """Documents sharing a band key with ``keys`` (stored, then of this batch): their pk,
        signature and the document they are a near-copy of, if any."""
        params = {f"b{i}": b for i, (b, _) in enumerate(keys)} | {f"h{i}": h for i, (_, h) in enumerate(keys)}
        found = [
            (pk, json.loads(minhash), of)
            for pk, minhash, of in self.c.execute(_near_copies_query(len(keys)), params)
        ]
        mine = {pk for k in keys for pk in self.band_index.get(k, ())}
        found += [(pk, self.signatures[pk], self.duplicate_of.get(pk)) for pk in mine]
        return sorted(found, key=lambda row: row[0])

    def add_signature(self, document_pk: int, signature: list[int], keys: list[tuple[int, str]]) -> None:
        self.signatures[document_pk] = signature
        self.signature_rows.append({"document_pk": document_pk, "minhash": json.dumps(signature)})
        for band, hash_ in keys:
            self.band_rows.append({"document_pk": document_pk, "band": band, "hash": hash_})
            self.band_index.setdefault((band, hash_), []).append(document_pk)

    # -- incidents

    def candidates(self, keys: list[str], type_: str) -> list[tuple[int, fuse.Features]]:
        """The incidents of ``type_`` indexed under any of ``keys`` (stored or of this batch),
        in order, with their features (this batch's own where it has changed them)."""
        found: dict[int, fuse.Features] = {}
        for pk, raw in self.c.execute(_CANDIDATES, {"keys": sorted(set(keys)), "type": type_}):
            if pk not in self.features:
                self.types[pk], self.features[pk] = type_, fuse.Features.from_json(json.loads(raw))
            found[pk] = self.features[pk]
        for key in keys:
            for pk in self.key_index.get(key, ()):
                if self.types[pk] == type_:
                    found[pk] = self.features[pk]
        return sorted(found.items())

    def start_incident(self, feats: fuse.Features) -> int:
        pk: int = self.c.execute(
            _INCIDENTS.insert().returning(_INCIDENTS.c.pk),
            {"type": feats.type, "features": json.dumps(feats.to_json())},
        ).scalar_one()
        self.types[pk], self.features[pk] = feats.type, feats
        return pk

    def add_keys(self, incident_pk: int, keys: list[str]) -> None:
        """Index the incident under ``keys`` (those it has already are skipped on writing)."""
        for key in keys:
            holders = self.key_index.setdefault(key, set())
            if incident_pk not in holders:
                holders.add(incident_pk)
                self.key_rows.append({"incident_pk": incident_pk, "key": key})

    # -- the end

    def write(self) -> None:
        c = self.c
        if self.changed:
            c.execute(
                _ENTITIES.update().where(_ENTITIES.c.pk == bindparam("b_pk")),
                [
                    {
                        "b_pk": row.pk,
                        "aliases": json.dumps(row.aliases, ensure_ascii=False),
                        "role": row.role,
                        "affiliation": row.affiliation,
                    }
                    for row in self.changed.values()
                ],
            )
        if self.dirty:
            c.execute(
                _INCIDENTS.update().where(_INCIDENTS.c.pk == bindparam("b_pk")),
                [
                    {"b_pk": pk, "features": json.dumps(self.features[pk].to_json())}
                    for pk in sorted(self.dirty)
                ],
            )
        for model, rows in (
            (MentionRow, self.mentions),
            (GoodsRow, self.goods),
            (ThreatRow, self.threats),
            (SignatureRow, self.signature_rows),
            (BandRow, self.band_rows),
            (DuplicateRow, self.duplicates),
            (IncidentMemberRow, self.members),
        ):
            if rows:
                c.execute(_table(model).insert(), rows)
        if self.key_rows:
            insert_ = sqlite_insert if c.dialect.name == "sqlite" else postgresql_insert
            c.execute(insert_(_KEYS).on_conflict_do_nothing(), self.key_rows)
        if self.fts:
            c.execute(
                text("INSERT INTO documents_fts(rowid, title, text) VALUES (:pk, :title, :text)"), self.fts
            )


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

    def add(self, doc: Document | Prepared) -> bool:
        """Store ``doc`` unless the same content is there; True when it was new.

        Safe for several processes writing to one database: on PostgreSQL writers take turns on
        an advisory lock, on SQLite on the database lock; a writer that loses a race (the same
        document or entity stored meanwhile) retries, so nothing is lost or stored twice.
        """
        return self.add_many([doc])[0]

    def add_many(self, docs: Sequence[Document | Prepared]) -> list[bool]:
        """Store ``docs`` in one transaction (all or none), in order, as :meth:`add` would one
        by one; whether each was new (a repeat within ``docs`` is not)."""
        prepared = [_prepared(d) for d in docs]
        if not prepared:
            return []
        what = prepared[0].doc.source if len(prepared) == 1 else f"{len(prepared)} documents"
        for attempt in range(_ATTEMPTS):
            try:
                return self._add_batch(prepared)
            except (IntegrityError, OperationalError) as exc:
                if attempt == _ATTEMPTS - 1:
                    raise StoreError(f"cannot store {what} in {self.url}: {_reason(exc)}") from exc
                time.sleep(0.05 * 2**attempt)
            except DBAPIError as exc:
                raise StoreError(f"cannot store {what} in {self.url}: {_reason(exc)}") from exc
        return []  # pragma: no cover (the loop returns or raises)

    def add_all(
        self, docs: Iterable[Document | Prepared], batch: int = STORE_BATCH
    ) -> Iterator[tuple[Document, bool | StoreError]]:
        """Store a stream of documents ``batch`` at a time (one transaction each); for each, in
        order, whether it was new, or the :class:`StoreError` that kept it out. A batch that
        fails is stored again one document at a time, so one bad document costs only itself."""
        pending: list[Prepared] = []  # prepared once, even when a failed batch is retried

        def flush() -> Iterator[tuple[Document, bool | StoreError]]:
            try:
                results: list[bool | StoreError] = list(self.add_many(pending))
            except StoreError:
                results = []
                for item in pending:
                    try:
                        results.append(self.add(item))
                    except StoreError as exc:
                        results.append(exc)
            yield from zip([p.doc for p in pending], results, strict=True)
            pending.clear()

        for doc in docs:
            pending.append(_prepared(doc))
            if len(pending) >= batch:
                yield from flush()
        if pending:
            yield from flush()

    def _add_batch(self, prepared: list[Prepared]) -> list[bool]:
        with self.engine.begin() as c:  # one transaction; every write is Core on this connection
            if c.dialect.name == "postgresql":
                c.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})
            ids = [p.doc.content_hash for p in prepared]
            documents = _table(DocumentRow)
            known = set(c.scalars(select(documents.c.id).where(documents.c.id.in_(set(ids)))))
            results = []
            new: list[Prepared] = []
            for p, doc_id in zip(prepared, ids, strict=True):
                results.append(doc_id not in known)
                if doc_id not in known:
                    known.add(doc_id)
                    new.append(p)
            if not new:
                return results
            now = dt.datetime.now(dt.UTC)
            rows = [_document_row(p, now) for p in new]
            hashes = [r["id"] for r in rows]

            def by_hash() -> list[int]:
                found = c.execute(select(documents.c.id, documents.c.pk).where(documents.c.id.in_(hashes)))
                stored = {content: pk for content, pk in found}
                return [stored[h] for h in hashes]

            doc_pks = _insert_keys(c, documents, rows, by_hash)
            batch = _Batch(c)
            event_pks = self._add_events(new, doc_pks, batch)
            for p, pk, ev_pks in zip(new, doc_pks, event_pks, strict=True):
                self._add_entities(p, pk, batch)
                duplicate_of = self._add_signature(p, pk, batch)
                self._fuse(p.doc, p.events, pk, ev_pks, duplicate_of, batch)
                if c.dialect.name == "sqlite":
                    batch.fts.append({"pk": pk, "title": p.doc.title or "", "text": p.doc.text})
            batch.write()
        return results

    def _add_entities(self, p: Prepared, document_pk: int, batch: _Batch) -> None:
        """Link the document's entities to stored ones (by id, then by transliteration key and
        fuzzy name for persons) and store every mention with its offsets."""
        doc, keys = p.doc, p.link_keys
        known = batch.entities_by_id([e.id for e in doc.entities])
        by_key = batch.persons_by_key(
            {keys[e.id] for e in doc.entities if e.type == "person" and e.id not in known}
        )
        fresh: list[tuple[Entity, str]] = []
        linked: dict[str, _Linked] = {}
        for entity in doc.entities:
            row = known.get(entity.id)
            if row is None and entity.type == "person":
                row = next(
                    (
                        o
                        for o in by_key.get(keys[entity.id], [])
                        if similar(o.canonical, entity.canonical, 0.8)
                    ),
                    None,
                )
            if row is None:
                fresh.append((entity, keys[entity.id]))
                continue
            linked[entity.id] = row
            batch.enrich(row, entity)
        for (entity, _), row in zip(fresh, batch.create_entities(fresh), strict=True):
            linked[entity.id] = row
            batch.enrich(row, entity)
        for m in doc.mentions:
            row = linked.get(m.entity_id) if m.entity_id else None
            if row is None:
                continue
            raw = doc.raw_span(m.span)
            batch.mentions.append(
                {
                    "document_pk": document_pk,
                    "entity_pk": row.pk,
                    "kind": m.kind,
                    "start": m.span.start,
                    "end": m.span.end,
                    "raw_start": raw.start if raw else None,
                    "raw_end": raw.end if raw else None,
                    "surface": m.surface,
                    "component": m.component,
                }
            )

    def _add_signature(self, p: Prepared, document_pk: int, batch: _Batch) -> int | None:
        """Store the document's MinHash and bands; link it to the earliest near-copy, if any."""
        best: tuple[float, int, int | None] | None = None
        for other_pk, signature, of in batch.near_copies(p.bands):
            similarity = fuse.jaccard(p.signature, signature)
            if similarity >= fuse.DUPLICATE_JACCARD and (best is None or similarity > best[0]):
                best = (similarity, other_pk, of)
        batch.add_signature(document_pk, p.signature, p.bands)
        if best is None:
            return None
        original = best[2] or best[1]
        batch.duplicate_of[document_pk] = original
        batch.duplicates.append(
            {"document_pk": document_pk, "duplicate_of": original, "similarity": round(best[0], 3)}
        )
        return original

    def _fuse(
        self,
        doc: Document,
        events: list[dict[str, Any]],
        document_pk: int,
        event_pks: list[int],
        duplicate_of: int | None,
        batch: _Batch,
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
            keys = list(dict.fromkeys(date_keys + places + (unplaced if undated else [])))
            best: tuple[float, int, dict[str, Any]] | None = None
            for pk, inc_feats in batch.candidates(lookup, feats.type):
                if document_pk in inc_feats.documents:
                    continue  # one document reports an incident once
                near = duplicate_of is not None and duplicate_of in inc_feats.documents
                value, why = fuse.score(feats, inc_feats, near)
                if value > 0 and allies & inc_feats.documents:
                    value += fuse.ALLY_BONUS  # this document already shares an incident with one of these
                    why["allies"] = sorted(allies & inc_feats.documents)
                    why["score"] = round(value, 3)
                if value >= fuse.JOIN_SCORE and (best is None or value > best[0]):
                    best = (value, pk, why)
            if best is None:
                incident_pk = batch.start_incident(feats)
                score, why = None, {"started": True}
            else:
                score, incident_pk, why = best
                merged = batch.features[incident_pk]
                allies |= merged.documents - {document_pk}
                merged.merge(feats)
                batch.dirty.add(incident_pk)
            batch.members.append(
                {
                    "incident_pk": incident_pk,
                    "event_pk": event_pk,
                    "score": score,
                    "why": json.dumps(why, ensure_ascii=False),
                }
            )
            batch.add_keys(incident_pk, keys)

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

    def _add_events(self, new: list[Prepared], doc_pks: list[int], batch: _Batch) -> list[list[int]]:
        """Every event of the new documents in one statement; their pks, per document."""
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
            for p, document_pk in zip(new, doc_pks, strict=True)
            for ev, data in zip(p.doc.events, p.events, strict=True)
        ]
        pks: list[int] = []
        if rows:
            events, c = _table(EventRow), batch.c
            # the keys of these new documents' events, which SQLite numbers in insertion order
            pks = _insert_keys(
                c,
                events,
                rows,
                lambda: list(
                    c.scalars(
                        select(events.c.pk).where(events.c.document_pk.in_(doc_pks)).order_by(events.c.pk)
                    )
                ),
            )
        out: list[list[int]] = []
        at = 0
        for p, document_pk in zip(new, doc_pks, strict=True):
            mine = pks[at : at + len(p.doc.events)]
            at += len(p.doc.events)
            out.append(mine)
            batch.goods += [
                {
                    "event_pk": pk,
                    "category": g.get("category"),
                    "substance": g.get("substance"),
                    "value": g.get("value"),
                    "unit": g.get("unit"),
                    "qualifier": g.get("qualifier"),
                }
                for ev, pk in zip(p.doc.events, mine, strict=True)
                for g in ev.goods
            ]
            batch.threats += [
                {"document_pk": document_pk, "label": label}
                for label in sorted({t.label for t in p.doc.threats})
            ]
        return out

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
