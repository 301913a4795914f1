"""Entity recognition: countries, international organisations and places, each mention with
its span and the component that found it, linked to knowledge-base entities.

- ``countries``: names, adjectives, demonyms and national abbreviations in every language of
  ``data/countries.json`` ("türkische Polizei" -> TR, "таджикско-афганской" -> TJ, AF,
  "ГКНБ РТ" -> TJ).
- ``organizations``: names and acronyms of ``data/organizations.json`` (CSTO = OVKS = ОДКБ).
- ``places``: the gazetteer (``data/places.jsonl.gz``) for capitalised names, Russian case
  endings undone for names it lacks ("в Бекабаде" -> Bekabad), and the phrases that introduce
  smaller places (``data/place_patterns.json``: "the village of X", "застава «X»").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from .document import Document, Entity, Mention, Span
from .errors import ConfigError
from .kb import PhraseIndex, Place, countries, folded_tokens, key, load_json, organizations, places, tokenize
from .pipeline import register
from .translit import romanize

# case endings, and the endings of adjectives formed from a place ("Кемеровской области")
_RU_ENDINGS = (
    "ского",
    "скому",
    "ском",
    "ским",
    "ской",
    "ская",
    "скую",
    "ами",
    "ями",
    "ом",
    "ем",
    "ой",
    "ей",
    "ах",
    "ях",
    "е",
    "а",
    "у",
    "ы",
    "и",
    "ю",
    "я",
)
_RU_NOMINATIVE = ("", "а", "я", "ь", "о")
_CYRILLIC = re.compile(r"^[А-ЯЁ][а-яё-]+$")


def _start(token: tuple[int, int, str]) -> int:
    return token[0]


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span.start < t.end and t.start < span.end for t in taken)


class _Coverage:
    """The characters of a text that spans cover, for many overlap tests against the same
    spans (each a search in C instead of a loop over the spans)."""

    def __init__(self, size: int, spans: list[Span]) -> None:
        self.covered = bytearray(size)
        self.empty = [s for s in spans if s.end <= s.start]  # tested as _overlaps does
        for s in spans:
            end = min(s.end, size)
            if s.start < end:
                self.covered[s.start : end] = b"\x01" * (end - s.start)

    def overlaps(self, span: Span) -> bool:
        return self.covered.find(1, span.start, span.end) != -1 or _overlaps(span, self.empty)


def _add_entity(doc: Document, entity: Entity) -> Entity:
    for known in doc.entities:
        if known.id == entity.id:
            return known
    doc.entities.append(entity)
    return entity


def find_countries(text: str) -> list[tuple[Span, str]]:
    """Spans of country mentions in ``text`` with their ISO2 codes."""
    index, _ = countries()
    return [(Span(s, e), iso) for s, e, iso in index.find(text)]


@register
class RecogniseCountries:
    """A mention for every country named, and one country entity per country."""

    name: ClassVar[str] = "countries"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        names = countries()[1]
        for span, iso in find_countries(doc.text):
            eid = f"country:{iso}"
            doc.mentions.append(Mention(span, "country", doc.snippet(span), self.name, eid))
            _add_entity(doc, Entity(eid, "country", names.get(iso, iso), country=iso))
        return doc


@register
class RecogniseOrganizations:
    """International organisations by name or acronym in any covered language."""

    name: ClassVar[str] = "organizations"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        taken = [m.span for m in doc.mentions]
        for start, end, org in organizations().find(doc.text):
            span = Span(start, end)
            if _overlaps(span, taken):
                continue
            eid = f"org:{org.id}"
            doc.mentions.append(Mention(span, "organization", doc.snippet(span), self.name, eid))
            entity = _add_entity(doc, Entity(eid, "organization", org.name, aliases=[]))
            if org.acronym and org.acronym not in entity.aliases:
                entity.aliases.append(org.acronym)
        return doc


@cache
def _place_index() -> PhraseIndex:
    index = PhraseIndex()
    for alias_key, candidates in places().items():
        index.add(alias_key, candidates)
    return index


@cache
def _place_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """The patterns, each with a test for the script its words are written in (a Russian
    pattern cannot match a text without Cyrillic letters, nor an English one without Latin)."""
    data = load_json("place_patterns.json")["patterns"]
    return [
        (re.compile(p), _CYRILLIC_LETTER if lang == "ru" else _LATIN_LETTER)
        for lang, patterns in data.items()
        for p in patterns
    ]


_CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")
_LATIN_LETTER = re.compile(r"[a-zA-Z]")


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that are never place or person names (sentence openers, nouns)."""
    words = {w.casefold() for w in load_json("place_patterns.json")["exclude"]["words"]}
    try:
        data = load_json("persons.json")
    except ConfigError:  # the persons lexicon is optional here
        data = {}
    for lang, values in data.get("not_names", {}).items():
        if lang != "source":
            words.update(w.casefold() for w in values)
    return frozenset(words)


