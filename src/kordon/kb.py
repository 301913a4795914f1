"""The knowledge base: loads the data files under ``kordon/data`` lazily, once per process.

Stages ask this module; no stage hard-codes an entry. ``kb`` never imports a stage.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .errors import ConfigError


def data_path(name: str) -> Any:
    """A traversable for a file under ``kordon/data``."""
    return resources.files("kordon").joinpath("data", name)


@cache
def load_json(name: str) -> Any:
    """Parse a JSON data file (cached)."""
    try:
        return json.loads(data_path(name).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"knowledge-base file missing: data/{name}") from exc


def load_jsonl_gz(name: str) -> list[dict[str, Any]]:
    path = data_path(name)
    try:
        with path.open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    except FileNotFoundError as exc:
        raise ConfigError(f"knowledge-base file missing: data/{name}") from exc


def key(text: str) -> str:
    """Lookup key: case-folded, accents and quotes stripped, spaces and dashes collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("ё", "е").replace("Ё", "Е"))
    text = "".join(c for c in text if not unicodedata.combining(c) or c in "\u0306")
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[«»\"“”„'’`ʼ]", "", text)
    text = re.sub(r"[\s\-‐–—]+", " ", text)
    return text.strip(" .,")


@dataclass(slots=True)
class Place:
    """A named place with its English exonym, country and coordinates."""

    id: str
    name: str
    country: str
    lat: float | None
    lon: float | None
    kind: str = "city"
    population: int = 0
    aliases: list[str] = field(default_factory=list)
    capital: bool = False


@cache
def places() -> dict[str, list[Place]]:
    """Places by lookup key of every alias, most populous first."""
    index: dict[str, list[Place]] = {}
    for row in load_jsonl_gz("places.jsonl.gz"):
        place = Place(
            id=row["id"],
            name=row["name"],
            country=row["country"],
            lat=row.get("lat"),
            lon=row.get("lon"),
            kind=row.get("kind", "city"),
            population=int(row.get("population") or 0),
            aliases=row.get("aliases", []),
            capital=bool(row.get("capital")),
        )
        for alias in {row["name"], *place.aliases}:
            index.setdefault(key(alias), []).append(place)
    for candidates in index.values():
        candidates.sort(key=lambda p: (p.kind not in ("city", "capital"), -p.population))
    return index


def find_place(name: str) -> Place | None:
    """The best-known place called ``name`` (any alias, any script), else ``None``."""
    candidates = places().get(key(name))
    return candidates[0] if candidates else None


@dataclass(slots=True)
class NewsAgency:
    id: str
    name: str
    country: str | None
    aliases: list[str]


@cache
def _agencies() -> tuple[dict[str, NewsAgency], frozenset[str]]:
    data = load_json("news_agencies.json")
    index: dict[str, NewsAgency] = {}
    for row in data["agencies"]:
        agency = NewsAgency(row.get("id", row["name"]), row["name"], row.get("country"), row["aliases"])
        for alias in {row["name"], *row["aliases"]}:
            index.setdefault(key(alias), agency)
    aggregators = frozenset(
        key(a["marker"] if isinstance(a, dict) else a) for a in data.get("aggregators", [])
    )
    return index, aggregators


def find_news_agency(name: str) -> NewsAgency | None:
    """A news agency by any of its names (``БелТА`` -> BelTA), else ``None``."""
    return _agencies()[0].get(key(name))


def is_aggregator(name: str) -> bool:
    """Whether ``name`` marks a syndication aggregator (``MENAFN``), not an agency."""
    return key(name) in _agencies()[1]


@cache
def _countries() -> dict[str, str]:
    """Country names (several languages) -> ISO2."""
    index: dict[str, str] = {}
    try:
        data = load_json("countries.json")
    except ConfigError:
        data = None
    if data:
        for row in data["countries"]:
            forms = [row["name"]]
            for names in row.get("names", {}).values():
                forms.extend(names)
            for form in forms:
                index.setdefault(key(form), row["iso2"])
        return index
    from babel import Locale  # fallback until the countries file exists

    for code in ("en", "de", "ru"):
        for iso, name in Locale.parse(code).territories.items():
            if len(iso) == 2 and iso.isalpha():
                index.setdefault(key(name), iso)
    return index


def find_country(name: str) -> str | None:
    """ISO2 of a country named ``name`` in any covered language, else ``None``."""
    return _countries().get(key(name))


# ----------------------------------------------------------------- phrase lookup

# internal dots join "24.kg" and "U.S." but not "г.Ташкенте" (a dot before a capital)
WORD = re.compile(r"[^\W_]+(?:(?:\.(?![A-ZА-ЯЁ])|['’ʻ])[^\W_]+)*")


