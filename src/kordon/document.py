"""The record every stage enriches in place: :class:`Document` and its facts.

Every fact carries the :class:`Span` s that prove it (offsets into ``Document.text``) and the
name of the component that produced it. Offsets into the original text come from
:meth:`Document.to_raw`.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int


@dataclass(slots=True)
class Segment:
    """A run of ``length`` characters copied verbatim from ``raw_start`` of the original text."""

    start: int
    raw_start: int
    length: int


def _segment_start(segment: Segment) -> int:
    return segment.start


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence ``[start, end)`` of a text and the number of its paragraph."""

    start: int
    end: int
    paragraph: int


# a sentence ends at . ! ? before a capital (not after a number, "23. Mai", or an initial,
# "V. Putin") or at a line break
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d\.)(?<!\s\w\.)\s+(?=[A-ZА-ЯЁÄÖÜ«\"„(])|\n+")


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, in order; one splitter for every stage."""
    out: list[Sentence] = []
    paragraph, pos = 0, 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            out.append(Sentence(pos, m.start(), paragraph))
        if "\n" in m.group():
            paragraph += 1
        pos = m.end()
    if pos < len(text):
        out.append(Sentence(pos, len(text), paragraph))
    return out


def sentence_at(text: str, pos: int) -> Span:
    """The bounds of the sentence of ``text`` that holds offset ``pos``."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() >= pos:
            return Span(start, m.start())
        start = m.end()
    return Span(start, len(text))


@dataclass(slots=True)
class Mention:
    """A surface form of an entity in the text."""

    span: Span
    kind: str
    surface: str
    component: str
    entity_id: str | None = None


@dataclass(slots=True)
class Entity:
    """A knowledge-base-backed (or document-local) entity."""

    id: str
    type: str
    canonical: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    coords: tuple[float, float] | None = None
    role: str | None = None
    """A person's role ("interior minister"), from the text at ``role_span``."""
    affiliation: str | None = None
    """A person's organisation (acronym) or country (ISO2)."""
    role_span: Span | None = None


@dataclass(slots=True)
class Fact:
    """A labelled fact (a threat, say) with the spans that prove it."""

    label: str
    spans: list[Span]
    component: str


@dataclass(slots=True)
class DateValue:
    """An EDTF date (``2014-11-03``, ``XXXX-10-21``, ``2024-01``) with its precision.

    ``precision`` is one of ``day``, ``month``, ``year``; a missing year is ``XXXX`` and
    never filled from the clock.
    """

    edtf: str
    precision: str
    span: Span | None = None
    component: str = ""

    @property
    def has_year(self) -> bool:
        return not self.edtf.startswith("XXXX")


@dataclass(slots=True)
class Dateline:
    """The dateline of a wire: ``MINSK, 24 November (BelTA) –``."""

    span: Span
    component: str
    place: str | None = None
    country: str | None = None
    agency: str | None = None
    date: DateValue | None = None
    place_span: Span | None = None
    agency_span: Span | None = None


@dataclass(slots=True)
class Event:
    """A happening with its arguments (filled by the events stage)."""

    type: str
    trigger: Span
    component: str
    date_start: str | None = None
    date_end: str | None = None
    place: str | None = None
    country: str | None = None
    status: str = "occurred"
    actors: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    goods: list[dict[str, Any]] = field(default_factory=list)
    route: dict[str, str | None] | None = None
    plover: dict[str, Any] | None = None
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """One article, enriched in place by the pipeline's components."""

    id: str
    source: str
    raw: str
    format: str = "text"
    text: str = ""
    segments: list[Segment] = field(default_factory=list)
    lang: str | None = None
    lang_confidence: float | None = None
    lang_component: str | None = None
    title: str | None = None
    title_span: Span | None = None
    site: str | None = None
    url: str | None = None
    published: DateValue | None = None
    dateline: Dateline | None = None
    boilerplate: list[Span] = field(default_factory=list)
    """Spans of the original (``raw``) text dropped by cleaning."""
    meta: dict[str, Any] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    threats: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    """Names of the components that ran, in order."""

    @property
    def content_hash(self) -> str:
        """SHA-256 of the original text: the store's identity for a document."""
        return content_hash(self.raw)

    def to_raw(self, pos: int) -> int | None:
        """Map an offset of ``text`` to the original text, or ``None`` where it has no source.

        An end offset (one past a character) maps to one past the mapped last character.
        """
        if not self.segments:
            return None
        i = bisect.bisect_right(self.segments, pos, key=_segment_start) - 1
        if i >= 0:
            seg = self.segments[i]
            if pos < seg.start + seg.length:
                return seg.raw_start + (pos - seg.start)
        # an end offset: the position just after the last character of a segment
        if i >= 0 and pos == self.segments[i].start + self.segments[i].length and pos > 0:
            seg = self.segments[i]
            return seg.raw_start + seg.length
        return None

    def raw_span(self, span: Span) -> Span | None:
        """The span of the original text that ``span`` of ``text`` was copied from."""
        start = self.to_raw(span.start)
        end = self.to_raw(span.end) if span.end > span.start else start
        if start is None or end is None or end < start:
            return None
        return Span(start, end)

    def snippet(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def to_dict(self) -> dict[str, Any]:
        """The full record as plain JSON-ready data (the ``json`` output format)."""
        from .export import record

        return record(self)


def content_hash(text: str) -> str:
    """Identity of a document in the store: SHA-256 of its text, as hex."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
