"""Read-side queries over a :class:`~kordon.store.Store`, for the API, the exports and the dashboard.

Every function takes the store and answers plain dicts (JSON-ready). Queries are SQLAlchemy
Core/ORM expressions only, so they run on SQLite and PostgreSQL alike; a page of results is
completed with a fixed number of queries (never one per row).

Two readings of the common filters:

- *document filters* (documents, stats, network, document-based exports): every filter asks
  something of a document: a country it names, an event of some type it reports, a
  publication date within bounds;
- *event filters* (events, map, event-based exports): ``type``, ``substance``, ``country`` and
  the dates ask it of the event itself; the others of the event's document.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    and_,
    exists,
    false,
    func,
    insert,
    intersect,
    literal_column,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from . import kb
from .errors import NotFoundError
from .store import (
    Base,
    DocumentRow,
    DuplicateRow,
    EntityRow,
    EventRow,
    GoodsRow,
    IncidentMemberRow,
    IncidentRow,
    MentionRow,
    Store,
    ThreatRow,
    _incident_record,
    snippet,
)
from .translit import similar, skeleton

log = logging.getLogger("kordon.query")

#: Entity types that place a document in a country.
COUNTRY_TYPES = ("country", "place", "agency")
#: Entity types of the co-occurrence network.
NETWORK_TYPES = ("organization", "agency", "person")
SORTS = ("published", "-published", "relevance")
MAX_SIZE = 200
SNIPPET_WIDTH = 200
_EDTF_BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class Filters:
    """The common filters of ``docs/api.md``; ``None`` (or empty) means "any"."""

    q: str | None = None
    lang: str | None = None
    country: str | None = None
    organization: str | None = None
    person: str | None = None
    entity: str | None = None
    threat: str | None = None
    type: str | None = None
    substance: str | None = None
    since: str | None = None
    until: str | None = None

    def cleaned(self) -> Filters:
        """The same filters with blanks dropped and codes normalised."""
        values: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            values[f.name] = value.strip() if isinstance(value, str) and value.strip() else None
        if values["country"]:
            values["country"] = values["country"].upper()
        if values["lang"]:
            values["lang"] = values["lang"].lower()
        if values["substance"]:
            values["substance"] = values["substance"].lower()
        return replace(self, **values)

    @property
    def has_query(self) -> bool:
        return bool(self.q and re.search(r"\w", self.q))


def valid_date_bound(value: str) -> bool:
    """Whether ``value`` is a date bound the filters accept (``2024``, ``2024-03``, ``2024-03-05``)."""
    return bool(_EDTF_BOUND.fullmatch(value))


# --------------------------------------------------------------------------- derived tables


class DocumentCountryRow(Base):
    """A country a document names (a country, place or agency of it, its dateline, an event
    there): derived from the stored rows by :func:`sync_countries`, for filters and counts."""

    __tablename__ = "document_countries"
    __table_args__ = (Index("ix_document_countries_country", "country", "document_pk"),)

    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)


class DerivedStateRow(Base):
    """How far a derived table has been brought: the last document pk it covers."""

    __tablename__ = "derived_state"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


_SYNCED: dict[tuple[str, int], int] = {}
_SYNC_LOCK = threading.Lock()
_COUNTRIES = "document_countries"


def _identity(store: Store) -> tuple[str, int]:
    """What the in-process memories are kept by: the database and this opening of it (a file
    deleted and made again at the same path is another database)."""
    return (store.url, id(store.engine))


def sync_countries(store: Store, batch: int = 20_000) -> int:
    """Bring ``document_countries`` up to the last stored document; returns the pk it covers.

    A stored document never changes (its mentions, entities' countries, dateline and events
    are written once), so the table grows by the documents added since the last call: a
    cheap check per request, and one pass over the store the first time. Idempotent, so
    concurrent callers may overlap.
    """
    with store.engine.connect() as conn:
        top = int(conn.scalar(select(func.max(DocumentRow.pk))) or 0)
    if _SYNCED.get(_identity(store), -1) >= top:
        return top
    with _SYNC_LOCK:
        try:
            with Session(store.engine) as s:
                mark = int(
                    s.scalar(select(DerivedStateRow.value).where(DerivedStateRow.name == _COUNTRIES)) or 0
                )
            while mark < top:
                upto = min(top, mark + batch)
                _sync_range(store, mark, upto)
                mark = upto
        except OperationalError as exc:  # e.g. a writer holding SQLite's lock past its timeout
            log.warning("documents' countries not brought up to date this time: %s", exc.orig or exc)
            return top
        _SYNCED[_identity(store)] = top
    return top


def _sync_range(store: Store, after: int, upto: int) -> None:
    def in_range(column: Any) -> ColumnElement[bool]:
        return and_(column > after, column <= upto)

    pairs = union(
        select(MentionRow.document_pk.label("document_pk"), EntityRow.country.label("country"))
        .join(EntityRow, EntityRow.pk == MentionRow.entity_pk)
        .where(
            in_range(MentionRow.document_pk),
            EntityRow.type.in_(COUNTRY_TYPES),
            EntityRow.country.is_not(None),
        ),
        select(DocumentRow.pk, DocumentRow.dateline_country).where(
            in_range(DocumentRow.pk), DocumentRow.dateline_country.is_not(None)
        ),
        select(EventRow.document_pk, EventRow.country).where(
            in_range(EventRow.document_pk), EventRow.country.is_not(None)
        ),
    ).subquery()
    known = aliased(DocumentCountryRow)
    fresh = select(pairs.c.document_pk, pairs.c.country).where(
        ~exists().where(known.document_pk == pairs.c.document_pk, known.country == pairs.c.country)
    )
    try:
        with Session(store.engine) as s, s.begin():
            s.execute(insert(DocumentCountryRow).from_select(["document_pk", "country"], fresh))
            state = s.get(DerivedStateRow, _COUNTRIES)
            if state is None:
                s.add(DerivedStateRow(name=_COUNTRIES, value=upto))
            elif state.value < upto:
                state.value = upto
    except IntegrityError:
        pass  # another process synced the same documents at the same time


# --------------------------------------------------------------------------- filters


def _date_conditions(column: Any, since: str | None, until: str | None) -> list[ColumnElement[bool]]:
    """EDTF strings compare lexically; a date whose year is unknown (``XXXX-``) never passes."""
    out: list[ColumnElement[bool]] = []
    if since or until:
        out.append(column.is_not(None))
        out.append(~column.startswith("X"))
    if since:
        out.append(column >= since)
    if until:
        out.append(column <= until + "~")  # "~" sorts after every digit and dash
    return out


def _entity_pks(s: Connection, f: Filters) -> list[list[int]] | None:
    """For each entity filter given, the stored entities it names; ``None`` if there is none."""
    groups: list[list[int]] = []
    if f.entity:
        groups.append(list(s.scalars(select(EntityRow.pk).where(EntityRow.id == f.entity))))
    if f.organization:
        groups.append(_named(s, "organization", f.organization))
    if f.person:
        groups.append(_named(s, "person", f.person))
    return groups or None


def _named(s: Connection, type_: str, name: str) -> list[int]:
    """Entities of ``type_`` whose id, canonical name, acronym or alias is ``name`` (any case);
    for persons also those whose name is a close spelling of it (Kubrakow ~ Кубраков)."""
    folded = name.casefold()
    prefix = "org:" if type_ == "organization" else "person:"
    cond = or_(
        EntityRow.id == name,
        EntityRow.id == prefix + name.upper(),
        EntityRow.canonical == name,
        func.lower(EntityRow.canonical) == folded,
        EntityRow.aliases.contains(json.dumps(name, ensure_ascii=False), autoescape=True),
    )
    pks = set(s.scalars(select(EntityRow.pk).where(EntityRow.type == type_, cond)))
    if type_ == "person":
        key = skeleton(name).split()
        if key:
            for pk, canonical in s.execute(
                select(EntityRow.pk, EntityRow.canonical).where(
                    EntityRow.type == "person", EntityRow.key == key[-1]
                )
            ):
                if similar(canonical, name, 0.8):
                    pks.add(pk)
    else:
        # acronyms and aliases in any case ("csto"), checked in Python: the JSON list is small
        for pk, canonical, aliases in s.execute(
            select(EntityRow.pk, EntityRow.canonical, EntityRow.aliases).where(EntityRow.type == type_)
        ):
            if canonical.casefold() == folded or folded in (a.casefold() for a in json.loads(aliases)):
                pks.add(pk)
    return sorted(pks)


def _documents_in_country(country: str) -> Any:
    """Pks of documents that name ``country`` (see :class:`DocumentCountryRow`)."""
    return select(DocumentCountryRow.document_pk).where(DocumentCountryRow.country == country)


def _names_country(doc_pk: Any, country: str) -> ColumnElement[bool]:
    """Whether the document ``doc_pk`` (a correlated column) names ``country``."""
    return exists().where(DocumentCountryRow.document_pk == doc_pk, DocumentCountryRow.country == country)


def _has_event(doc_pk: Any, type_: str | None, substance: str | None) -> ColumnElement[bool]:
    cond = exists().where(EventRow.document_pk == doc_pk)
    if type_:
        cond = cond.where(EventRow.type == type_)
    if substance:
        cond = cond.where(exists().where(GoodsRow.event_pk == EventRow.pk, GoodsRow.substance == substance))
    return cond


def _document_sets(s: Connection, f: Filters, *, fts: Any = None, events_too: bool = True) -> list[Any]:
    """One ``SELECT`` of document pks per document-level filter (with ``events_too``, the event
    filters asked of documents too): the documents passing every filter are their
    intersection. Each reads an index; none reads the documents' rows."""
    sets: list[Any] = []
    if fts is not None:
        sets.append(select(fts.c.pk))
    if f.lang:
        sets.append(select(DocumentRow.pk).where(DocumentRow.lang == f.lang))
    if f.threat:
        sets.append(select(ThreatRow.document_pk).where(ThreatRow.label == f.threat))
    for pks in _entity_pks(s, f) or []:
        if pks:
            sets.append(select(MentionRow.document_pk).where(MentionRow.entity_pk.in_(pks)))
        else:
            sets.append(select(DocumentRow.pk).where(false()))
    if events_too:
        if f.country:
            sets.append(_documents_in_country(f.country))
        if f.type or f.substance:
            ev = select(EventRow.document_pk)
            if f.type:
                ev = ev.where(EventRow.type == f.type)
            if f.substance:
                ev = ev.where(
                    EventRow.pk.in_(select(GoodsRow.event_pk).where(GoodsRow.substance == f.substance))
                )
            sets.append(ev)
        if f.since or f.until:
            sets.append(
                select(DocumentRow.pk).where(*_date_conditions(DocumentRow.published, f.since, f.until))
            )
    return sets


