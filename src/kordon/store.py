"""The store: SQLAlchemy 2 models of the record, Alembic migrations, full-text search.

SQLite (WAL, foreign keys, FTS5) by default; the schema is migrated by Alembic so that
PostgreSQL can follow. Only this module speaks SQL.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    DateTime,
    Engine,
    Float,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from .document import Document
from .errors import NotFoundError, StoreError
from .export import record

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
    cur.close()


def _fts_query(query: str) -> str:
    """A user query as an FTS5 expression: every word must occur, as a prefix, so that
    inflected forms match ("героин" finds "героина"); quoting keeps FTS syntax inert."""
    terms = [f'"{word}"*' for word in re.findall(r"\w+", query)]
    return " ".join(terms)


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
        with self.engine.begin() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

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
        """Store ``doc`` unless the same content is there; True when it was new."""
        doc_id = doc.content_hash
        with self._session() as s:
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
                record=json.dumps(record(doc), ensure_ascii=False),
                ingested_at=dt.datetime.now(dt.UTC),
            )
            s.add(row)
            s.flush()
            if self.engine.dialect.name == "sqlite":
                s.execute(
                    text("INSERT INTO documents_fts(rowid, title, text) VALUES (:pk, :title, :text)"),
                    {"pk": row.pk, "title": doc.title or "", "text": doc.text},
                )
        return True

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

    def search(self, query: str, limit: int = 20, lang: str | None = None) -> list[Hit]:
        """Full-text search over titles and texts, best first."""
        expr = _fts_query(query)
        if not expr:
            return []
        sql = (
            "SELECT d.id, d.name, d.title, d.lang, d.published, "
            "snippet(documents_fts, 1, '[', ']', '…', 16) "
            "FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
            "WHERE documents_fts MATCH :q"
            + (" AND d.lang = :lang" if lang else "")
            + " ORDER BY bm25(documents_fts) LIMIT :limit"
        )
        with self._session() as s:
            rows = s.execute(text(sql), {"q": expr, "lang": lang, "limit": limit}).all()
        return [Hit(*row) for row in rows]

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
        return {
            "documents": len(rows),
            "languages": dict(langs.most_common()),
            "date_range": [min(dated), max(dated)] if dated else None,
            "undated": undated,
            "top_sources": dict(sources.most_common(top)),
            "top_dateline_places": dict(places.most_common(top)),
        }


def _folder(source: str) -> str:
    path = source.rsplit(":", 1)[0] if re.search(r":\d+$", source) else source
    parent = Path(path).parent.name
    return parent or "."


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