class PhraseIndex:
    """Word n-grams -> payloads, matched leftmost-longest over a text's tokens.

    Forms are keyed case-folded, except ``exact`` ones (abbreviations, forms that are also
    common words), which must appear as written. A form's tokens are its words: hyphens,
    quotes and punctuation between words do not matter ("Nur-Sultan" = "Nur Sultan").
    """

    def __init__(self) -> None:
        self.folded: dict[str, Any] = {}
        self.exact: dict[str, Any] = {}
        self.starts: set[str] = set()
        self.longest = 1
        self.lengths: dict[str, list[int]] = {}
        """Phrase lengths in words by first word (folded), longest first."""

    def add(self, form: str, payload: Any, *, exact: bool = False) -> None:
        tokens = WORD.findall(form)
        if len(tokens) > 1 and tokens[0].casefold() == "the":
            tokens = tokens[1:]  # "the UN" is "UN": an article must not swallow a longer name
        if not tokens:
            return
        self.longest = max(self.longest, len(tokens))
        phrase = " ".join(tokens)
        if exact:
            self.exact.setdefault(phrase, payload)
        else:
            self.folded.setdefault(phrase.casefold(), payload)
        self.starts.add(tokens[0].casefold())
        lengths = self.lengths.setdefault(tokens[0].casefold(), [])
        if len(tokens) not in lengths:
            lengths.append(len(tokens))
            lengths.sort(reverse=True)

    def lookup(self, phrase: str) -> Any:
        found = self.exact.get(phrase)
        if found is None and (not phrase.isupper() or len(phrase) > 4):
            found = self.folded.get(phrase.casefold())
        return found

    def find(self, text: str, tokens: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, Any]]:
        """Non-overlapping matches as (start, end, payload), leftmost-longest."""
        toks = tokens if tokens is not None else tokenize(text)
        if tokens is None or toks is tokenize(text):
            folded, where = folded_tokens(text), _positions(text)
        else:
            folded = [t[2].casefold() for t in toks]
            where = _index_of(folded)
        # only where a phrase can start: the text's words that begin one, looked up once each
        heads = sorted(i for word, at in where.items() if word in self.lengths for i in at)
        out: list[tuple[int, int, Any]] = []
        free, n_tok = 0, len(toks)
        for i in heads:
            if i < free:
                continue
            for n in self.lengths[folded[i]]:
                if n > n_tok - i:
                    continue
                window = toks[i : i + n]
                found = self.lookup(" ".join(t[2] for t in window))
                if found is not None:
                    out.append((window[0][0], window[-1][1], found))
                    free = i + n
                    break
        return out


def _index_of(words: list[str]) -> dict[str, list[int]]:
    where: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        where.setdefault(word, []).append(i)
    return where


@lru_cache(maxsize=8)
def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text`` with their offsets (the last few texts are remembered, since every
    recogniser tokenizes the same document: do not change the list returned)."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


@lru_cache(maxsize=8)
def folded_tokens(text: str) -> list[str]:
    """The casefolded words of :func:`tokenize` (remembered alike)."""
    return [t[2].casefold() for t in tokenize(text)]


@lru_cache(maxsize=8)
def _positions(text: str) -> dict[str, list[int]]:
    """Where each casefolded word of :func:`tokenize` occurs (remembered alike)."""
    return _index_of(folded_tokens(text))


@lru_cache(maxsize=8)
def _stem_positions(text: str) -> dict[str, list[int]]:
    """Where each word of :func:`_stem_tokens` occurs (remembered alike)."""
    return _index_of([t[2] for t in _stem_tokens(text)])


