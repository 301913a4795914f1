"""Threats: the transnational threats an article is about, from a multilingual lexicon
(``data/threats.json``) matched over word beginnings and endings, so Russian and German
inflections and German compounds count ("наркотрафика", "Heroinschmuggel"). Each label keeps
the spans of its cues as evidence."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import ClassVar

from .document import Document, Fact, Span, sentence_at
from .kb import StemMatcher, load_json
from .pipeline import register


@cache
def _matcher() -> StemMatcher:
    matcher = StemMatcher()
    for label, langs in load_json("threats.json")["labels"].items():
        for forms in langs.values():
            for form in forms:
                matcher.add(form, label)
    return matcher


#: Threats of specific goods or people: a smuggling cue in their sentence belongs to them.
_SPECIFIC = (
    "drug_trafficking",
    "precursors",
    "arms_trafficking",
    "wmd_proliferation",
    "migrant_smuggling",
    "human_trafficking",
    "illegal_migration",
)


def find_threats(text: str, exclude: Sequence[Span] = ()) -> dict[str, list[Span]]:
    """Threat labels with the spans of their cues, leaving out cues inside ``exclude`` spans."""
    found: dict[str, list[Span]] = {}
    for start, end, label in _matcher().find(text):
        if not any(x.start <= start and end <= x.end for x in exclude):
            found.setdefault(label, []).append(Span(start, end))
    specific = [s for label in _SPECIFIC for s in found.get(label, [])]
    if "smuggling" in found:
        kept = []
        for span in found["smuggling"]:
            bounds = sentence_at(text, span.start)
            if not any(bounds.start <= s.start < bounds.end for s in specific):
                kept.append(span)
        if kept:
            found["smuggling"] = kept
        else:
            del found["smuggling"]
    return found


@register
class RecogniseThreats:
    """The threats an article is about, each with its evidence spans."""

    name: ClassVar[str] = "threats"
    requires: ClassVar[tuple[str, ...]] = ("text", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("threats",)

    def __call__(self, doc: Document) -> Document:
        names = [m.span for m in doc.mentions if m.kind == "organization"]
        for label, spans in find_threats(doc.text, names).items():
            doc.threats.append(Fact(label, spans, self.name))
        return doc