def _count_sets(s: Connection, sets: list[Any]) -> int:
    """How many documents are in every one of ``sets`` (all documents when there is none)."""
    if not sets:
        return int(s.scalar(select(func.count()).select_from(DocumentRow)) or 0)
    subs = [x.subquery() for x in sets]
    if len(subs) == 1:
        return int(s.scalar(select(func.count(func.distinct(subs[0].c[0])))) or 0)
    both = intersect(*(select(sub.c[0]) for sub in subs)).subquery()
    return int(s.scalar(select(func.count()).select_from(both)) or 0)


def _document_conditions(
    s: Connection,
    f: Filters,
    *,
    fts: Any = None,
    events_too: bool = True,
    correlated: bool = False,
    doc_pk: Any = None,
) -> list[ColumnElement[bool]]:
    """Conditions for the document-level filters, on the document whose pk is ``doc_pk``
    (``documents.pk`` by default).

    Two forms of the same test, for two query plans: membership in the sets of
    :func:`_document_sets` (``pk IN (SELECT ...)``, for small results, looked up by key) or,
    ``correlated``, ``EXISTS`` per document and ``pk + 0 IN`` the full-text matches, so that the
    database walks a date index newest first and stops after a page. With ``events_too`` the
    event filters (type, substance, country, dates) are asked of the document too; without,
    the caller applies them to events.
    """
    key = doc_pk if doc_pk is not None else DocumentRow.pk
    if not correlated:
        own = doc_pk is None  # the document's own columns, rather than a list of its pks
        out = [
            key.in_(x)
            for x in _document_sets(
                s,
                replace(f, lang=None if own else f.lang, since=None, until=None),
                fts=fts,
                events_too=events_too,
            )
        ]
        if own and f.lang:
            out.append(DocumentRow.lang == f.lang)
        if events_too:
            out.extend(_date_conditions(DocumentRow.published, f.since, f.until))
        return out
    out = []
    if fts is not None:
        out.append((key + 0).in_(select(fts.c.pk)))
    if f.lang and doc_pk is None:
        out.append(DocumentRow.lang == f.lang)
    elif f.lang:
        out.append(exists(select(DocumentRow.pk).where(DocumentRow.pk == key, DocumentRow.lang == f.lang)))
    if f.threat:
        out.append(exists().where(ThreatRow.document_pk == key, ThreatRow.label == f.threat))
    for pks in _entity_pks(s, f) or []:
        if pks:
            out.append(exists().where(MentionRow.document_pk == key, MentionRow.entity_pk.in_(pks)))
        else:
            out.append(false())
    if events_too:
        if f.country:
            out.append(_names_country(key, f.country))
        if f.type or f.substance:
            out.append(_has_event(key, f.type, f.substance))
        out.extend(_date_conditions(DocumentRow.published, f.since, f.until))
    return out