@lru_cache(maxsize=8)
def _stem_tokens(text: str) -> list[tuple[int, int, str]]:
    """Casefolded word tokens for :class:`StemMatcher` (hyphenated words kept whole)."""
    return [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class Organization:
    """An international organisation as the exchange format names it."""

    id: str
    name: str
    acronym: str | None


@cache
def organizations() -> PhraseIndex:
    """Names and acronyms of international organisations (all languages) -> Organization.

    An organ without an acronym of its own counts as its parent (the "CSTO Secretariat" is
    the CSTO); one with its own (SCO RATS, CIS CCBT) counts as itself.
    """
    data = load_json("organizations.json")
    rows = {row["id"]: row for row in data["organizations"]}
    shared = {a["form"] for a in data.get("ambiguous", [])}
    index = PhraseIndex()
    for row in rows.values():
        target = row
        while target.get("parent") and not target.get("acronym") and target["parent"] in rows:
            target = rows[target["parent"]]
        org = Organization(target["id"], target["name"], target.get("acronym"))
        for names in row.get("names", {}).values():
            for form in names:
                if form not in shared:
                    index.add(form, org, exact=len(form) <= 4 or form.isupper())
        for acronyms in row.get("acronyms", {}).values():
            for form in acronyms:
                if form not in shared:
                    index.add(form, org, exact=True)
    return index


@cache
def countries() -> tuple[PhraseIndex, dict[str, str]]:
    """Country names, adjectives, demonyms and abbreviations -> ISO2; and ISO2 -> English name."""
    data = load_json("countries.json")
    flagged = {a["form"] for a in data.get("ambiguous", [])}
    shared = {a["form"] for a in data.get("ambiguous", []) if len(a.get("ids", [])) != 1}
    index = PhraseIndex()
    names: dict[str, str] = {}
    for row in data["countries"]:
        iso = row["iso2"]
        names[iso] = row["name"]
        abbreviations = set(row.get("abbreviations", []))
        forms = [row["name"]]
        for group in ("names", "adjectives", "demonyms"):
            for values in row.get(group, {}).values():
                forms.extend(values)
        for form in [*forms, *abbreviations]:
            if form in shared or len(form) < 2:
                continue
            index.add(form, iso, exact=form in flagged or form in abbreviations or len(form) <= 3)
    return index, names


# ----------------------------------------------------------------- stem lookup

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


class StemMatcher:
    """Word patterns with wildcards matched token by token, without backtracking regexes.

    A pattern is one or more words; a word ending in ``*`` matches any ending ("наркотик*"),
    one starting with ``*`` any beginning (German compounds: "*schmuggel" in "Heroinschmuggel"),
    ``*x*`` anything containing ``x``; other words match whole. Case-insensitive.
    """

    def __init__(self) -> None:
        self.exact: dict[str, list[tuple[list[str], Any]]] = {}
        self.prefix: dict[str, list[tuple[str, list[str], Any]]] = {}
        self.contains: list[tuple[str, bool, bool, list[str], Any]] = []
        self._heads: dict[str, list[tuple[list[str], Any]]] = {}

    def add(self, pattern: str, payload: Any) -> None:
        words = [w.casefold() for w in pattern.split()]
        if not words:
            return
        self._heads.clear()
        head, rest = words[0], words[1:]
        if head.startswith("*"):
            self.contains.append((head.strip("*"), True, head.endswith("*"), rest, payload))
        elif head.endswith("*"):
            stem = head[:-1]
            self.prefix.setdefault(stem[:3], []).append((stem, rest, payload))
        else:
            self.exact.setdefault(head, []).append((rest, payload))

    @staticmethod
    def _word_ok(pattern: str, token: str) -> bool:
        start, end = pattern.startswith("*"), pattern.endswith("*")
        core = pattern.strip("*")
        if start and end:
            return core in token
        if start:
            return token.endswith(core)
        if end:
            return token.startswith(core)
        return token == core

    def _candidates(self, tok: str) -> list[tuple[list[str], Any]]:
        """The patterns whose first word matches ``tok`` (remembered: words recur)."""
        found = self._heads.get(tok)
        if found is not None:
            return found
        found = list(self.exact.get(tok, []))
        found += [(rest, p) for stem, rest, p in self.prefix.get(tok[:3], []) if tok.startswith(stem)]
        for core, _start, end, rest, p in self.contains:
            if core in tok and (end or tok.endswith(core)):
                found.append((rest, p))
        if len(self._heads) > 500_000:
            self._heads.clear()
        self._heads[tok] = found
        return found

    def find(self, text: str) -> list[tuple[int, int, Any]]:
        """Matches as (start, end, payload), longest first at each token, non-overlapping."""
        tokens = _stem_tokens(text)
        # only where a pattern can start: each distinct word of the text looked up once
        heads = sorted(i for word, at in _stem_positions(text).items() if self._candidates(word) for i in at)
        out: list[tuple[int, int, Any]] = []
        free = 0
        for i in heads:
            if i < free:
                continue
            best: tuple[int, Any] | None = None
            for rest, payload in self._candidates(tokens[i][2]):
                n = len(rest)
                if (
                    i + n < len(tokens)
                    and all(self._word_ok(w, tokens[i + 1 + k][2]) for k, w in enumerate(rest))
                    and (best is None or n > best[0])
                ):
                    best = (n, payload)
            if best is None:
                continue
            n, payload = best
            out.append((tokens[i][0], tokens[i + n][1], payload))
            free = i + n + 1
        return out
