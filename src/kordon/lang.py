"""Language identification: lingua over the region's languages, refined by letter and
function-word profiles for languages lingua lacks (Kyrgyz, Tajik, Uzbek, Turkmen).

An explicit ``lang`` given with the input wins.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, ClassVar

from .document import Document
from .kb import load_json
from .pipeline import register

_SAMPLE = 400  # lingua is as sure on a paragraph as on a page, and many times faster
_WORD = re.compile(r"[\w'ʻʼ‘]+")


@cache
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in load_json("languages.json")["lingua"]]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


@cache
def _profiles() -> list[tuple[str, str, str, frozenset[str]]]:
    """(code, distinctive letters, excluded letters, function words) per profile language."""
    return [
        (prof.get("code", name), prof["letters"], prof.get("exclude", ""), frozenset(prof["words"]))
        for name, prof in load_json("languages.json")["profiles"].items()
    ]


def _profile_scores(text: str) -> dict[str, float]:
    """Share of distinctive letters and function words per profile language."""
    lower = text.casefold()
    words = _WORD.findall(lower)
    if not words:
        return {}
    letters = sum(1 for c in lower if c.isalpha()) or 1
    scores: dict[str, float] = {}
    for code, own_letters, excluded, function_words in _profiles():
        own = sum(lower.count(c) for c in own_letters)
        foreign = sum(lower.count(c) for c in excluded)
        hits = sum(1 for w in words if w in function_words)
        if foreign > own or (own == 0 and hits < 2):
            continue
        scores[code] = max(scores.get(code, 0.0), own / letters * 20 + hits / len(words) * 5)
    return scores


def detect(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of ``text``'s language and a confidence in [0, 1]."""
    sample = text[:_SAMPLE]
    if not any(c.isalpha() for c in sample):
        return None, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    confidence = float(best.value)
    profile = _profile_scores(sample)
    if profile:
        cand, score = max(profile.items(), key=lambda kv: kv[1])
        # lingua lacks these languages: it answers a neighbour (ru, kk, mn, tr, az)
        if cand != code and score >= 0.5 and code in {"ru", "kk", "mn", "tr", "az", "uk", "be"}:
            return cand, min(0.99, score / 2)
    return code, round(confidence, 4)


@register
class DetectLanguage:
    """Set ``lang`` and its confidence, unless the input gave one."""

    name: ClassVar[str] = "lang"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("lang", "lang_confidence")

    def __call__(self, doc: Document) -> Document:
        given = doc.meta.get("lang")
        if given:
            doc.lang, doc.lang_confidence, doc.lang_component = str(given).lower(), 1.0, "input"
            return doc
        doc.lang, doc.lang_confidence = detect(doc.text or doc.raw)
        doc.lang_component = self.name
        return doc
