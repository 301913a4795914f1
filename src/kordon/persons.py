"""Persons: named individuals with their role and affiliation, romanised, one entity per person.

- Russian: natasha's NER (slovnet, shipped in its wheel) finds the names; the case of the
  given name (pymorphy3) tells how to undo the surname's ending ("Ламберто Занньером" ->
  "Lamberto Zannier").
- Every language: a known given name (``data/persons.json``) followed by capitalised words
  ("Iwan Kubrakow", "Süleyman Soylu"), a Chinese family name followed by a given name
  ("Xie Xiaoyong"), and capitalised words right after a role ("Innenminister Ali Yerlikaya").
- Roles ("interior minister", "secretary general") come from the role lexicon, in the
  phrase around the name; the affiliation is the organisation or country named with the role.
- Mentions of one person in several scripts or spellings share one entity: the key is the
  ``skeleton`` of the surname (Kubrakow ~ Kubrakov ~ Кубраков), with fuzzy matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar

from .document import Document, Entity, Mention, Span, sentences
from .kb import PhraseIndex, folded_tokens, load_json, tokenize
from .pipeline import register
from .translit import romanize, similar, skeleton

#: Use natasha's Russian NER (``kordon bench ner`` turns it off to measure the rules alone).
USE_NATASHA = True

_CAP = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁĀ-ŽƏİŞÇÖÜĞ][\w'’ʻ\-]*$")
_ROLE_WINDOW = 90  # characters between a role and the name it belongs to


@dataclass(slots=True)
class _Lexicon:
    given: frozenset[str]
    chinese: frozenset[str]
    not_names: frozenset[str]
    roles: PhraseIndex
    surname_endings: tuple[str, ...]


@cache
def _lexicon() -> _Lexicon:
    data = load_json("persons.json")
    given = {n.casefold() for n in data["given_names"]["names"]}
    chinese = {n.casefold() for n in data.get("chinese_family_names", {}).get("names", [])}
    if isinstance(data.get("chinese_family_names"), list):
        chinese = {n.casefold() for n in data["chinese_family_names"]}
    risky = data.get("risky_names", [])
    risky_set = {n.casefold() for n in (risky.get("names", []) if isinstance(risky, dict) else risky)}
    not_names = {
        w.casefold() for lang, ws in data.get("not_names", {}).items() if lang != "source" for w in ws
    }
    roles = PhraseIndex()
    for entry in data["roles"]:
        for forms in entry["patterns"].values():
            for form in forms:
                roles.add(form, entry["role"], exact=form.isupper())
    endings = tuple(sorted(data.get("surname_endings", {}).get("ru", []), key=len, reverse=True))
    # a word that is never a name (Asia, Pacific, Polizei) is no given name either
    return _Lexicon(
        frozenset(given - risky_set - not_names), frozenset(chinese), frozenset(not_names), roles, endings
    )


@dataclass(slots=True)
class _Found:
    span: Span
    tokens: list[str]
    role: str | None = None
    role_span: Span | None = None
    how: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _is_name_token(word: str, lex: _Lexicon) -> bool:
    return bool(_CAP.match(word)) and word.casefold() not in lex.not_names and not word.isupper()


# --------------------------------------------------------------- Russian


@cache
def _natasha() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


_SURNAME_ENDINGS = {
    # case of the given name -> (ending in text, nominative ending), longest first
    "gent": [
        ("ского", "ский"),
        ("цкого", "цкий"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("иной", "ина"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ына", "ын"),
        ("ой", "а"),
        ("и", "а"),
        ("ы", "а"),
        ("а", ""),
    ],
    "datv": [
        ("скому", "ский"),
        ("цкому", "цкий"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("ову", "ов"),
        ("еву", "ев"),
        ("ину", "ин"),
        ("е", "а"),
        ("у", ""),
    ],
    "accs": [
        ("ского", "ский"),
        ("скую", "ская"),
        ("ову", "ова"),
        ("еву", "ева"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ина", "ин"),
        ("у", "а"),
        ("а", ""),
    ],
    "ablt": [
        ("ским", "ский"),
        ("цким", "цкий"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("иным", "ин"),
        ("ой", "а"),
        ("ом", ""),
        ("ем", ""),
    ],
    "loct": [
        ("ском", "ский"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("ове", "ов"),
        ("еве", "ев"),
        ("ине", "ин"),
        ("е", ""),
    ],
}


def _nominative_ru(tokens: list[str]) -> list[str]:
    """Undo Russian case endings of a name, taking the case from its given name."""
    morph = _morph()
    case = None
    given: Any = None
    # an indeclinable (foreign) given name tells nothing of the case: "Ламберто Занньером"
    if tokens[0][-1] not in "оеиуэю":
        names = [p for p in morph.parse(tokens[0]) if "Name" in p.tag]
        # officials are mostly men: "Ерлана" is Yerlan's genitive before it is a woman's name
        names = [p for p in names if "masc" in p.tag] or names
        own = [p for p in names if p.normal_form == tokens[0].lower()]
        given = (own or names or [None])[0]
        case = given.tag.case if given is not None else None
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if i == 0:
            out.append(given.normal_form.capitalize() if given is not None else tok)
            continue
        if case and case != "nomn":
            for ending, nominative in _SURNAME_ENDINGS.get(case, []):
                if tok.endswith(ending) and len(tok) - len(ending) >= 3:
                    tok = tok[: -len(ending)] + nominative
                    break
        elif case is None and tok.endswith(_lexicon().surname_endings):
            pass  # already a surname in the nominative: "Осмонов", "Саидзода"
        elif case is None:
            # no known given name: trust a surname reading, else the first noun reading
            parses = morph.parse(tok)
            surn = next((p for p in parses[:2] if "Surn" in p.tag), None)
            surn = surn or next((p for p in parses if p.tag.POS == "NOUN"), None)
            if surn is not None:
                tok = surn.normal_form.capitalize()
        out.append(tok)
    return out


_CAP_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def _name_sentences(doc: Document) -> list[tuple[int, str]]:
    """The sentences (start, text) where a person's name can be: a capitalised word that is not
    the sentence's first and not part of a country, place, organisation or agency already found.
    The NER model, the costliest step, reads only these."""
    taken = [m.span for m in doc.mentions]
    out = []
    for sent in sentences(doc.text):
        body = doc.text[sent.start : sent.end]
        for m in _CAP_WORD.finditer(body):
            start = sent.start + m.start()
            if m.start() == 0 or any(t.start <= start < t.end for t in taken):
                continue
            out.append((sent.start, body))
            break
    return out


def _russian(doc: Document) -> list[_Found]:
    _, tagger = _natasha()
    chosen = _name_sentences(doc)
    found = []
    for (offset, _), markup in zip(chosen, tagger.map([body for _, body in chosen]), strict=True):
        for span in markup.spans:
            if span.type != "PER":
                continue
            text = markup.text[span.start : span.stop]
            tokens = [t for t in text.replace("-", " - ").split() if t != "-"]
            # a name's words start with one capital ("ВТамО" is an acronym, not a person)
            if not tokens or not all(t[:1].isupper() and not any(c.isupper() for c in t[1:]) for t in tokens):
                continue
            found.append(
                _Found(Span(offset + span.start, offset + span.stop), _nominative_ru(tokens), how="ner")
            )
    return found


# --------------------------------------------------------------- any language


def _by_lexicon(doc: Document, lex: _Lexicon) -> list[_Found]:
    text = doc.text
    tokens = tokenize(text)
    folded = folded_tokens(text)
    found: list[_Found] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][2]
        if (folded[i] in lex.given or folded[i] in lex.chinese) and _CAP.match(word) and not word.isupper():
            j = i + 1
            while (
                j < len(tokens)
                and j - i < 4
                and _is_name_token(tokens[j][2], lex)
                and _adjacent(text, tokens[j - 1], tokens[j])
            ):
                j += 1
            if j - i >= 2:
                found.append(
                    _Found(
                        Span(tokens[i][0], tokens[j - 1][1]), [t[2] for t in tokens[i:j]], how="given-name"
                    )
                )
                i = j
                continue
        i += 1
    return found


def _adjacent(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Two tokens of one name: separated by spaces or a hyphen only."""
    return re.fullmatch(r"[ \u00a0\-]{1,2}", text[a[1] : b[0]]) is not None


