"""Projections of a :class:`Document`: the exchange format and the full JSON record."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .document import DateValue, Document, Span

#: Exchange fields filled by later stages; present and empty until then.
_LATER_LISTS = ("countries", "organizations", "agencies", "persons", "places", "threats", "events")


def exchange(doc: Document) -> dict[str, Any]:
    """The evaluation exchange shape (``../shared/eval/GUIDELINES.md``)."""
    line = doc.dateline
    out: dict[str, Any] = {
        "id": doc.id,
        "lang": doc.lang,
        "published": doc.published.edtf if doc.published else None,
        "dateline": (
            {"place": line.place, "country": line.country, "agency": line.agency}
            if line and (line.place or line.agency)
            else None
        ),
    }
    for name in _LATER_LISTS:
        out[name] = []
    out["countries"] = _exchange_countries(doc)
    out["organizations"] = _exchange_organizations(doc)
    out["places"] = _exchange_places(doc)
    out["agencies"] = _exchange_agencies(doc)
    out["persons"] = _exchange_persons(doc)
    out["threats"] = sorted({t.label for t in doc.threats})
    out["events"] = [_exchange_event(e) for e in doc.events]
    return out


def _exchange_countries(doc: Document) -> list[str]:
    """Countries named, and those implied by a named place or a national body ("ГКНБ РТ")."""
    found = {e.country for e in doc.entities if e.type in ("country", "place", "agency") and e.country}
    if doc.dateline and doc.dateline.country and doc.dateline.place:
        found.add(doc.dateline.country)
    return sorted(found)


def _exchange_organizations(doc: Document) -> list[dict[str, Any]]:
    return [
        {"name": e.canonical, "acronym": e.aliases[0] if e.aliases else None}
        for e in doc.entities
        if e.type == "organization"
    ]


def _exchange_agencies(doc: Document) -> list[dict[str, Any]]:
    pairs = {(e.country, e.id.rsplit(":", 1)[1]) for e in doc.entities if e.type == "agency"}
    return [{"country": c, "kind": k} for c, k in sorted(pairs, key=str)]


def _exchange_persons(doc: Document) -> list[dict[str, Any]]:
    return [
        {"name": e.canonical, "role": e.role, "affiliation": e.affiliation}
        for e in doc.entities
        if e.type == "person"
    ]


def _exchange_places(doc: Document) -> list[dict[str, Any]]:
    out: dict[tuple[str, str | None], dict[str, Any]] = {}
    for e in doc.entities:
        if e.type == "place":
            out.setdefault((e.canonical, e.country), {"name": e.canonical, "country": e.country})
    return list(out.values())


def _exchange_event(event: Any) -> dict[str, Any]:
    return {
        "type": event.type,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "place": event.place,
        "country": event.country,
        "status": event.status,
        "actors": event.actors,
        "quantities": event.quantities,
        "goods": event.goods,
        "route": event.route,
    }


def span_record(doc: Document, span: Span | None) -> dict[str, Any] | None:
    """A span with its text and, where the original has it, its offsets in the original."""
    if span is None:
        return None
    raw = doc.raw_span(span)
    return {
        "start": span.start,
        "end": span.end,
        "raw_start": raw.start if raw else None,
        "raw_end": raw.end if raw else None,
        "text": doc.text[span.start : span.end],
    }


def _date_record(doc: Document, value: DateValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "edtf": value.edtf,
        "precision": value.precision,
        "component": value.component,
        "evidence": span_record(doc, value.span),
    }


def record(doc: Document) -> dict[str, Any]:
    """The full record: every fact with its evidence (offsets) and the component behind it."""
    line = doc.dateline
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "source": doc.source,
        "url": doc.url,
        "format": doc.format,
        "site": doc.site,
        "title": {"text": doc.title, "evidence": span_record(doc, doc.title_span)} if doc.title else None,
        "lang": {"code": doc.lang, "confidence": doc.lang_confidence, "component": doc.lang_component},
        "published": _date_record(doc, doc.published),
        "dateline": None
        if line is None
        else {
            "place": line.place,
            "country": line.country,
            "agency": line.agency,
            "date": _date_record(doc, line.date),
            "component": line.component,
            "evidence": span_record(doc, line.span),
            "place_evidence": span_record(doc, line.place_span),
            "agency_evidence": span_record(doc, line.agency_span),
        },
        "text": doc.text,
        "offsets": [[s.start, s.raw_start, s.length] for s in doc.segments],
        "boilerplate": [[s.start, s.end] for s in doc.boilerplate],
        "mentions": [{**asdict(m), "span": span_record(doc, m.span)} for m in doc.mentions],
        "entities": [asdict(e) for e in doc.entities],
        "threats": [
            {"label": t.label, "component": t.component, "evidence": [span_record(doc, s) for s in t.spans]}
            for t in doc.threats
        ],
        "events": [
            {
                **_exchange_event(e),
                "plover": e.plover,
                "component": e.component,
                "trigger": span_record(doc, e.trigger),
                "evidence": [span_record(doc, s) for s in e.spans],
            }
            for e in doc.events
        ],
        "components": list(doc.trace),
    }