def _event_conditions(f: Filters, *, correlated: bool = False) -> list[ColumnElement[bool]]:
    """Conditions on :class:`EventRow` for the event-level filters."""
    out: list[ColumnElement[bool]] = []
    if f.type:
        out.append(EventRow.type == f.type)
    if f.country:
        out.append(EventRow.country == f.country)
    if f.substance:
        if correlated:
            out.append(exists().where(GoodsRow.event_pk == EventRow.pk, GoodsRow.substance == f.substance))
        else:
            out.append(EventRow.pk.in_(select(GoodsRow.event_pk).where(GoodsRow.substance == f.substance)))
    out.extend(_date_conditions(EventRow.date_start, f.since, f.until))
    return out


def _page(page: int, size: int) -> tuple[int, int]:
    page = max(1, page)
    size = min(max(1, size), MAX_SIZE)
    return page, size


def _published_order(column: Any, oldest_first: bool) -> list[Any]:
    """Dated values first (newest or oldest first), then unknown years, then none."""
    unknown = or_(column.is_(None), column >= "A")
    return [unknown, column.is_(None), column.asc() if oldest_first else column.desc()]


_COUNTS: OrderedDict[tuple[Any, ...], tuple[int, Any]] = OrderedDict()
_COUNTS_LOCK = threading.Lock()
COUNT_CACHE = 512


def _cached_count(
    s: Connection, store: Store, key: tuple[Any, ...], count: Callable[[], int], version: int | None = None
) -> int:
    """``count()``, remembered per store and filters until a document is added: paging through
    results, or a dashboard asking again, costs no second count."""
    return int(_cached(s, store, key, count, version))


def _cached(
    s: Connection, store: Store, key: tuple[Any, ...], compute: Callable[[], Any], version: int | None = None
) -> Any:
    """``compute()``, remembered per store and key until a document is added (the largest
    document pk tells; a stored document never changes). Callers copy what they hand out."""
    if version is None:
        version = int(s.scalar(select(func.max(DocumentRow.pk))) or 0)
    full = (*_identity(store), *key)
    with _COUNTS_LOCK:
        hit = _COUNTS.get(full)
        if hit is not None and hit[0] == version:
            _COUNTS.move_to_end(full)
            return hit[1]
    value = compute()
    with _COUNTS_LOCK:
        _COUNTS[full] = (version, value)
        _COUNTS.move_to_end(full)
        while len(_COUNTS) > COUNT_CACHE:
            _COUNTS.popitem(last=False)
    return value


#: Up to this many results, a page is sorted in full; beyond, it is read off the date index.
SMALL_RESULT = 1500


def _dated_page(
    s: Connection,
    stmt: Any,
    column: Any,
    pk: Any,
    offset: int,
    size: int,
    oldest_first: bool,
    count_dated: Any,
) -> list[Any]:
    """A page of ``stmt`` in date order, walking the date index: dated values (digits sort
    before ``A``) newest (or oldest) first, then unknown years (``XXXX-``) and none.

    Two queries at most; ``count_dated()`` is called only for a page past every dated row.
    """
    dated = column < "A"
    order = [column.asc(), pk.asc()] if oldest_first else [column.desc(), pk.desc()]
    rows = list(s.execute(stmt.where(dated).order_by(*order).limit(size).offset(offset)).all())
    if len(rows) == size:
        return rows
    n_dated = offset + len(rows) if rows or not offset else int(count_dated())
    later = [column.asc().nulls_last() if oldest_first else column.desc().nulls_last(), order[1]]
    rest = s.execute(
        stmt.where(or_(column >= "A", column.is_(None)))
        .order_by(*later)
        .limit(size - len(rows))
        .offset(max(0, offset - n_dated))
    ).all()
    return rows + list(rest)


# --------------------------------------------------------------------------- documents


def _summaries(
    s: Connection, rows: Sequence[Any], q: str | None, with_text: dict[int, str] | None = None
) -> list[dict[str, Any]]:
    """Document summaries for rows of (pk, id, name, title, lang, published, source, url,
    dateline place, country, agency, text or its start): one more query for the whole page."""
    pks = [r.pk for r in rows]
    countries: dict[int, set[str]] = defaultdict(set)
    threats: dict[int, set[str]] = defaultdict(set)
    types: dict[int, set[str]] = defaultdict(set)
    if pks:
        by_kind = {"c": countries, "e": types, "t": threats}
        tagged: Any = union_all(
            select(DocumentCountryRow.document_pk, literal_column("'c'"), DocumentCountryRow.country).where(
                DocumentCountryRow.document_pk.in_(pks)
            ),
            select(EventRow.document_pk, literal_column("'e'"), EventRow.type).where(
                EventRow.document_pk.in_(pks)
            ),
            select(ThreatRow.document_pk, literal_column("'t'"), ThreatRow.label).where(
                ThreatRow.document_pk.in_(pks)
            ),
        )
        for doc_pk, kind, value in s.execute(tagged):  # one round trip for the three lists
            by_kind[kind][doc_pk].add(value)
    out = []
    for r in rows:
        body = r.body
        out.append(
            {
                "id": r.id,
                "name": r.name,
                "title": r.title,
                "lang": r.lang,
                "published": r.published,
                "source": r.source,
                "url": r.url,
                "dateline": {
                    "place": r.dateline_place,
                    "country": r.dateline_country,
                    "agency": r.dateline_agency,
                }
                if (r.dateline_place or r.dateline_agency or r.dateline_country)
                else None,
                "snippet": snippet(body, q, width=SNIPPET_WIDTH) if q else _lead(body),
                "countries": sorted(countries[r.pk]),
                "threats": sorted(threats[r.pk]),
                "event_types": sorted(types[r.pk]),
            }
        )
    return out


def _lead(body: str) -> str:
    cut = " ".join(body[: SNIPPET_WIDTH + 1].split())
    return cut[:SNIPPET_WIDTH] + ("…" if len(cut) > SNIPPET_WIDTH else "")


def _summary_columns(q: bool) -> list[Any]:
    body = DocumentRow.text if q else func.substr(DocumentRow.text, 1, SNIPPET_WIDTH + 40)
    return [
        DocumentRow.pk,
        DocumentRow.id,
        DocumentRow.name,
        DocumentRow.title,
        DocumentRow.lang,
        DocumentRow.published,
        DocumentRow.source,
        DocumentRow.url,
        DocumentRow.dateline_place,
        DocumentRow.dateline_country,
        DocumentRow.dateline_agency,
        body.label("body"),
    ]