def _after_roles(doc: Document, lex: _Lexicon, taken: list[Span]) -> list[_Found]:
    """Capitalised words right after a role: "Innenminister Ali Yerlikaya"."""
    text = doc.text
    tokens = tokenize(text)
    by_start = {t[0]: k for k, t in enumerate(tokens)}
    found = []
    for start, end, role in lex.roles.find(text, tokens):
        k = next((by_start[s] for s in sorted(by_start) if s >= end), None)
        if k is None or tokens[k][0] - end > 3:
            continue
        j = k
        while (
            j < len(tokens)
            and j - k < 3
            and _is_name_token(tokens[j][2], lex)
            and (j == k or _adjacent(text, tokens[j - 1], tokens[j]))
        ):
            j += 1
        if j - k >= 2:
            span = Span(tokens[k][0], tokens[j - 1][1])
            if not any(span.start < t.end and t.start < span.end for t in taken):
                found.append(_Found(span, [t[2] for t in tokens[k:j]], role, Span(start, end), "role"))
    return found


def _role_for(doc: Document, span: Span, lex: _Lexicon) -> tuple[str | None, Span | None]:
    """The role in an apposition right after a name ("Ali Yerlikaya, Innenminister der Türkei"),
    else the role right before it in the same clause ("Innenminister Iwan Kubrakow")."""
    text = doc.text
    after = text[span.end : span.end + _ROLE_WINDOW]
    m = re.match(r"\s*[,(–—-]\s*(?:(?:der|die|dem|des|the|a|an)\s+)?", after)
    if m:
        roles = lex.roles.find(after)
        if roles and roles[0][0] <= m.end() + 25:
            s, e, role = roles[0]
            return role, Span(span.end + s, span.end + e)
    before = max(0, span.start - _ROLE_WINDOW)
    roles = lex.roles.find(text[before : span.start])
    if roles:
        s, e, role = roles[-1]
        gap = text[before + e : span.start]
        if not re.search(r"[.;]|,\s*\w+\s*,", gap) and len(gap) < 60:
            return role, Span(before + s, before + e)
    return None, None


