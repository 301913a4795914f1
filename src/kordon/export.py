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


def plover(doc: Document) -> list[dict[str, Any]]:
    """PLOVER-style event records (one per event) with the text that proves each."""
    places = {e.canonical: e for e in doc.entities if e.type == "place"}
    out = []
    for n, e in enumerate(doc.events, start=1):
        codes = e.plover or {}
        place = places.get(e.place or "")
        out.append(
            {
                "id": f"{doc.id}-{n}",
                "event_type": codes.get("event_type"),
                "mode": codes.get("mode"),
                "context": codes.get("context"),
                "kordon_type": e.type,
                "event_date": e.date_start,
                "event_end": e.date_end,
                "status": e.status,
                "actors": e.actors,
                "location": {
                    "place": e.place,
                    "country": e.country,
                    "lat": place.coords[0] if place and place.coords else None,
                    "lon": place.coords[1] if place and place.coords else None,
                },
                "quantities": e.quantities,
                "goods": e.goods,
                "route": e.route,
                "source": {
                    "document": doc.id,
                    "url": doc.url,
                    "published": doc.published.edtf if doc.published else None,
                },
                "evidence": span_record(doc, e.trigger),
            }
        )
    return out


SEIZURE_FIELDS = [
    "date",
    "date_end",
    "country",
    "place",
    "lat",
    "lon",
    "agency",
    "category",
    "substance",
    "amount",
    "unit",
    "qualifier",
    "route_from",
    "route_to",
    "transport",
    "concealment",
    "document",
    "source",
    "evidence_start",
    "evidence_end",
    "evidence",
]


def seizure_rows(doc: Document) -> list[dict[str, Any]]:
    """One row per seized good, with the fields a UNODC-style seizure database uses."""
    from .transport import concealment, transport

    places = {e.canonical: e for e in doc.entities if e.type == "place"}
    rows = []
    for e in doc.events:
        if e.type != "seizure":
            continue
        place = places.get(e.place or "")
        sentence = _sentence_of(doc, e.trigger)
        agency = "; ".join(
            f"{a['country']} {a['kind']}" if "kind" in a else a.get("org", "") for a in e.actors
        )
        for g in e.goods:
            rows.append(
                {
                    "date": e.date_start,
                    "date_end": e.date_end,
                    "country": e.country,
                    "place": e.place,
                    "lat": place.coords[0] if place and place.coords else None,
                    "lon": place.coords[1] if place and place.coords else None,
                    "agency": agency,
                    "category": g.get("category"),
                    "substance": g.get("substance"),
                    "amount": g.get("value"),
                    "unit": g.get("unit"),
                    "qualifier": g.get("qualifier"),
                    "route_from": (e.route or {}).get("from"),
                    "route_to": (e.route or {}).get("to"),
                    "transport": transport(doc.text),
                    "concealment": concealment(doc.text),
                    "document": doc.id,
                    "source": doc.url or doc.source,
                    "evidence_start": e.trigger.start,
                    "evidence_end": e.trigger.end,
                    "evidence": sentence,
                }
            )
    return rows


def _sentence_of(doc: Document, span: Span) -> str:
    text = doc.text
    cut = max(text.rfind(". ", 0, span.start), text.rfind("\n", 0, span.start))
    start = cut + 1 if cut >= 0 else 0
    ends = [i for i in (text.find(". ", span.end), text.find("\n", span.end)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()


def from_record(rec: dict[str, Any]) -> Document:
    """A document rebuilt from its full record (what the store keeps), enough for every exporter."""
    from .document import Dateline, Entity, Event, Fact

    def span(ev: dict[str, Any] | None) -> Span | None:
        return Span(ev["start"], ev["end"]) if ev else None

    doc = Document(
        id=rec["id"],
        source=rec["source"],
        raw="",
        text=rec["text"],
        url=rec.get("url"),
        format=rec.get("format", "text"),
        lang=(rec.get("lang") or {}).get("code"),
        site=rec.get("site"),
    )
    if rec.get("published"):
        p = rec["published"]
        doc.published = DateValue(p["edtf"], p["precision"], span(p.get("evidence")), p.get("component", ""))
    if rec.get("dateline"):
        d = rec["dateline"]
        doc.dateline = Dateline(
            span(d["evidence"]) or Span(0, 0), d["component"], d["place"], d["country"], d["agency"]
        )
    for e in rec.get("entities", []):
        role_span = e.get("role_span")
        doc.entities.append(
            Entity(
                e["id"],
                e["type"],
                e["canonical"],
                list(e.get("aliases", [])),
                e.get("country"),
                tuple(e["coords"]) if e.get("coords") else None,
                e.get("role"),
                e.get("affiliation"),
                Span(role_span["start"], role_span["end"]) if role_span else None,
            )
        )
    for t in rec.get("threats", []):
        doc.threats.append(Fact(t["label"], [s for s in map(span, t["evidence"]) if s], t["component"]))
    for e in rec.get("events", []):
        doc.events.append(
            Event(
                type=e["type"],
                trigger=span(e["trigger"]) or Span(0, 0),
                component=e["component"],
                date_start=e["date_start"],
                date_end=e["date_end"],
                place=e["place"],
                country=e["country"],
                status=e["status"],
                actors=e["actors"],
                quantities=e["quantities"],
                goods=e["goods"],
                route=e["route"],
                plover=e.get("plover"),
            )
        )
    return doc