def documents(
    store: Store, filters: Filters, page: int = 1, size: int = 20, sort: str = "published"
) -> dict[str, Any]:
    """A page of document summaries passing the document filters, with the total."""
    f = filters.cleaned()
    page, size = _page(page, size)
    if f.q is not None and not f.has_query:
        return {"total": 0, "page": page, "size": size, "items": []}
    version = sync_countries(store)
    with store.engine.connect() as s:
        total, pks = _document_page(s, store, f, (page - 1) * size, size, sort, version)
        rows = {}
        if pks:
            rows = {
                r.pk: r
                for r in s.execute(select(*_summary_columns(f.q is not None)).where(DocumentRow.pk.in_(pks)))
            }
        items = _summaries(s, [rows[pk] for pk in pks if pk in rows], f.q)
    return {"total": total, "page": page, "size": size, "items": items}


def _document_page(
    s: Connection, store: Store, f: Filters, offset: int, size: int, sort: str, version: int | None = None
) -> tuple[int, list[int]]:
    """The number of documents passing the filters, and the pks of one page of them.

    The plan follows the size of the result: a small one is sorted in full; a large one is
    read off the publication-date index, newest first, and the reading stops after the page.
    """
    fts = store.matching(f.q) if f.q is not None else None
    others = _document_conditions(s, f)
    listed = _document_conditions(s, f, fts=fts)
    total = _cached_count(
        s, store, ("documents", f), lambda: _count_sets(s, _document_sets(s, f, fts=fts)), version
    )
    if offset >= total:
        return total, []
    if sort == "relevance" and fts is not None:
        by_rank = select(fts.c.pk).order_by(fts.c.rank, fts.c.pk.desc())
        if others:
            by_rank = by_rank.join(DocumentRow, DocumentRow.pk == fts.c.pk).where(*others)
        return total, list(s.scalars(by_rank.limit(size).offset(offset)))
    oldest = sort == "-published"
    tie = DocumentRow.pk.asc() if oldest else DocumentRow.pk.desc()
    if total <= SMALL_RESULT:
        stmt = (
            select(DocumentRow.pk)
            .where(*listed)
            .order_by(*_published_order(DocumentRow.published, oldest), tie)
            .limit(size)
            .offset(offset)
        )
        return total, list(s.scalars(stmt))
    walk = select(DocumentRow.pk).where(*_document_conditions(s, f, fts=fts, correlated=True))

    def count_dated() -> int:
        stmt = select(func.count()).select_from(DocumentRow).where(*listed, DocumentRow.published < "A")
        return int(s.scalar(stmt) or 0)

    rows = _dated_page(s, walk, DocumentRow.published, DocumentRow.pk, offset, size, oldest, count_dated)
    return total, [r[0] for r in rows]


def _matching_documents(s: Connection, store: Store, f: Filters) -> Select[Any]:
    """``SELECT pk`` of the documents passing the document filters."""
    fts = store.matching(f.q) if f.q is not None else None
    return select(DocumentRow.pk).where(*_document_conditions(s, f, fts=fts))


def document(store: Store, ref: str) -> dict[str, Any]:
    """One document: its summary fields, cleaned text, entities with their mentions, events,
    threats with their spans, the incidents it reports and the document it duplicates."""
    row = store.get(ref)
    rec = json.loads(row.record)
    sync_countries(store)
    with store.engine.connect() as s:
        summary_row = s.execute(select(*_summary_columns(False)).where(DocumentRow.pk == row.pk)).one()
        summary = _summaries(s, [summary_row], None)[0]
        entities: dict[int, dict[str, Any]] = {}
        for ent in s.execute(
            select(
                *_ENTITY_COLUMNS,
                MentionRow.start,
                MentionRow.end,
                MentionRow.surface,
                MentionRow.kind,
                MentionRow.component,
            )
            .join(MentionRow, MentionRow.entity_pk == EntityRow.pk)
            .where(MentionRow.document_pk == row.pk)
            .order_by(MentionRow.start, MentionRow.pk)
        ):
            item = entities.setdefault(ent.pk, {**_entity_fields(ent), "mentions": []})
            item["mentions"].append(
                {
                    "start": ent.start,
                    "end": ent.end,
                    "surface": ent.surface,
                    "kind": ent.kind,
                    "component": ent.component,
                }
            )
        event_rows = s.execute(
            select(EventRow.pk, EventRow.data, IncidentMemberRow.incident_pk)
            .outerjoin(IncidentMemberRow, IncidentMemberRow.event_pk == EventRow.pk)
            .where(EventRow.document_pk == row.pk)
            .order_by(EventRow.pk)
        ).all()
        dup = s.scalar(
            select(DocumentRow.name)
            .join(DuplicateRow, DuplicateRow.duplicate_of == DocumentRow.pk)
            .where(DuplicateRow.document_pk == row.pk)
            .limit(1)
        )
    events = [
        {"id": f"E{pk}", **json.loads(data), "incident": f"I{inc}" if inc is not None else None}
        for pk, data, inc in event_rows
    ]
    incidents = sorted({e["incident"] for e in events if e["incident"]}, key=lambda i: int(i[1:]))
    threats = [
        {
            "label": t["label"],
            "spans": [{"start": ev["start"], "end": ev["end"]} for ev in t["evidence"] if ev],
        }
        for t in rec.get("threats", [])
    ]
    return {
        **summary,
        "text": row.text,
        "entities": list(entities.values()),
        "events": events,
        "threats": threats,
        "incidents": incidents,
        "duplicate_of": dup,
    }


_ENTITY_COLUMNS = (
    EntityRow.pk,
    EntityRow.id,
    EntityRow.type,
    EntityRow.canonical,
    EntityRow.country,
    EntityRow.lat,
    EntityRow.lon,
    EntityRow.role,
    EntityRow.affiliation,
    EntityRow.aliases,
)


def _entity_fields(e: Any) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "name": e.canonical,
        "country": e.country,
        "coords": [e.lat, e.lon] if e.lat is not None and e.lon is not None else None,
        "role": e.role,
        "affiliation": e.affiliation,
    }


# --------------------------------------------------------------------------- entities


