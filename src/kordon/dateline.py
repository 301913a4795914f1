"""Datelines and publication dates.

A dateline opens a wire: ``MINSK, 24 November (BelTA) –``, ``Baku, 24. Mai, AZERTAC``,
``МОСКВА, 5 марта. /ТАСС/.``, ``Kabul (APA/dpa) -``, ``Baku/12.05.20/Turan:``. The header
before a delimiter is split into chunks, and every chunk must be a place, a country, a date,
a time or a news agency for the line to count: that keeps ordinary sentences out.

The publication date comes, in this order, from the input's metadata, the dateline, the
HTML page's metadata and date lines above or below the article. A date without a year is
completed only from another of these sources that gives the same day and month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

from .dates import date_line, find_dates, is_weekday, parse_date
from .document import Dateline, DateValue, Document, Span
from .kb import find_country, find_news_agency, find_place, is_aggregator
from .pipeline import register

_MAX_HEADER = 160
_CUT = re.compile(r"\s+[–—-]{1,2}\s*|\s*[–—]\s+|\s+--|:(?=\s|$)|\.(?=\s)")
_AGENCY_PREFIX = re.compile(
    r"^(?:ИА|МИА|информационное агентство|агентство|news agency|agency|agentur|"
    r"нахрихтенагентур|nachrichtenagentur)\s+",
    re.IGNORECASE,
)
_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:Uhr|ч\.?|[ap]\.?m\.?))?$", re.IGNORECASE)
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,2}$")
_AGENCY_NAME = re.compile(r"^[\w][\w'’.\-&]*(?:[\s-]+[\w'’.\-&]+){0,3}$")
_AGGREGATED = re.compile(r"^\((?P<agg>[^()\-–]{2,20}?)\s*[-–]\s*(?P<agency>[^()]{2,40}?)\)\s*$")
_QUOTES = "«»\"“”„'"


@dataclass(slots=True)
class _Chunk:
    text: str
    start: int
    paren: bool = False
    split: bool = False  # cut out of a longer chunk at ". "


@dataclass(slots=True)
class _Parsed:
    place: _Chunk | None = None
    country: str | None = None
    date: DateValue | None = None
    date_chunk: _Chunk | None = None
    agencies: list[tuple[str, _Chunk]] = field(default_factory=list)


def _chunks(header: str, offset: int) -> list[_Chunk]:
    """Split a header at commas, slashes and parentheses, keeping offsets."""
    out: list[_Chunk] = []
    # "(BelTA)" and " /ТАСС/" mark agencies; other slashes separate ("Baku/12.05.20/Turan")
    for m in re.finditer(r"\(([^()]*)\)|(?:(?<=\s)|^)/([^/()]{2,40})/|([^,/()]+)", header):
        group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
        paren = group < 3
        raw = m.group(group)
        start = m.start(group)
        parts = re.split(r"/", raw) if paren else [raw]
        pos = start
        for part in parts:
            stripped = part.strip(" \t." + _QUOTES)
            if stripped:
                out.append(_Chunk(stripped, offset + pos + part.index(stripped[0]), paren))
            pos += len(part) + 1
    return out


def _agency(text: str) -> str | None:
    text = _AGENCY_PREFIX.sub("", text.strip(_QUOTES + " ")).strip(_QUOTES + " ")
    found = find_news_agency(text)
    return found.name if found else None


def _expand(chunks: list[_Chunk]) -> list[_Chunk]:
    """Split chunks at ". " ("АСТАНА. 14 мая. KAZINFORM") unless a chunk is a date or place."""
    out: list[_Chunk] = []
    for chunk in chunks:
        text = chunk.text
        if chunk.paren or ". " not in text or parse_date(text) or find_place(text):
            out.append(chunk)
            continue
        pos = 0
        for part in text.split(". "):
            stripped = part.strip(" ." + _QUOTES)
            if stripped:
                out.append(_Chunk(stripped, chunk.start + text.index(stripped, pos), split=True))
            pos += len(part) + 2
    return out


def _classify(chunks: list[_Chunk], parsed: _Parsed) -> bool:
    """Fill ``parsed`` from the chunks; False when a chunk is none of the dateline parts."""
    expanded = _expand(chunks)
    for i, chunk in enumerate(expanded):
        text = chunk.text
        if i == 0 and not chunk.paren:
            if not _NAME.match(text) or not text[0].isupper():
                return False
            known = find_place(text) is not None  # "Душанбе" is also Tajik for Monday
            if not known and (is_weekday(text) or find_country(text)):
                return False
            parsed.place = chunk
            continue
        date = parse_date(text)
        if date is not None and parsed.date is None:
            parsed.date, parsed.date_chunk = date, chunk
            continue
        if re.fullmatch(r"(?:19|20)\d\d(?:\s*г\.?)?", text) and parsed.date and not parsed.date.has_year:
            parsed.date.edtf = text[:4] + parsed.date.edtf[4:]
            continue
        if _TIME.match(text):
            continue
        agency = _agency(text)
        if agency:
            parsed.agencies.append((agency, chunk))
            continue
        if not chunk.paren and parsed.country is None and (iso := find_country(text)):
            parsed.country = iso
            continue
        if chunk.paren and _AGENCY_NAME.match(text) and not re.search(r"\d{2}", text):
            parsed.agencies.append((text, chunk))
            continue
        if not chunk.paren and parsed.place is not None and find_place(text):
            continue  # a second place: "Berlin/Duschanbe (dpa)"
        last = i == len(expanded) - 1
        unknown_agency = not parsed.agencies and not chunk.split and _AGENCY_NAME.match(text)
        capitalised = all(w[0].isupper() or w[0].isdigit() for w in text.split())
        if last and parsed.place and parsed.date and unknown_agency and capitalised:
            parsed.agencies.append((text, chunk))  # "Бишкек, 15 января, Кабар": an agency we don't know
            continue
        return False
    return parsed.place is not None or bool(parsed.agencies)


def _trailing_agency(line: str, pos: int) -> tuple[str, Span] | None:
    """An agency right after the delimiter: ``— ИА Регнум.``, ``– Kazinform –``."""
    m = re.match(r"\s*((?:[^.–—:\-\n]|\.(?=\w)){2,40})(?:[.–—:](?=\s|$)|\s-|$)", line[pos:])
    if not m:
        return None
    name = _agency(m.group(1))
    if not name:
        return None
    start = pos + m.start(1)
    return name, Span(start, start + len(m.group(1).rstrip()))


def parse_dateline(line: str, offset: int = 0) -> Dateline | None:
    """The dateline that opens ``line`` (offsets shifted by ``offset``), else ``None``."""
    agg = _AGGREGATED.match(line)
    if agg and is_aggregator(agg.group("agg")):
        name = _agency(agg.group("agency")) or agg.group("agency").strip()
        s = offset + agg.start("agency")
        return Dateline(
            Span(offset, offset + agg.end()),
            "dateline",
            agency=name,
            agency_span=Span(s, s + len(agg.group("agency").strip())),
        )
    cuts = [m for m in _CUT.finditer(line, 0, min(len(line), _MAX_HEADER)) if m.start() > 1]
    ends = [(m.start(), m.end()) for m in cuts]
    if len(line) <= 120:
        ends.append((len(line), len(line)))
    for end, after in sorted(ends, reverse=True):
        header = line[:end]
        parsed = _Parsed()
        if not _classify(_chunks(header, offset), parsed):
            continue
        place = parsed.place
        # a bare place needs the capitals of a wire dateline, a known name and text after it
        bare = not (parsed.date or parsed.agencies)
        if place is not None and bare and not (_wire_caps(place.text) and after < len(line)):
            continue
        span_end = offset + end
        if after < len(line) and not parsed.agencies and (trail := _trailing_agency(line, after)):
            name, trail_span = trail
            parsed.agencies.append((name, _Chunk(name, offset + trail_span.start)))
            span_end = offset + trail_span.end
        return _build(parsed, Span(offset, span_end))
    return None


def _wire_caps(name: str) -> bool:
    return name.isupper() and find_place(name) is not None


def _build(parsed: _Parsed, span: Span) -> Dateline:
    line = Dateline(span=span, component="dateline")
    if parsed.place is not None:
        chunk = parsed.place
        known = find_place(chunk.text)
        line.place_span = Span(chunk.start, chunk.start + len(chunk.text))
        if known:
            line.place, line.country = known.name, known.country
        else:
            line.place = chunk.text.title() if chunk.text.isupper() else chunk.text
    if parsed.country:
        line.country = parsed.country
    if parsed.agencies:
        names = list(dict.fromkeys(name for name, _ in parsed.agencies))
        line.agency = "/".join(names)
        first, last = parsed.agencies[0][1], parsed.agencies[-1][1]
        line.agency_span = Span(first.start, last.start + len(last.text))
    if parsed.date is not None and parsed.date_chunk is not None:
        c = parsed.date_chunk
        parsed.date.span = Span(c.start, c.start + len(c.text))
        parsed.date.component = "dateline"
        line.date = parsed.date
    return line


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def find_dateline(text: str, max_lines: int = 8) -> Dateline | None:
    """The dateline among the first lines of a cleaned text, up to its first paragraph."""
    seen = 0
    for pos, line in _lines(text):
        if not line.strip():
            continue
        found = parse_dateline(line, pos)
        if found:
            return found
        seen += 1
        if seen >= max_lines or len(line) >= 200:
            break
    return None


def _date_lines(text: str) -> list[DateValue]:
    """Dates of date lines above the first paragraph, then of the last lines."""
    lines = [(p, ln) for p, ln in _lines(text) if ln.strip()]
    first_para = next((i for i, (_, ln) in enumerate(lines) if len(ln) >= 120), len(lines))
    order = lines[: first_para + 1] + lines[max(first_para + 1, len(lines) - 3) :]
    out: list[DateValue] = []
    for pos, line in order:
        found = date_line(line)
        if found:
            value = found.value
            value.span = Span(pos + found.span.start, pos + found.span.end)
            value.component = "dateline"
            out.append(value)
    return out


def _from_iso(value: str) -> DateValue | None:
    """A given date: a full one in any form find_dates reads, or an ISO month or year."""
    coarse = re.fullmatch(r"((?:1[89]|20)\d\d)(?:-(0[1-9]|1[0-2]))?", value.strip())
    if coarse:
        return DateValue(coarse.group(0), "month" if coarse.group(2) else "year", component="input")
    dates = find_dates(value[:10])
    if dates and dates[0].span.start == 0:
        v = dates[0].value
        v.span, v.component = None, "input"
        return v
    return None


def publication_date(doc: Document) -> DateValue | None:
    """The publication date the document states, with its precision; never from the clock."""
    candidates: list[DateValue] = []
    if doc.meta.get("published"):
        given = _from_iso(str(doc.meta["published"]))
        if given:
            candidates.append(given)
    if doc.dateline and doc.dateline.date:
        candidates.append(doc.dateline.date)
    if doc.meta.get("html_date"):
        html = _from_iso(str(doc.meta["html_date"]))
        if html:
            html.component = "clean"
            candidates.append(html)
    candidates.extend(_date_lines(doc.text))
    if not candidates:
        return None
    best = candidates[0]
    if not best.has_year:
        for other in candidates[1:]:
            if other.has_year and other.edtf[4:] == best.edtf[4:]:
                best = DateValue(other.edtf, best.precision, best.span, best.component)
                break
    return best


@register
class ReadDateline:
    """Set ``dateline`` (place, country, agency, date) and ``published``."""

    name: ClassVar[str] = "dateline"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("dateline", "published")

    def __call__(self, doc: Document) -> Document:
        doc.dateline = find_dateline(doc.text)
        doc.published = publication_date(doc)
        return doc
