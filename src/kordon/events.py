"""Events: what happened or is planned, with type, trigger, dates, place, country, status,
actors, quantities, seized goods, route and PLOVER coding; every field keeps its evidence.

Triggers, status cues and relative days come from ``data/events.json``; amounts and goods from
:mod:`kordon.quantities`. One event per type per article, except seizures, which split by
paragraph where each paragraph reports finds of its own. A ``statement`` is an event only when
the article reports nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, ClassVar

from .dates import DateMatch, find_dates, to_date, weekday_index
from .document import DateValue, Document, Event, Sentence, Span
from .document import sentences as split_sentences
from .kb import StemMatcher, load_json
from .pipeline import register
from .quantities import Amount, find_amounts, names_goods

# a full stop ends a sentence, except after an ordinal ("am 23. Mai") or a one-letter abbreviation
_FROM = re.compile(
    r"(?<!\w)(?:from|out of|из|со стороны|с территории|aus|vom|von)(?!\w)[^,.;]{0,30}$", re.IGNORECASE
)
_TO = re.compile(
    r"(?<!\w)(?:to|into|towards|for|bound for|в|во|на территорию|nach|für|in richtung|richtung)(?!\w)"
    r"[^,.;]{0,30}$",
    re.IGNORECASE,
)
_BACK_TO = re.compile(
    r"(?<!\w)(?:back to|back into|zurück nach|zurück in|обратно в|обратно на)\s+(?:the\s+)?$", re.IGNORECASE
)
_BACKGROUND = re.compile(r"(?:route|routen|маршрут|transit country|transitland|транзит)", re.IGNORECASE)
_FROM_ADJ = re.compile(r"^\s+(?:сторон\w+|side|Seite)", re.IGNORECASE)
_RANGE_LINK = re.compile(r"^\s*(?:-|–|—|to|till|until|through|bis|по|до|и|and|und)\s*$", re.IGNORECASE)
_DURATION = re.compile(
    r"(?<!\w)(?P<n>\d+|two|three|four|five|six|seven|ten|zwei|drei|vier|fünf|sechs|sieben|zehn|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|десяти)"
    r"[- ]?(?:day|tägig\w*|дневн\w*)",
    re.IGNORECASE,
)
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "zehn": 10,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "десяти": 10,
}
_GOODS_EVENT = "seizure"
_INCIDENTS = frozenset({"seizure", "arrest", "clash"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    triggers: StemMatcher  # -> event type
    plover: dict[str, dict[str, str]]
    status: StemMatcher  # -> "planned" | "ongoing"
    relative: StemMatcher  # -> day offset


@cache
def _lexicon() -> _Lexicon:
    data = load_json("events.json")
    triggers, status, relative = StemMatcher(), StemMatcher(), StemMatcher()
    for etype, spec in data["types"].items():
        for lang, forms in spec.items():
            if lang != "plover":
                for form in forms:
                    triggers.add(form, etype)
    for name, spec in data["status"].items():
        for forms in spec.values():
            for form in forms:
                status.add(form, name)
    for offset, spec in data["relative_days"].items():
        for forms in spec.values():
            for form in forms:
                relative.add(form, int(offset))
    plover = {t: spec["plover"] for t, spec in data["types"].items()}
    return _Lexicon(triggers, plover, status, relative)


@lru_cache(maxsize=4096)
def _sentence_dates(sentence: str) -> tuple[DateMatch, ...]:
    # events of several types look at the same sentences
    return tuple(find_dates(sentence))


def _dates_in(doc: Document, sent: Sentence) -> tuple[DateValue | None, DateValue | None]:
    """Start and end date stated in a sentence: one date, a range, or a duration from a start."""
    text = doc.text
    header = [
        s
        for s in (doc.dateline.span if doc.dateline else None, doc.published.span if doc.published else None)
        if s is not None
    ]
    found = [
        d
        for d in _sentence_dates(text[sent.start : sent.end])
        if not any(h.start <= sent.start + d.span.start < h.end for h in header)
    ]
    if not found:
        start, end = _relative(doc, sent)
        if start and end is None:
            end = _duration_end(text[sent.start : sent.end], start)
        return start, end
    start = found[0].value
    end = None
    if len(found) > 1:
        between = text[sent.start + found[0].span.end : sent.start + found[1].span.start]
        if _RANGE_LINK.match(between):
            end = found[1].value
    if end is None:
        # "vom 21. bis 25. Oktober", "3 и 4 марта 2022 года": a bare day before the dated one
        bare = re.search(
            r"(?<!\d)(\d{1,2})\.?\s*(?:-|–|bis|по|и|and|to)\s*$",
            text[sent.start : sent.start + found[0].span.start],
        )
        if bare and start.precision == "day":
            day = int(bare.group(1))
            end = start
            start = DateValue(f"{start.edtf[:8]}{day:02d}", "day", component="events")
    if end is None:
        end = _duration_end(text[sent.start : sent.end], start)
    return start, end


def _duration_end(sentence: str, start: DateValue) -> DateValue | None:
    m = _DURATION.search(sentence)
    day = to_date(start)
    if not m or day is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS.get(m.group("n").casefold(), 0)
    if n < 2:
        return None
    return DateValue((day + dt.timedelta(days=n - 1)).isoformat(), "day", component="events")


_YEAR = re.compile(
    r"(?<!\w)(?:in|im jahr|im jahre|seit|за|в|during)\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s*(?:году|года|г\.))?(?!\d)",
    re.IGNORECASE,
)
_MONTHS_OF = re.compile(
    r"(?<!\w)(?:in|за|in den ersten)\s+(?P<n>\d{1,2}|nine|six|three|девять|шесть|три|neun|sechs|drei)\s+"
    r"(?:months|мес\.?|месяцев|monaten)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_WORD_MONTHS = {
    "nine": 9,
    "six": 6,
    "three": 3,
    "девять": 9,
    "шесть": 6,
    "три": 3,
    "neun": 9,
    "sechs": 6,
    "drei": 3,
}


def _relative(doc: Document, sent: Sentence) -> tuple[DateValue | None, DateValue | None]:
    """Dates written relative to the publication date ("today", "вчера", "am Mittwoch"), which
    need a publication date with a year; and periods ("in 2023", "за 9 мес. 2024 года")."""
    cue = _relative_cue(doc.text[sent.start : sent.end], doc.lang or "")
    if cue is None:
        return None, None
    kind, year, n = cue
    if kind == "months":  # "за 9 мес. 2024 года": from January to the ninth month
        return (
            DateValue(f"{year}-01", "month", component="events"),
            DateValue(f"{year}-{n:02d}", "month", component="events"),
        )
    if kind == "year":
        return DateValue(year, "year", component="events"), None
    published = to_date(doc.published) if doc.published else None
    if published is None:
        return None, None
    if kind == "offset":
        return DateValue((published + dt.timedelta(days=n)).isoformat(), "day", component="events"), None
    back = (published.weekday() - n) % 7
    return DateValue((published - dt.timedelta(days=back)).isoformat(), "day", component="events"), None


@lru_cache(maxsize=4096)
def _relative_cue(text: str, lang: str) -> tuple[str, str, int] | None:
    """What a sentence says of its date without writing one, as (kind, year, n): a period of
    ``n`` months of a year, a year, a day ``n`` days from publication ("offset"), or weekday
    ``n`` (remembered: each event type looks at the same sentences)."""
    period = _MONTHS_OF.search(text)
    if period:
        word = period.group("n")
        return "months", period.group("year"), int(word) if word.isdigit() else _WORD_MONTHS[word.casefold()]
    found = _YEAR.search(text)
    if found:
        return "year", found.group("year"), 0
    for _, _, offset in _lexicon().relative.find(text)[:1]:
        return "offset", "", offset
    for token in re.findall(r"\w+", text):
        day = weekday_index(token, lang)
        if day is not None:
            return "weekday", "", day
    return None


def _with_year(value: DateValue | None, doc: Document, planned: bool = False) -> DateValue | None:
    """A day-month date takes the publication year (for a past event, the one before if it
    would fall after the publication)."""
    published = to_date(doc.published) if doc.published else None
    if value is None or value.has_year or published is None or value.precision == "year":
        return value
    month_day = value.edtf[5:]
    year = published.year
    try:
        if (
            not planned
            and value.precision == "day"
            and dt.date.fromisoformat(f"{year}-{month_day}") > published
        ):
            year -= 1
    except ValueError:
        return value
    return DateValue(f"{year}-{month_day}", value.precision, value.span, value.component)


def _route(doc: Document, sents: list[Sentence], main: str | None) -> dict[str, str | None] | None:
    """Where the goods or people came from and were going to, from country mentions."""
    origin = destination = None
    text = doc.text
    for sent in sents:
        for m in doc.mentions:
            if m.kind != "country" or not (sent.start <= m.span.start < sent.end) or m.entity_id is None:
                continue
            iso = m.entity_id.split(":", 1)[1]
            after = text[m.span.end : m.span.end + 12]
            if after.startswith("-") or (m.surface[:1].islower() and not _FROM_ADJ.match(after)):
                continue  # "the Iran-Azerbaijan border", "von afghanischen Behörden": no route
            before = text[sent.start : m.span.start]
            if _BACKGROUND.search(text[sent.start : sent.end]):
                continue  # "one of the main smuggling routes from Afghanistan": background, no route
            if _BACK_TO.search(before):  # "rushed to run back to Iran": that is where they came from
                origin = origin or iso
                continue
            f, t = _FROM.search(before), _TO.search(before)
            # the preposition nearest the country decides: "from Iran to Azerbaijan"
            is_from = (f is not None and (t is None or f.start() > t.start())) or bool(
                _FROM_ADJ.match(text[m.span.end : m.span.end + 12])
            )
            if origin is None and is_from:
                origin = iso
            elif t is not None and not is_from and iso != origin:
                destination = (
                    iso  # the last one named: "vom Iran nach Zypern ... für Großbritannien bestimmt"
                )
    if origin is None and destination is None:
        return None
    if destination is None and origin != main:
        destination = main
    return {"from": origin, "to": destination}


def _country(doc: Document, sents: list[Sentence], main: str | None) -> str | None:
    for sent in sents:
        for m in doc.mentions:
            if m.kind == "place" and sent.start <= m.span.start < sent.end:
                entity = next((e for e in doc.entities if e.id == m.entity_id), None)
                if entity and entity.country:
                    return entity.country
    return main


def _place(doc: Document, sents: list[Sentence]) -> str | None:
    for sent in sents:
        for m in doc.mentions:
            if m.kind == "place" and sent.start <= m.span.start < sent.end:
                entity = next((e for e in doc.entities if e.id == m.entity_id), None)
                if entity:
                    return entity.canonical
    return None


def _actors(doc: Document, sents: list[Sentence]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for sent in sents:
        for m in doc.mentions:
            if not (sent.start <= m.span.start < sent.end) or m.entity_id is None:
                continue
            if m.kind == "agency":
                _, country, kind = m.entity_id.split(":")
                actor: dict[str, Any] = {"country": country, "kind": kind}
            elif m.kind == "organization":
                entity = next((e for e in doc.entities if e.id == m.entity_id), None)
                actor = {
                    "org": (entity.aliases[0] if entity and entity.aliases else m.entity_id.split(":", 1)[1])
                }
            else:
                continue
            if actor not in out:
                out.append(actor)
    return out


def _status(doc: Document, sents: list[Sentence]) -> str:
    return _status_of(" ".join(doc.text[s.start : s.end] for s in sents))


@lru_cache(maxsize=4096)
def _status_of(text: str) -> str:
    cues = {cue for _, _, cue in _lexicon().status.find(text)}
    for status in ("ongoing", "planned"):
        if status in cues:
            return status
    return "occurred"


def _amount(a: Amount) -> dict[str, Any]:
    value: float | int = int(a.value) if a.value == int(a.value) else a.value
    if a.is_goods:
        return {
            "category": a.category,
            "substance": a.substance,
            "value": value,
            "unit": a.unit,
            "qualifier": a.qualifier,
        }
    return {"value": value, "unit": a.unit, "what": a.what, "qualifier": a.qualifier}


def _main_country(doc: Document) -> str | None:
    from .entities import _dominant_country

    return _dominant_country(doc)


@register
class ExtractEvents:
    """Events with their arguments, each with the spans that prove it."""

    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("text", "mentions", "entities", "published", "threats")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __call__(self, doc: Document) -> Document:
        lexicon = _lexicon()
        plover = lexicon.plover
        sentences = split_sentences(doc.text)
        main = _main_country(doc)
        # trigger sentences by type (the first trigger of a type in each sentence)
        found: dict[str, list[tuple[Sentence, Span]]] = {}
        for t_start, t_end, etype in lexicon.triggers.find(doc.text):
            sent = next((x for x in sentences if x.start <= t_start < x.end), None)
            hits = found.setdefault(etype, [])
            if sent is not None and not any(h[0] is sent for h in hits):
                hits.append((sent, Span(t_start, t_end)))
        if len(found) > 1:
            found.pop("statement", None)
        amounts = find_amounts(doc.text)
        goods = [a for a in amounts if a.is_goods]
        if goods and _GOODS_EVENT not in found:
            first = next(s for s in sentences if s.start <= goods[0].span.start < s.end)
            found[_GOODS_EVENT] = [(first, goods[0].span)]
        groups = list(self._groups(found, goods, sentences))
        events: list[Event] = []
        for etype, hits in groups:
            sents = [s for s, _ in hits]
            start, end = None, None
            paragraph = {s.paragraph for s in sents}
            nearby = sents + [s for s in sentences if s.paragraph in paragraph and s not in sents]
            # an incident without a date of its own takes the first one the article gives
            rest = (
                [s for s in sentences if s not in nearby and not _is_header(doc, s)]
                if etype in _INCIDENTS
                else []
            )
            # the lead trigger sentence says whether it happened; a sentence about what is planned
            # ("the next conference is expected in 2027") does not date a past event
            status = _status(doc, sents[:1])
            planned = status == "planned"
            for sent in nearby + rest:
                if not planned and _status(doc, [sent]) == "planned":
                    continue
                start, end = _dates_in(doc, sent)
                if start:
                    break
            published = to_date(doc.published) if doc.published else None
            if (
                start
                and start.precision == "year"
                and published
                and not planned
                and int(start.edtf[:4]) > published.year
            ):
                start, end = None, None  # "the next session in 2027" dates a future event, not this one
            start, end = _with_year(start, doc, planned), _with_year(end, doc, planned)
            event = Event(
                type=etype,
                trigger=hits[0][1],
                component=self.name,
                date_start=start.edtf if start else None,
                date_end=end.edtf if end else None,
                place=_place(doc, sents),
                country=_country(doc, sents, main),
                status=status,
                actors=_actors(doc, sents),
                plover=dict(plover[etype]),
                spans=[span for _, span in hits],
            )
            events.append(event)
        operation = next((e for e in events if e.type == "operation" and e.date_start), None)
        for event in events:
            if operation and event.type in ("seizure", "arrest") and event.date_start is None:
                event.date_start, event.date_end = operation.date_start, operation.date_end
        self._attach(doc, events, amounts, sentences)
        events = [e for e in events if e.type != _GOODS_EVENT or e.goods or _names_goods(doc, e)]
        # a route is that of goods or people the article reports moving
        carriers = [
            e for e in events if e.type in ("seizure", "arrest", "clash") and (e.goods or e.quantities)
        ]
        if carriers:
            route = _route(doc, sentences, main)
            for event in carriers:
                event.route = route
        doc.events.extend(events)
        return doc

    @staticmethod
    def _groups(
        found: dict[str, list[tuple[Sentence, Span]]], goods: list[Amount], sentences: list[Sentence]
    ) -> Iterator[tuple[str, list[tuple[Sentence, Span]]]]:
        """One group per type; seizures split by paragraphs that each report finds."""
        for etype, hits in found.items():
            if etype != _GOODS_EVENT:
                yield etype, hits
                continue
            with_goods = {s.paragraph for s in sentences for a in goods if s.start <= a.span.start < s.end}
            by_paragraph: dict[int, list[tuple[Sentence, Span]]] = {}
            for sent, span in hits:
                key = sent.paragraph if sent.paragraph in with_goods else -1
                by_paragraph.setdefault(key, []).append((sent, span))
            rest = by_paragraph.pop(-1, [])
            groups = list(by_paragraph.values()) or [rest]
            if rest and by_paragraph:
                groups[0] = groups[0] + rest
            yield from ((etype, g) for g in groups)

    @staticmethod
    def _attach(doc: Document, events: list[Event], amounts: list[Amount], sentences: list[Sentence]) -> None:
        """Goods to the seizure of their paragraph; counts to the event of their sentence."""
        seen: set[tuple[Any, ...]] = set()
        for a in amounts:
            sent = next((s for s in sentences if s.start <= a.span.start < s.end), None)
            if sent is None:
                continue
            in_sentence = [e for e in events if any(sent.start <= sp.start < sent.end for sp in e.spans)]
            if a.is_goods or a.unit in ("laboratory", "vehicle") or (len(a.unit) == 3 and a.unit.isupper()):
                seizures = [e for e in events if e.type == _GOODS_EVENT]
                same = [
                    e for e in seizures if any(_paragraph(sentences, sp) == sent.paragraph for sp in e.spans)
                ]
                candidates = same or seizures or in_sentence
            else:
                # a count belongs to its sentence's event, else to the nearest one before it
                arrests = [e for e in in_sentence if e.type == "arrest"] if a.unit == "person" else []
                others = [e for e in in_sentence if e.type != _GOODS_EVENT or a.unit != "person"]
                before = sorted(
                    (e for e in events if e.trigger.start <= a.span.start), key=lambda e: -e.trigger.start
                )
                candidates = arrests or others or before or events
            if not candidates:
                continue
            target = candidates[0]
            record = _amount(a)
            key = tuple(sorted((k, v) for k, v in record.items() if k != "what"))
            if key in seen:
                continue  # the same find in the title and the body
            seen.add(key)
            (target.goods if a.is_goods else target.quantities).append(record)
            target.spans.append(a.span)


def _names_goods(doc: Document, event: Event) -> bool:
    """Whether a seizure's sentences name seized goods (it found something, not "found that")."""
    return any(names_goods(doc.text[max(0, sp.start - 120) : sp.end + 120]) for sp in event.spans)


def _is_header(doc: Document, sent: Sentence) -> bool:
    """The dateline or a date line: it dates the article, not the events."""
    spans = [doc.published.span if doc.published else None, doc.dateline.span if doc.dateline else None]
    return any(s is not None and sent.start <= s.start < sent.end for s in spans)


def _paragraph(sentences: list[Sentence], span: Span) -> int:
    return next((s.paragraph for s in sentences if s.start <= span.start < s.end), -1)