def entities(
    store: Store,
    type: str | None = None,
    country: str | None = None,
    q: str | None = None,
    page: int = 1,
    size: int = 20,
) -> dict[str, Any]:
    """Entities with their documents and mentions counted, most documents first."""
    page, size = _page(page, size)
    conds: list[ColumnElement[bool]] = []
    if type:
        conds.append(EntityRow.type == type)
    if country:
        conds.append(EntityRow.country == country.upper())
    if q and q.strip():
        like = f"%{q.strip()}%"
        conds.append(or_(EntityRow.canonical.ilike(like), EntityRow.aliases.ilike(like)))
    docs = func.count(func.distinct(MentionRow.document_pk)).label("documents")
    mentions = func.count().label("mentions")
    key = ("entities", type, country, q)
    with store.engine.connect() as s:

        def count() -> int:
            stmt = (
                select(func.count())
                .select_from(EntityRow)
                .where(*conds, exists().where(MentionRow.entity_pk == EntityRow.pk))
            )
            return int(s.scalar(stmt) or 0)

        total = _cached_count(s, store, key, count)
        # counted on the mentions' (entity, document) index alone; the page's rows fetched after
        grouped = select(MentionRow.entity_pk, docs, mentions).group_by(MentionRow.entity_pk)
        if conds:
            grouped = grouped.where(MentionRow.entity_pk.in_(select(EntityRow.pk).where(*conds)))
        ordered = grouped.order_by(docs.desc(), mentions.desc(), MentionRow.entity_pk)
        rows = _cached(
            s,
            store,
            (*key, page, size),
            lambda: [tuple(r) for r in s.execute(ordered.limit(size).offset((page - 1) * size))],
        )
        found = {
            e.pk: e for e in s.execute(select(*_ENTITY_COLUMNS).where(EntityRow.pk.in_([r[0] for r in rows])))
        }
        items = [
            {
                **_entity_fields(found[pk]),
                "aliases": json.loads(found[pk].aliases),
                "documents": int(n_docs),
                "mentions": int(n_mentions),
            }
            for pk, n_docs, n_mentions in rows
            if pk in found
        ]
    return {"total": total, "page": page, "size": size, "items": items}


#: Co-occurrence of one entity is counted over its most recent documents, at most this many.
COOCCURRENCE_DOCUMENTS = 2000


def entity(store: Store, entity_id: str, cooccurring: int = 20, recent: int = 10) -> dict[str, Any]:
    """One entity with its counts, the entities found in its documents (most shared first,
    over its :data:`COOCCURRENCE_DOCUMENTS` most recent documents) and its most recent
    documents."""
    sync_countries(store)
    with store.engine.connect() as s:
        row = s.execute(select(*_ENTITY_COLUMNS).where(EntityRow.id == entity_id)).first()
        if row is None:
            raise NotFoundError(f"no entity {entity_id!r} in {store.url}")
        n_docs, n_mentions = s.execute(
            select(func.count(func.distinct(MentionRow.document_pk)), func.count()).where(
                MentionRow.entity_pk == row.pk
            )
        ).one()
        f = Filters(entity=entity_id)
        _, newest = _document_page(s, store, f, 0, max(recent, COOCCURRENCE_DOCUMENTS), "published")
        shared = func.count(func.distinct(MentionRow.document_pk)).label("shared")
        co = s.execute(
            select(MentionRow.entity_pk, shared)
            .where(MentionRow.document_pk.in_(newest), MentionRow.entity_pk != row.pk)
            .group_by(MentionRow.entity_pk)
            .order_by(shared.desc(), MentionRow.entity_pk)
            .limit(cooccurring)
        ).all()
        others = {
            pk: (id_, type_, name)
            for pk, id_, type_, name in s.execute(
                select(EntityRow.pk, EntityRow.id, EntityRow.type, EntityRow.canonical).where(
                    EntityRow.pk.in_([c.entity_pk for c in co])
                )
            )
        }
        summary_rows = {
            r.pk: r
            for r in s.execute(select(*_summary_columns(False)).where(DocumentRow.pk.in_(newest[:recent])))
        }
        summaries = _summaries(s, [summary_rows[pk] for pk in newest[:recent] if pk in summary_rows], None)
        result = {
            **_entity_fields(row),
            "aliases": json.loads(row.aliases),
            "document_count": int(n_docs or 0),
            "mentions": int(n_mentions or 0),
        }
    return {
        **result,
        "cooccurring": [
            {
                "id": others[c.entity_pk][0],
                "type": others[c.entity_pk][1],
                "name": others[c.entity_pk][2],
                "documents": int(c.shared),
            }
            for c in co
            if c.entity_pk in others
        ],
        "documents": summaries,
    }


# --------------------------------------------------------------------------- coordinates


@cache
def _capitals() -> dict[str, tuple[float, float]]:
    """ISO2 -> the capital's coordinates, standing in for the country's centroid."""
    out: dict[str, tuple[float, float, int]] = {}
    for candidates in kb.places().values():
        for p in candidates:
            if p.capital and p.lat is not None and p.lon is not None:
                best = out.get(p.country)
                if best is None or p.population > best[2]:
                    out[p.country] = (p.lat, p.lon, p.population)
    return {iso: (lat, lon) for iso, (lat, lon, _) in out.items()}


def _gazetteer(name: str, country: str | None) -> tuple[float, float] | None:
    """A place's coordinates from the bundled gazetteer, preferring one in ``country``."""
    candidates = [p for p in kb.places().get(kb.key(name), []) if p.lat is not None and p.lon is not None]
    if country:
        local = [p for p in candidates if p.country == country]
        if local:
            return (local[0].lat, local[0].lon)  # type: ignore[return-value]
        return None
    return (candidates[0].lat, candidates[0].lon) if candidates else None  # type: ignore[return-value]


class Locator:
    """Coordinates of events: their place (as linked in the store, else the gazetteer), else the
    document's dateline place, else the country's capital."""

    def __init__(self, s: Connection, places: Iterable[str]) -> None:
        wanted = sorted({p for p in places if p})
        self.linked: dict[tuple[str, str | None], tuple[float, float]] = {}
        for start in range(0, len(wanted), 500):
            for name, country, lat, lon in s.execute(
                select(EntityRow.canonical, EntityRow.country, EntityRow.lat, EntityRow.lon).where(
                    EntityRow.type == "place",
                    EntityRow.canonical.in_(wanted[start : start + 500]),
                    EntityRow.lat.is_not(None),
                    EntityRow.lon.is_not(None),
                )
            ):
                if lat is not None and lon is not None:
                    self.linked.setdefault((name, country), (lat, lon))
                    self.linked.setdefault((name, None), (lat, lon))
        self._cache: dict[tuple[str, str | None], tuple[float, float] | None] = {}

    def place(self, name: str | None, country: str | None) -> tuple[float, float] | None:
        if not name:
            return None
        key = (name, country)
        if key not in self._cache:
            found = self.linked.get(key) or (self.linked.get((name, None)) if not country else None)
            self._cache[key] = found or _gazetteer(name, country)
        return self._cache[key]

    def __call__(
        self, place: str | None, country: str | None, dateline_place: str | None, dateline_country: str | None
    ) -> tuple[float, float] | None:
        found = self.place(place, country)
        if found is None and dateline_place and (not country or dateline_country in (None, country)):
            found = self.place(dateline_place, dateline_country or country)
        if found is None and country:
            found = _capitals().get(country)
        return found


