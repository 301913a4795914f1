"""Entity recognition. This release recognises countries: by name, adjective, demonym or
national abbreviation in any language of ``data/countries.json`` ("türkische Polizei" -> TR,
"таджикско-афганской" -> TJ, AF, "ГКНБ РТ" -> TJ). Organisations, agencies, persons and places
follow (issue 4).

Matching is a dictionary lookup of word n-grams (fast, no regex alternation): forms are keyed
case-folded, except abbreviations and forms that are also common words, which must appear
exactly as written (capitalised).
"""

from __future__ import annotations

import re
from functools import cache
from typing import ClassVar

from .document import Document, Entity, Mention, Span
from .kb import load_json
from .pipeline import register

_WORD = re.compile(r"[^\W_]+(?:[.'’ʻ][^\W_]+)*", re.UNICODE)
_MAX_TOKENS = 5


@cache
def _country_forms() -> tuple[dict[str, str], dict[str, str], dict[str, str], int]:
    """Folded forms -> ISO2, exact-case forms -> ISO2, ISO2 -> English name, longest form in words."""
    data = load_json("countries.json")
    flagged = {a["form"] for a in data.get("ambiguous", [])}
    shared = {a["form"] for a in data.get("ambiguous", []) if len(a.get("ids", [])) != 1}
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    names: dict[str, str] = {}
    longest = 1
    for row in data["countries"]:
        iso = row["iso2"]
        names[iso] = row["name"]
        forms = [row["name"]]
        for group in ("names", "adjectives", "demonyms"):
            for values in row.get(group, {}).values():
                forms.extend(values)
        for form in [*forms, *row.get("abbreviations", [])]:
            if form in shared or len(form) < 2:
                continue
            tokens = _WORD.findall(form)
            if not tokens:
                continue
            longest = max(longest, len(tokens))
            joined = " ".join(tokens)
            if form in flagged or form in row.get("abbreviations", []) or len(form) <= 3:
                exact.setdefault(joined, iso)
            else:
                folded.setdefault(joined.casefold(), iso)
    return folded, exact, names, min(longest, _MAX_TOKENS)


def find_countries(text: str) -> list[tuple[Span, str]]:
    """Spans of country mentions in ``text`` with their ISO2 codes, longest match first."""
    folded, exact, _, longest = _country_forms()
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[tuple[Span, str]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            window = tokens[i : i + n]
            phrase = " ".join(t[2] for t in window)
            iso = exact.get(phrase)
            if iso is None and (not phrase.isupper() or len(phrase) > 4):  # "KAZAKHSTAN", not "ОН"
                iso = folded.get(phrase.casefold())
            if iso is not None:
                out.append((Span(window[0][0], window[-1][1]), iso))
                i += n
                break
        else:
            i += 1
    return out


@register
class RecogniseCountries:
    """Add a mention for every country named, and one country entity per country."""

    name: ClassVar[str] = "countries"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        names = _country_forms()[2]
        seen: dict[str, Entity] = {e.id: e for e in doc.entities}
        for span, iso in find_countries(doc.text):
            eid = f"country:{iso}"
            doc.mentions.append(Mention(span, "country", doc.text[span.start : span.end], self.name, eid))
            if eid not in seen:
                seen[eid] = Entity(eid, "country", names.get(iso, iso), country=iso)
                doc.entities.append(seen[eid])
        return doc
