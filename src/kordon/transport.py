"""Means of transport and concealment named in a seizure report (``data/transport.json``)."""

from __future__ import annotations

from functools import cache

from .kb import StemMatcher, load_json


@cache
def _transport() -> StemMatcher:
    matcher = StemMatcher()
    for name, forms in load_json("transport.json")["transport"].items():
        for form in forms:
            matcher.add(form, name)
    return matcher


@cache
def _concealment() -> StemMatcher:
    matcher = StemMatcher()
    for form in load_json("transport.json")["concealment"]:
        matcher.add(form, "concealment")
    return matcher


def transport(text: str) -> str | None:
    """The first means of transport the text names ("truck", "boat"), else None."""
    found = _transport().find(text)
    return str(found[0][2]) if found else None


def concealment(text: str) -> str | None:
    """The phrase that says where the goods were hidden ("versteckt in einem Lastwagen ..."), else None."""
    found = _concealment().find(text)
    if not found:
        return None
    start, end, _ = found[0]
    # the clause around the cue: "das in einem Lastwagen versteckt war"
    left = max(text.rfind(sep, 0, start) for sep in (",", ";", ".", "(", "\n"))
    right = min(
        [i for i in (text.find(sep, end) for sep in (",", ";", ".", ")", "\n")) if i >= 0] or [len(text)]
    )
    return text[left + 1 : right].strip()