# --------------------------------------------------------------------------- events


def _event_conditions_all(
    s: Connection, f: Filters, fts: Any, *, correlated: bool = False
) -> list[ColumnElement[bool]]:
    """The event filters on the event, the others on its document."""
    return [
        *_event_conditions(f, correlated=correlated),
        *_document_conditions(
            s, f, fts=fts, events_too=False, correlated=correlated, doc_pk=EventRow.document_pk
        ),
    ]


def _event_page(
    s: Connection, store: Store, f: Filters, offset: int, size: int, sort: str
) -> tuple[int, list[int]]:
    """The number of events passing the filters, and the pks of one page of them (the plan
    follows the size of the result, as for documents)."""
    fts = store.matching(f.q) if f.q is not None else None
    listed = _event_conditions_all(s, f, fts)
    total = _cached_count(
        s,
        store,
        ("events", f),
        lambda: int(s.scalar(select(func.count()).select_from(EventRow).where(*listed)) or 0),
    )
    if offset >= total:
        return total, []
    if sort == "relevance" and fts is not None:
        by_rank = (
            select(EventRow.pk)
            .join(fts, fts.c.pk == EventRow.document_pk)
            .where(*_event_conditions_all(s, f, None))
            .order_by(fts.c.rank, EventRow.pk.desc())
        )
        return total, list(s.scalars(by_rank.limit(size).offset(offset)))
    oldest = sort == "-published"
    tie = EventRow.pk.asc() if oldest else EventRow.pk.desc()
    if total <= SMALL_RESULT:
        stmt = (
            select(EventRow.pk)
            .where(*listed)
            .order_by(*_published_order(EventRow.date_start, oldest), tie)
            .limit(size)
            .offset(offset)
        )
        return total, list(s.scalars(stmt))
    walk = select(EventRow.pk).where(*_event_conditions_all(s, f, fts, correlated=True))

    def count_dated() -> int:
        stmt = select(func.count()).select_from(EventRow).where(*listed, EventRow.date_start < "A")
        return int(s.scalar(stmt) or 0)

    rows = _dated_page(s, walk, EventRow.date_start, EventRow.pk, offset, size, oldest, count_dated)
    return total, [r[0] for r in rows]


_EVENT_COLUMNS = (
    EventRow.pk,
    EventRow.data,
    EventRow.document_pk,
    DocumentRow.name,
    DocumentRow.id,
    DocumentRow.dateline_place,
    DocumentRow.dateline_country,
    IncidentMemberRow.incident_pk,
)
_EVENT_DOCUMENT_COLUMNS = (
    DocumentRow.title,
    DocumentRow.lang,
    DocumentRow.published,
    DocumentRow.url,
    DocumentRow.source,
)


def _event_rows(s: Connection, pks: Sequence[int], with_document: bool = False) -> list[Any]:
    """Events by pk, in that order, with their document's name, id and dateline and their
    incident (and the document's title, language, date, URL and source)."""
    columns = (*_EVENT_COLUMNS, *(_EVENT_DOCUMENT_COLUMNS if with_document else ()))
    found: dict[int, Any] = {}
    for start in range(0, len(pks), 500):
        for row in s.execute(
            select(*columns)
            .join(DocumentRow, DocumentRow.pk == EventRow.document_pk)
            .outerjoin(IncidentMemberRow, IncidentMemberRow.event_pk == EventRow.pk)
            .where(EventRow.pk.in_(pks[start : start + 500]))
        ):
            found[row.pk] = row
    return [found[pk] for pk in pks if pk in found]