def _affiliation(doc: Document, role: Span) -> str | None:
    """The organisation or country named with a role: after it ("Generalsekretär der OVKS",
    "interior minister of Azerbaijan") or right before it ("the Turkish interior minister")."""
    text = doc.text
    best: tuple[int, str] | None = None
    for m in doc.mentions:
        if m.kind not in ("organization", "country") or m.entity_id is None:
            continue
        if m.span.start >= role.end:
            gap = text[role.end : m.span.start]
            ok = len(gap) <= 40 and not re.search(r"[,.;]", gap)
            dist = len(gap)
        elif m.span.end <= role.start:
            gap = text[m.span.end : role.start]
            ok = len(gap.split()) <= 1 and not re.search(r"[,.;]", gap)
            dist = len(gap) + 5
        else:
            continue
        if ok and (best is None or dist < best[0]):
            value = m.entity_id.split(":", 1)[1]
            if m.kind == "organization":
                entity = next((e for e in doc.entities if e.id == m.entity_id), None)
                value = entity.aliases[0] if entity and entity.aliases else value
            best = (dist, value)
    return best[1] if best else None


_BYLINE = re.compile(r"(?:^|\n)\s*(?:By|Von|Автор:?|Text:|Фото:?)\s+$", re.IGNORECASE)


def _latin(tokens: list[str]) -> str:
    return " ".join(romanize(t) for t in tokens)