@cache
def _noun_markers() -> dict[str, frozenset[str]]:
    data = load_json("place_patterns.json")["noun_markers"]
    return {lang: frozenset(words) for lang, words in data.items() if lang != "source"}


def _main_country(doc: Document) -> str | None:
    if doc.dateline and doc.dateline.country:
        return doc.dateline.country
    counts = Counter(m.entity_id for m in doc.mentions if m.kind == "country")
    if not counts:
        return None
    return str(counts.most_common(1)[0][0]).split(":", 1)[1]


def _choose(candidates: list[Place], main: str | None, doc_countries: set[str], strict: bool) -> Place | None:
    """The place meant: one in the article's main country, else in a country it names, else a
    capital or a large city (``strict``: only a capital) -- a small town elsewhere is more
    likely a word."""
    for country in (main, *sorted(doc_countries)):
        for place in candidates:
            if country and place.country == country:
                return place
    best = max(candidates, key=lambda p: (p.capital, p.population))
    if best.capital or (not strict and best.population >= 1_000_000):
        return best
    return None


def _plausible(surface: str) -> bool:
    return (
        surface[:1].isupper()
        and (len(surface) >= 4 or surface.isupper())
        and surface.casefold() not in _not_names()
    )


def _deinflect(token: str) -> list[Place] | None:
    """Candidates for a Russian inflected name the gazetteer lacks ("Бекабаде" -> Бекабад)."""
    index = places()
    for ending in _RU_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            stem = token[: -len(ending)]
            for nominative in _RU_NOMINATIVE:
                found = index.get(key(stem + nominative))
                if found:
                    return found
    return None