def _event_items(s: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
    datas = [json.loads(r.data) for r in rows]
    locate = Locator(s, [d.get("place") for d in datas] + [r.dateline_place for r in rows])
    out = []
    for r, d in zip(rows, datas, strict=True):
        coords = locate(d.get("place"), d.get("country"), r.dateline_place, r.dateline_country)
        out.append(
            {
                "id": f"E{r.pk}",
                **d,
                "document": r.name,
                "document_id": r.id,
                "incident": f"I{r.incident_pk}" if r.incident_pk is not None else None,
                "coords": [coords[0], coords[1]] if coords else None,
            }
        )
    return out


def events(
    store: Store, filters: Filters, page: int = 1, size: int = 20, sort: str = "published"
) -> dict[str, Any]:
    """A page of events passing the event filters (newest first), each with its document and
    coordinates, and the total."""
    f = filters.cleaned()
    page, size = _page(page, size)
    if f.q is not None and not f.has_query:
        return {"total": 0, "page": page, "size": size, "items": []}
    with store.engine.connect() as s:
        total, pks = _event_page(s, store, f, (page - 1) * size, size, sort)
        items = _event_items(s, _event_rows(s, pks))
    return {"total": total, "page": page, "size": size, "items": items}


def iter_events(
    store: Store, filters: Filters, limit: int | None = None, batch: int = 1000
) -> Iterator[dict[str, Any]]:
    """Events passing the event filters, newest first (at most ``limit``), as :func:`events`
    items plus the document's title, language, publication date, URL and source."""
    f = filters.cleaned()
    if f.q is not None and not f.has_query:
        return
    with store.engine.connect() as s:
        if limit is not None:
            _, pks = _event_page(s, store, f, 0, limit, "published")
        else:
            fts = store.matching(f.q) if f.q is not None else None
            stmt = (
                select(EventRow.pk)
                .where(*_event_conditions_all(s, f, fts))
                .order_by(*_published_order(EventRow.date_start, False), EventRow.pk.desc())
            )
            pks = list(s.scalars(stmt))
        for start in range(0, len(pks), batch):
            rows = _event_rows(s, pks[start : start + batch], with_document=True)
            for row, item in zip(rows, _event_items(s, rows), strict=True):
                item["title"] = row.title
                item["lang"] = row.lang
                item["published"] = row.published
                item["url"] = row.url
                item["source"] = row.source
                yield item


def event_keys(store: Store, filters: Filters) -> dict[int, set[int]]:
    """Document pk -> positions (0-based, in the document's record) of the events passing the
    event filters: what the PLOVER and seizure exports keep of each document."""
    f = filters.cleaned()
    if f.q is not None and not f.has_query:
        return {}
    with store.engine.connect() as s:
        fts = store.matching(f.q) if f.q is not None else None
        stmt = select(EventRow.pk, EventRow.document_pk).where(*_event_conditions_all(s, f, fts))
        wanted = {pk: doc_pk for pk, doc_pk in s.execute(stmt)}
        out: dict[int, set[int]] = defaultdict(set)
        doc_pks = sorted(set(wanted.values()))
        for start in range(0, len(doc_pks), 500):
            position: dict[int, int] = defaultdict(int)
            for pk, doc_pk in s.execute(
                select(EventRow.pk, EventRow.document_pk)
                .where(EventRow.document_pk.in_(doc_pks[start : start + 500]))
                .order_by(EventRow.document_pk, EventRow.pk)
            ):
                if pk in wanted:
                    out[doc_pk].add(position[doc_pk])
                position[doc_pk] += 1
    return dict(out)


def iter_records(
    store: Store, filters: Filters, pks: Iterable[int] | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(pk, full record) of the documents passing the document filters (or of ``pks``), in
    ingest order."""
    f = filters.cleaned()
    if f.q is not None and not f.has_query:
        return
    sync_countries(store)
    with store.engine.connect() as s:
        if pks is not None:
            keys = sorted(pks)
            for start in range(0, len(keys), 500):
                for pk, data in s.execute(
                    select(DocumentRow.pk, DocumentRow.record)
                    .where(DocumentRow.pk.in_(keys[start : start + 500]))
                    .order_by(DocumentRow.pk)
                ):
                    yield pk, json.loads(data)
            return
        matching = _matching_documents(s, store, f)
        stmt = (
            select(DocumentRow.pk, DocumentRow.record)
            .where(DocumentRow.pk.in_(matching))
            .order_by(DocumentRow.pk)
            .execution_options(yield_per=200)
        )
        for pk, data in s.execute(stmt):
            yield pk, json.loads(data)


# --------------------------------------------------------------------------- incidents


def incidents(
    store: Store, type: str | None = None, country: str | None = None, page: int = 1, size: int = 20
) -> dict[str, Any]:
    """A page of incidents (as ``kordon incidents --format jsonl`` prints them), newest first."""
    page, size = _page(page, size)
    conds: list[ColumnElement[bool]] = []
    if type:
        conds.append(IncidentRow.type == type)
    if country:
        conds.append(
            IncidentRow.pk.in_(
                select(IncidentMemberRow.incident_pk)
                .join(EventRow, EventRow.pk == IncidentMemberRow.event_pk)
                .where(EventRow.country == country.upper())
            )
        )
    with store.engine.connect() as s:
        total = int(s.scalar(select(func.count()).select_from(IncidentRow).where(*conds)) or 0)
        pks = list(
            s.scalars(
                select(IncidentRow.pk)
                .where(*conds)
                .order_by(IncidentRow.pk.desc())
                .limit(size)
                .offset((page - 1) * size)
            )
        )
        records = _incident_records(s, pks)
    items = [{k: v for k, v in records[pk].items() if k != "reports"} for pk in pks if pk in records]
    return {"total": total, "page": page, "size": size, "items": items}


def incident(store: Store, ref: str) -> dict[str, Any]:
    """One incident with its reports side by side."""
    digits = ref.upper().removeprefix("I")
    if not digits.isdigit():
        raise NotFoundError(f"{ref!r} is not an incident id (I12)")
    with store.engine.connect() as s:
        records = _incident_records(s, [int(digits)])
    if not records:
        raise NotFoundError(f"no incident {ref!r} in {store.url}")
    return records[int(digits)]


def _incident_records(s: Connection, pks: list[int]) -> dict[int, dict[str, Any]]:
    if not pks:
        return {}
    rows = s.execute(
        select(
            IncidentRow.pk,
            IncidentRow.type,
            IncidentMemberRow.score,
            IncidentMemberRow.why,
            EventRow.data,
            DocumentRow.name,
            DocumentRow.source,
            DocumentRow.lang,
        )
        .join(IncidentMemberRow, IncidentMemberRow.incident_pk == IncidentRow.pk)
        .join(EventRow, EventRow.pk == IncidentMemberRow.event_pk)
        .join(DocumentRow, DocumentRow.pk == EventRow.document_pk)
        .where(IncidentRow.pk.in_(pks))
        .order_by(IncidentRow.pk, IncidentMemberRow.pk)
    ).all()
    grouped: dict[int, tuple[str, list[dict[str, Any]]]] = {}
    for pk, type_, score, why, data, name, source, lang in rows:
        members = grouped.setdefault(pk, (type_, []))[1]
        members.append(
            {
                **json.loads(data),
                "document": name,
                "source": source,
                "lang": lang,
                "score": score,
                "why": json.loads(why),
            }
        )
    return {pk: _incident_record(pk, type_, members) for pk, (type_, members) in grouped.items()}


# --------------------------------------------------------------------------- aggregates


def _pk_set(sets: list[Any]) -> Any:
    """``SELECT pk`` of the documents in every one of ``sets``, or ``None`` for all documents."""
    if not sets:
        return None
    if len(sets) == 1:
        sub = sets[0].subquery()
        return select(sub.c[0])
    subs = [x.subquery() for x in sets]
    both = intersect(*(select(sub.c[0]) for sub in subs)).subquery()
    return select(both.c[0])


def _within(column: Any, docs: Any, walk: bool = False) -> list[ColumnElement[bool]]:
    """``column IN docs`` (nothing for all documents). With ``walk``, ``column + 0 IN docs``:
    the aggregate walks the covering index of its grouping (date, language, threat label) and
    tests each entry, rather than looking up thousands of documents one by one (measured
    faster for those; slower where the rows per document are many or the index not covering)."""
    if docs is None:
        return []
    return [(column + 0 if walk else column).in_(docs)]


def stats(store: Store, filters: Filters) -> dict[str, Any]:
    """Counts of the documents passing the document filters: by publication month, country
    named, threat, event type (of their events passing the event filters) and language."""
    f = filters.cleaned()
    if f.q is not None and not f.has_query:
        return {
            "documents": 0,
            "by_month": {},
            "by_country": {},
            "by_threat": {},
            "by_type": {},
            "by_lang": {},
        }
    sync_countries(store)
    with store.engine.connect() as s:
        return copy.deepcopy(_cached(s, store, ("stats", f), lambda: _stats(s, store, f)))


def _stats(s: Connection, store: Store, f: Filters) -> dict[str, Any]:
    fts = store.matching(f.q) if f.q is not None else None
    sets = _document_sets(s, f, fts=fts)
    docs = _pk_set(sets)
    n = _count_sets(s, sets)
    month = func.substr(DocumentRow.published, 1, 7)
    by_month = {
        str(k): int(v)
        for k, v in s.execute(
            select(month, func.count())
            .where(
                *_within(DocumentRow.pk, docs, walk=True),
                DocumentRow.published < "A",  # a known year
                func.length(DocumentRow.published) >= 7,
            )
            .group_by(month)
            .order_by(month)
        )
    }
    by_lang = _counted(
        s.execute(
            select(DocumentRow.lang, func.count())
            .where(*_within(DocumentRow.pk, docs, walk=True))
            .group_by(DocumentRow.lang)
        ).all()
    )
    by_threat = _counted(
        s.execute(
            select(ThreatRow.label, func.count(func.distinct(ThreatRow.document_pk)))
            .where(*_within(ThreatRow.document_pk, docs, walk=True))
            .group_by(ThreatRow.label)
        ).all()
    )
    event_conds = _event_conditions(replace(f, country=None, since=None, until=None))
    by_type = _counted(
        s.execute(
            select(EventRow.type, func.count())
            .where(*_within(EventRow.document_pk, docs), *event_conds)
            .group_by(EventRow.type)
        ).all()
    )
    by_country = _counted(
        s.execute(
            select(DocumentCountryRow.country, func.count())
            .where(*_within(DocumentCountryRow.document_pk, docs))
            .group_by(DocumentCountryRow.country)
        ).all()
    )
    return {
        "documents": n,
        "by_month": by_month,
        "by_country": by_country,
        "by_threat": by_threat,
        "by_type": by_type,
        "by_lang": by_lang,
    }


def _counted(rows: Iterable[Any]) -> dict[str, int]:
    """``{key: count}``, most first, ``None`` keys as "unknown"."""
    pairs = [(str(k) if k is not None else "unknown", int(v)) for k, v in rows]
    return dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))


def network(
    store: Store, filters: Filters, types: Sequence[str] | None = None, limit: int = 50
) -> dict[str, Any]:
    """Co-occurrence network of the documents passing the document filters: the ``limit``
    organisations, agencies and persons found in most of them (``weight``: documents) and,
    between them, edges weighted by the documents they share."""
    f = filters.cleaned()
    kinds = tuple(t for t in NETWORK_TYPES if t in (types or NETWORK_TYPES)) or NETWORK_TYPES
    if f.q is not None and not f.has_query:
        return {"nodes": [], "edges": []}
    sync_countries(store)
    with store.engine.connect() as s:
        return dict(
            _cached(s, store, ("network", f, kinds, limit), lambda: _network(s, store, f, kinds, limit))
        )


def _network(s: Connection, store: Store, f: Filters, kinds: Sequence[str], limit: int) -> dict[str, Any]:
    fts = store.matching(f.q) if f.q is not None else None
    docs = _pk_set(_document_sets(s, f, fts=fts))
    of_kind = MentionRow.entity_pk.in_(select(EntityRow.pk).where(EntityRow.type.in_(kinds)))
    weight = func.count(func.distinct(MentionRow.document_pk)).label("weight")
    top = s.execute(
        select(MentionRow.entity_pk, weight)
        .where(of_kind, *_within(MentionRow.document_pk, docs, walk=True))
        .group_by(MentionRow.entity_pk)
        .order_by(weight.desc(), MentionRow.entity_pk)
        .limit(max(1, limit))
    ).all()
    pks = [r.entity_pk for r in top]
    rows = {e.pk: e for e in s.execute(select(*_ENTITY_COLUMNS).where(EntityRow.pk.in_(pks)))}
    # each node's documents as a bit set: an edge's weight is the size of an intersection
    bits: dict[int, bytearray] = {}
    size = int(s.scalar(select(func.max(DocumentRow.pk))) or 0) // 8 + 1
    for entity_pk, document_pk in s.execute(
        select(MentionRow.entity_pk, MentionRow.document_pk)
        .where(MentionRow.entity_pk.in_(pks), *_within(MentionRow.document_pk, docs, walk=True))
        .distinct()
    ):
        mask = bits.get(entity_pk)
        if mask is None:
            mask = bits[entity_pk] = bytearray(size)
        mask[document_pk >> 3] |= 1 << (document_pk & 7)
    sets = {pk: int.from_bytes(mask, "little") for pk, mask in bits.items()}
    edges: list[dict[str, Any]] = []
    for i, a in enumerate(pks):
        for b in pks[i + 1 :]:
            if a in sets and b in sets:
                shared = (sets[a] & sets[b]).bit_count()
                if shared:
                    edges.append({"source": rows[a].id, "target": rows[b].id, "weight": shared})
    edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    nodes = [
        {
            "id": rows[r.entity_pk].id,
            "type": rows[r.entity_pk].type,
            "name": rows[r.entity_pk].canonical,
            "country": rows[r.entity_pk].country,
            "weight": int(r.weight),
        }
        for r in top
        if r.entity_pk in rows
    ]
    return {"nodes": nodes, "edges": edges}


def feature(item: dict[str, Any], extra: Iterable[str] = ()) -> dict[str, Any] | None:
    """An event item as a GeoJSON Feature (RFC 7946: [lon, lat]), or ``None`` without coordinates."""
    coords = item.get("coords")
    if not coords:
        return None
    props = {
        "event": item["id"],
        "type": item["type"],
        "date": item.get("date_start"),
        "document": item["document"],
        "place": item.get("place"),
        "country": item.get("country"),
        "incident": item.get("incident"),
    }
    for key in extra:
        props[key] = item.get(key)
    return {
        "type": "Feature",
        "id": item["id"],
        "geometry": {"type": "Point", "coordinates": [round(coords[1], 6), round(coords[0], 6)]},
        "properties": props,
    }


def map_features(store: Store, filters: Filters, limit: int = 5000) -> dict[str, Any]:
    """GeoJSON FeatureCollection of the events passing the event filters that have coordinates,
    among the ``limit`` newest."""
    out = []
    for item in iter_events(store, filters, limit=limit):
        feat = feature(item)
        if feat is not None:
            out.append(feat)
    return {"type": "FeatureCollection", "features": out}


def optimize(store: Store) -> None:
    """Bring the derived tables up to date and refresh the query planner's statistics
    (``ANALYZE``), so that it picks the indexes these
    queries are written for (an ``EXISTS`` by document rather than by country). On SQLite the
    analysis samples each index (``analysis_limit``), so it takes well under a second at 100,000
    documents; PostgreSQL samples anyway (and autovacuum analyses on its own)."""
    # a database migrated past 0006 before its derived tables were added gets them now
    derived = [Base.metadata.tables[name] for name in (_COUNTRIES, "derived_state")]
    Base.metadata.create_all(store.engine, tables=derived)
    sync_countries(store)
    with store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")


def health(store: Store) -> dict[str, Any]:
    return {"status": "ok", "documents": store.count()}