def _same(a: list[str], b: list[str]) -> bool:
    """Two names of one person in one document: surnames alike (any script, any romanisation);
    with the same given name, a misspelt surname ("Кунио Микурия", "Кунио Меркурия") still is."""
    given = len(a) > 1 and len(b) > 1 and len(skeleton(a[0])) > 2 and skeleton(a[0]) == skeleton(b[0])
    if not similar(a[-1], b[-1], 0.65 if given else 0.8):
        return False
    if len(a) > 1 and len(b) > 1:
        return skeleton(a[0])[:1] == skeleton(b[0])[:1]
    return True


@register
class RecognisePersons:
    """Named persons with role and affiliation, linked across spellings."""

    name: ClassVar[str] = "persons"
    requires: ClassVar[tuple[str, ...]] = ("text", "lang", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        lex = _lexicon()
        candidates = _russian(doc) if USE_NATASHA and doc.lang in ("ru", "uk", "be") else []
        candidates += _by_lexicon(doc, lex)
        taken = [m.span for m in doc.mentions if m.kind in ("organization", "country", "place", "agency")]
        kept: list[_Found] = []
        for cand in sorted(candidates, key=lambda c: (c.span.start, -c.span.end)):
            overlaps = [k for k in kept if cand.span.start < k.span.end and k.span.start < cand.span.end]
            if overlaps or any(cand.span.start < t.end and t.start < cand.span.end for t in taken):
                continue
            kept.append(cand)
        kept += _after_roles(doc, lex, taken + [k.span for k in kept])
        people: list[tuple[list[str], Entity]] = []
        kept = [c for c in kept if not _BYLINE.search(doc.text[max(0, c.span.start - 12) : c.span.start])]
        for cand in sorted(kept, key=lambda c: -len(c.tokens)):
            role, role_span = (cand.role, cand.role_span) if cand.role else _role_for(doc, cand.span, lex)
            latin = _latin(cand.tokens)
            entity = next((e for toks, e in people if _same(toks, cand.tokens)), None)
            if entity is None and len(cand.tokens) == 1 and cand.how != "ner":
                continue  # outside the NER model, a lone word is a person only after the full name
            if entity is None:
                eid = f"person:{skeleton(latin).replace(' ', '-')}"
                entity = Entity(eid, "person", latin, aliases=[])
                people.append((cand.tokens, entity))
                doc.entities.append(entity)
            surface = doc.snippet(cand.span)
            if surface != entity.canonical and surface not in entity.aliases:
                entity.aliases.append(surface)
            doc.mentions.append(Mention(cand.span, "person", surface, self.name, entity.id))
            if role and entity.role is None:
                entity.role, entity.role_span = role, role_span
                entity.affiliation = _affiliation(doc, role_span or cand.span)
        self._surnames(doc, people)
        return doc

    def _surnames(self, doc: Document, people: list[tuple[list[str], Entity]]) -> None:
        """Later mentions by surname alone ("Kubrakow sagte", "Бордюжа сообщил")."""
        taken = [m.span for m in doc.mentions]
        surnames = {toks[-1]: entity for toks, entity in people if len(toks) > 1 and len(toks[-1]) >= 3}
        if not surnames:
            return
        by_head: dict[str, list[tuple[str, Entity]]] = {}  # an inflected form shares the first 3 letters
        for sn, e in surnames.items():
            by_head.setdefault(sn[:3], []).append((sn, e))
        for start, end, word in tokenize(doc.text):
            entity = surnames.get(word)
            if entity is None and word[:1].isupper():  # an inflected form: "Кубракова", "Kubrakows"
                entity = next(
                    (
                        e
                        for sn, e in by_head.get(word[:3], ())
                        if word.startswith(sn) and len(word) - len(sn) <= 3
                    ),
                    None,
                )
            if entity is not None and not any(start < t.end and t.start < end for t in taken):
                doc.mentions.append(Mention(Span(start, end), "person", word, self.name, entity.id))
