"""Projections of a :class:`Document` (the exchange format, the full JSON record, PLOVER,
seizure rows) and the file formats of ``kordon export``: CSV, JSON lines, GeoJSON, GraphML, Parquet."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, TextIO

from .document import DateValue, Document, Entity, Span
from .errors import KordonError

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


def _entity_record(e: Entity) -> dict[str, Any]:
    """An entity as a plain dict (what ``dataclasses.asdict`` gives, without its deep copies)."""
    return {
        "id": e.id,
        "type": e.type,
        "canonical": e.canonical,
        "aliases": list(e.aliases),
        "country": e.country,
        "coords": e.coords,
        "role": e.role,
        "affiliation": e.affiliation,
        "role_span": None if e.role_span is None else {"start": e.role_span.start, "end": e.role_span.end},
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
        "mentions": [
            {
                "span": span_record(doc, m.span),
                "kind": m.kind,
                "surface": m.surface,
                "component": m.component,
                "entity_id": m.entity_id,
            }
            for m in doc.mentions
        ],
        "entities": [_entity_record(e) for e in doc.entities],
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


# --------------------------------------------------------------------------- file formats

#: What ``kordon export`` and ``GET /api/export`` write.
EXPORT_FORMATS = ("csv", "jsonl", "geojson", "graphml", "parquet", "plover", "exchange", "seizures")
#: Formats written as bytes, that need a file (or a pipe).
BINARY_FORMATS = frozenset({"parquet"})
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "geojson": "application/geo+json",
    "graphml": "application/graphml+xml",
    "parquet": "application/vnd.apache.parquet",
    "plover": "application/x-ndjson; charset=utf-8",
    "exchange": "application/x-ndjson; charset=utf-8",
    "seizures": "text/csv; charset=utf-8",
}
EXTENSIONS = {
    "csv": "csv",
    "jsonl": "jsonl",
    "geojson": "geojson",
    "graphml": "graphml",
    "parquet": "parquet",
    "plover": "plover.jsonl",
    "exchange": "exchange.jsonl",
    "seizures": "seizures.csv",
}

#: Columns of the events table (CSV and Parquet): one row per event, flat values.
EVENT_FIELDS = [
    "id",
    "type",
    "date_start",
    "date_end",
    "place",
    "country",
    "lat",
    "lon",
    "status",
    "route_from",
    "route_to",
    "actors",
    "goods",
    "quantities",
    "plover_event_type",
    "plover_mode",
    "incident",
    "document",
    "document_id",
    "title",
    "lang",
    "published",
    "url",
    "source",
    "trigger_start",
    "trigger_end",
    "evidence",
]
_FLOAT_FIELDS = frozenset({"lat", "lon"})
_INT_FIELDS = frozenset({"trigger_start", "trigger_end"})


def _amount(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def event_row(item: dict[str, Any]) -> dict[str, Any]:
    """An event (as the API lists it) flattened to :data:`EVENT_FIELDS`: lists become
    "; "-separated text ("640 kg hashish; 2600 l acetic anhydride")."""
    coords = item.get("coords")
    trigger = item.get("trigger") or {}
    route = item.get("route") or {}
    codes = item.get("plover") or {}
    actors = "; ".join(
        a.get("org") or " ".join(x for x in (a.get("country"), a.get("kind")) if x)
        for a in item.get("actors", [])
    )
    goods = "; ".join(
        " ".join(x for x in (_amount(g.get("value")), g.get("unit") or "", g.get("substance") or "") if x)
        for g in item.get("goods", [])
    )
    quantities = "; ".join(
        f"{_amount(q.get('value'))} {q.get('unit') or ''}".strip() for q in item.get("quantities", [])
    )
    return {
        "id": item.get("id"),
        "type": item.get("type"),
        "date_start": item.get("date_start"),
        "date_end": item.get("date_end"),
        "place": item.get("place"),
        "country": item.get("country"),
        "lat": coords[0] if coords else None,
        "lon": coords[1] if coords else None,
        "status": item.get("status"),
        "route_from": route.get("from"),
        "route_to": route.get("to"),
        "actors": actors,
        "goods": goods,
        "quantities": quantities,
        "plover_event_type": codes.get("event_type"),
        "plover_mode": codes.get("mode"),
        "incident": item.get("incident"),
        "document": item.get("document"),
        "document_id": item.get("document_id"),
        "title": item.get("title"),
        "lang": item.get("lang"),
        "published": item.get("published"),
        "url": item.get("url"),
        "source": item.get("source"),
        "trigger_start": trigger.get("start"),
        "trigger_end": trigger.get("end"),
        "evidence": trigger.get("text"),
    }


def write_csv(
    rows: Iterable[dict[str, Any]], sink: TextIO, fields: Sequence[str], *, bom: bool = False
) -> int:
    """Rows as CSV (RFC 4180 quoting; a UTF-8 byte-order mark first with ``bom``, for Excel)."""
    import csv

    if bom:
        sink.write("\ufeff")
    writer = csv.DictWriter(sink, fieldnames=list(fields), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_jsonl(objs: Iterable[dict[str, Any]], sink: TextIO) -> int:
    """One JSON object per line (UTF-8, not ASCII-escaped)."""
    n = 0
    for obj in objs:
        sink.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(features: Iterable[dict[str, Any]], sink: TextIO) -> int:
    """A GeoJSON FeatureCollection (RFC 7946: WGS 84, [lon, lat]), written feature by feature."""
    sink.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for feat in features:
        sink.write((",\n" if n else "") + json.dumps(feat, ensure_ascii=False))
        n += 1
    sink.write("\n]}\n")
    return n


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: Any) -> str:
    """A value as XML character data: characters XML 1.0 forbids are dropped (escaping is the
    serialiser's)."""
    return _XML_INVALID.sub("", str(value))


def write_graphml(net: dict[str, Any], sink: IO[bytes]) -> None:
    """A co-occurrence network (``{"nodes", "edges"}``) as GraphML that Gephi, networkx, igraph
    and Cytoscape read: node attributes ``label``, ``type``, ``country``, ``weight``; edge
    attribute ``weight``. Every text goes through the XML serialiser, which escapes it."""
    from xml.etree import ElementTree as ET

    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(
        f"{{{ns}}}graphml",
        {
            "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation": f"{ns} {ns}/1.0/graphml.xsd",
        },
    )
    keys = [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("country", "node", "country", "string"),
        ("nweight", "node", "weight", "int"),
        ("eweight", "edge", "weight", "int"),
    ]
    for key_id, for_, name, type_ in keys:
        ET.SubElement(
            root, f"{{{ns}}}key", {"id": key_id, "for": for_, "attr.name": name, "attr.type": type_}
        )
    graph = ET.SubElement(root, f"{{{ns}}}graph", {"id": "kordon", "edgedefault": "undirected"})
    for node in net["nodes"]:
        el = ET.SubElement(graph, f"{{{ns}}}node", {"id": _xml_text(node["id"])})
        for key_id, value in (
            ("label", node.get("name")),
            ("type", node.get("type")),
            ("country", node.get("country")),
            ("nweight", node.get("weight")),
        ):
            if value is not None:
                ET.SubElement(el, f"{{{ns}}}data", {"key": key_id}).text = _xml_text(value)
    for n, edge in enumerate(net["edges"]):
        el = ET.SubElement(
            graph,
            f"{{{ns}}}edge",
            {"id": f"e{n}", "source": _xml_text(edge["source"]), "target": _xml_text(edge["target"])},
        )
        ET.SubElement(el, f"{{{ns}}}data", {"key": "eweight"}).text = str(int(edge["weight"]))
    ET.indent(root)
    ET.ElementTree(root).write(sink, encoding="utf-8", xml_declaration=True)


def write_parquet(rows: Iterable[dict[str, Any]], sink: IO[bytes] | str, batch: int = 10_000) -> int:
    """The events table as Parquet (one row group per ``batch`` rows): strings, ``lat``/``lon``
    as float64, trigger offsets as int64."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            pa.field(
                name,
                pa.float64() if name in _FLOAT_FIELDS else pa.int64() if name in _INT_FIELDS else pa.string(),
            )
            for name in EVENT_FIELDS
        ]
    )
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or not n:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n


def export_store(store: Any, fmt: str, sink: IO[bytes], filters: Any = None, *, bom: bool = False) -> int:
    """Write the store's data passing ``filters`` (a :class:`kordon.query.Filters`) in ``fmt``
    to the binary ``sink``; returns the number of rows, features or records written.

    Event formats (csv, geojson, parquet, plover, seizures) apply the event filters; document
    formats (jsonl, exchange, graphml) the document filters.
    """
    import io

    from . import query

    f = filters or query.Filters()
    if fmt not in EXPORT_FORMATS:
        raise KordonError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        return write_parquet((event_row(e) for e in query.iter_events(store, f)), sink)
    if fmt == "graphml":
        net = query.network(store, f, limit=GRAPHML_NODES)
        write_graphml(net, sink)
        return len(net["nodes"])
    text = io.TextIOWrapper(sink, encoding="utf-8", newline="", write_through=True)
    try:
        if fmt == "csv":
            return write_csv((event_row(e) for e in query.iter_events(store, f)), text, EVENT_FIELDS, bom=bom)
        if fmt == "geojson":
            feats = (query.feature(e, GEOJSON_EXTRA) for e in query.iter_events(store, f))
            return write_geojson((x for x in feats if x is not None), text)
        if fmt == "jsonl":
            return write_jsonl((rec for _, rec in query.iter_records(store, f)), text)
        if fmt == "exchange":
            return write_jsonl((exchange(from_record(rec)) for _, rec in query.iter_records(store, f)), text)
        keep = query.event_keys(store, f)
        if fmt == "plover":
            return write_jsonl(_kept_plover(query.iter_records(store, f, pks=keep), keep), text)
        return write_csv(
            _kept_seizures(query.iter_records(store, f, pks=keep), keep), text, SEIZURE_FIELDS, bom=bom
        )
    finally:
        text.flush()
        text.detach()


#: Most nodes of an exported network.
GRAPHML_NODES = 1000
#: Properties of exported GeoJSON features beyond those of ``GET /api/map``.
GEOJSON_EXTRA = ("date_end", "status", "title", "lang", "published", "url")


def _kept_plover(
    records: Iterable[tuple[int, dict[str, Any]]], keep: dict[int, set[int]]
) -> Iterator[dict[str, Any]]:
    for pk, rec in records:
        wanted = keep.get(pk, set())
        for n, obj in enumerate(plover(from_record(rec))):
            if n in wanted:
                yield obj


def _kept_seizures(
    records: Iterable[tuple[int, dict[str, Any]]], keep: dict[int, set[int]]
) -> Iterator[dict[str, Any]]:
    for pk, rec in records:
        doc = from_record(rec)
        wanted = keep.get(pk, set())
        doc.events = [e for n, e in enumerate(doc.events) if n in wanted]
        yield from seizure_rows(doc)