@register
class RecognisePlaces:
    """Named places with their English name, country and coordinates."""

    name: ClassVar[str] = "places"
    requires: ClassVar[tuple[str, ...]] = ("text", "mentions", "dateline")
    assigns: ClassVar[tuple[str, ...]] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        # a place inside a body's name counts ("OSCE Centre in Astana"): only countries block
        taken = [m.span for m in doc.mentions if m.kind == "country"]
        line = doc.dateline
        if line and line.agency_span:
            taken.append(line.agency_span)
        main = _main_country(doc)
        doc_countries = {e.country for e in doc.entities if e.type == "country" and e.country}
        found: list[tuple[Span, Place]] = []
        tokens = tokenize(text)
        matched: list[Span] = []
        markers = _noun_markers().get(doc.lang or "", frozenset())
        folded = folded_tokens(text)
        for start, end, candidates in _place_index().find(text, tokens):
            span = Span(start, end)
            matched.append(span)
            at = bisect_left(tokens, start, key=_start)
            before = folded[at - 1] if at else None  # "Dorf Kuchi", "village of": a noun marker
            if _overlaps(span, taken) or not _plausible(text[start:end]) or before in markers:
                continue
            place = _choose(candidates, main, doc_countries, strict=False)
            if place:
                found.append((span, place))
        # an adjective inside a body's name is no place ("Шанхайской организации сотрудничества")
        blocked = _Coverage(
            len(text), matched + taken + [m.span for m in doc.mentions if m.kind == "organization"]
        )
        for start, end, word in tokens:
            if len(word) < 4 or not _CYRILLIC.match(word):
                continue
            span = Span(start, end)
            if not blocked.overlaps(span):
                candidates = _deinflect(word)
                if candidates and _plausible(word):
                    place = _choose(candidates, main, doc_countries, strict=True)
                    if place:
                        found.append((span, place))
        self._patterns(doc, found, taken, main)
        if (
            line
            and line.place
            and line.place_span
            and line.country
            and not _overlaps(line.place_span, [s for s, _ in found])
        ):
            place = Place(f"name:{line.country}:{line.place}", line.place, line.country, None, None)
            found.append((line.place_span, place))
        for span, place in found:
            eid = f"place:{place.id}"
            doc.mentions.append(Mention(span, "place", doc.snippet(span), self.name, eid))
            coords = (place.lat, place.lon) if place.lat is not None and place.lon is not None else None
            _add_entity(doc, Entity(eid, "place", place.name, country=place.country, coords=coords))
        return doc

    def _patterns(
        self, doc: Document, found: list[tuple[Span, Place]], taken: list[Span], country: str | None
    ) -> None:
        """Places the gazetteer lacks, from the phrases that introduce them."""
        have = [s for s, _ in found] + taken
        scripts: dict[re.Pattern[str], bool] = {}
        for pattern, script in _place_patterns():
            if script not in scripts:
                scripts[script] = script.search(doc.text) is not None
            if not scripts[script]:
                continue
            for m in pattern.finditer(doc.text):
                span = Span(m.start("name"), m.end("name"))
                name = m.group("name")
                if _overlaps(span, have) or name.split()[0].casefold() in _not_names() or country is None:
                    continue
                known = places().get(key(name)) or (_deinflect(name) if _CYRILLIC.match(name) else None)
                doc_countries = {e.country for e in doc.entities if e.type == "country" and e.country}
                if known and (place := _choose(known, country, doc_countries | {country}, strict=True)):
                    found.append((span, place))
                else:
                    latin = romanize(name)
                    found.append(
                        (span, Place(f"name:{country}:{latin.casefold()}", latin, country, None, None))
                    )
                have.append(span)


@dataclass(frozen=True, slots=True)
class _AgencyForm:
    kind: str
    countries: tuple[str, ...]  # empty: bound from the text around it
    name: str | None = None
    explicit: bool = False  # bound only to a country written next to it


@cache
def _agency_index() -> PhraseIndex:
    data = load_json("agencies.json")
    index = PhraseIndex()
    for entry in data.get("specific", []):
        form = _AgencyForm(entry["kind"], (entry["country"],), entry.get("name"))
        for pattern in entry["patterns"]:
            index.add(pattern, form, exact=_is_abbreviation(pattern))
    for entry in data.get("ambiguous_patterns", []):
        form = _AgencyForm(entry["kind"], tuple(entry["countries"]))
        index.add(entry["pattern"], form, exact=_is_abbreviation(entry["pattern"]))
    for entry in [*data.get("generic", []), *data.get("explicit", [])]:
        form = _AgencyForm(
            entry["kind"], (), explicit=entry.get("bind") == "explicit" or entry["kind"] == "embassy"
        )
        for pattern in entry["patterns"]:
            index.add(pattern, form, exact=_is_abbreviation(pattern))
    return index


def _is_abbreviation(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


_BEFORE = re.compile(r"^[\s\w'’-]{0,30}$")
_AFTER = re.compile(
    r"^\s*(?:(?:of|der|des|von|de)\s+)?(?:the\s+)?(?:(?:Islamic\s+|Islamischen\s+)?(?:Republic|Republik|Республики)"
    r"(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)


def _attached_country(doc: Document, span: Span) -> str | None:
    """The country written next to a body: an adjective or possessive right before it
    ("türkische Polizei", "Kazakhstan's police", "US Embassy") or a genitive right after it
    ("МВД Кыргызстана", "Border Service of Azerbaijan"), not "dankte der chinesischen Regierung"."""
    text = doc.text
    best: tuple[int, str] | None = None
    for m in doc.mentions:
        if m.kind != "country" or m.entity_id is None:
            continue
        if m.span.end <= span.start:
            gap = text[m.span.end : span.start]
            ok = _BEFORE.match(gap) is not None and len(gap.split()) <= 2
            dist = span.start - m.span.end
        elif m.span.start >= span.end:
            gap = text[span.end : m.span.start]
            ok = _AFTER.match(gap) is not None
            dist = m.span.start - span.end
        else:
            continue
        if ok and (best is None or dist < best[0]):
            best = (dist, str(m.entity_id).split(":", 1)[1])
    return best[1] if best else None


def _near_organization(doc: Document, span: Span, window: int = 40) -> bool:
    """A body of an organisation's member states ("customs services of the CSTO member states")."""
    return any(m.kind == "organization" and 0 <= m.span.start - span.end <= window for m in doc.mentions)


_LIST_SEP = re.compile(r"\s*(?:,|and|und|и|sowie|as well as)\s*", re.IGNORECASE)


def _countries_listed_after(doc: Document, end: int) -> list[str]:
    """Countries in a list right after a body: "drug control agencies of Afghanistan, Belarus and Russia"."""
    text = doc.text
    m = re.match(r"\s+(?:of|from|der|aus|из|стран)\s+(?:the\s+)?", text[end : end + 20])
    if not m:
        return []
    pos = end + m.end()
    mentions = sorted(
        (x for x in doc.mentions if x.kind == "country" and x.span.start >= pos), key=lambda x: x.span.start
    )
    out: list[str] = []
    for x in mentions:
        gap = text[pos : x.span.start]
        if gap and not _LIST_SEP.fullmatch(gap):
            break
        out.append(str(x.entity_id).split(":", 1)[1])
        pos = x.span.end
    return out if len(out) > 1 else []


def _dominant_country(doc: Document) -> str | None:
    """The dateline's country, or the one named more often than any other."""
    if doc.dateline and doc.dateline.country:
        return doc.dateline.country
    counts = Counter(
        e.country
        for m in doc.mentions
        if m.kind in ("country", "place")
        for e in doc.entities
        if e.id == m.entity_id and e.country
    )
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


@register
class RecogniseAgencies:
    """National state bodies, typed by kind and bound to their country."""

    name: ClassVar[str] = "agencies"
    requires: ClassVar[tuple[str, ...]] = ("text", "mentions", "dateline")
    assigns: ClassVar[tuple[str, ...]] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        main = _dominant_country(doc)
        doc_countries = {e.country for e in doc.entities if e.country}
        for start, end, form in _agency_index().find(doc.text):
            span = Span(start, end)
            if form.countries and len(form.countries) == 1:
                owners = [form.countries[0]]
            elif form.countries:
                owners = [c for c in form.countries if c in doc_countries][:1]
            else:
                listed = _countries_listed_after(doc, end)
                near = _attached_country(doc, span)
                if near is None and not form.explicit and not _near_organization(doc, span):
                    near = main
                owners = listed or ([near] if near else [])
            for country in owners:
                eid = f"agency:{country}:{form.kind}"
                doc.mentions.append(Mention(span, "agency", doc.snippet(span), self.name, eid))
                canonical = form.name or f"{country} {form.kind.replace('_', ' ')}"
                _add_entity(doc, Entity(eid, "agency", canonical, country=country))
        return doc
