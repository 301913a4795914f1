"""Amounts in text: numbers in digits and words, units normalised (kg, l, tablet, item, person,
case, ... and ISO 4217 currencies), qualifiers (approx, more_than, ...), and for seized goods
their substance and category.

Lexicons live in ``data/quantities.json`` and ``data/goods.json``. Durations, ages, years,
percentages, distances and document numbers are not quantities. "13 kg 90 g" is 13.09 kg;
"24.000" is twenty-four thousand; "1,5 тонны" is 1,500 kg.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from .dates import find_dates, matches_at, word_starts
from .document import Span
from .kb import load_json

_NUMBER = (
    r"(?<![\w.,/-])(?P<num>\d{1,3}(?:[\u00a0\u202f  .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:\s*[-–]\s*(?P<upper>\d+(?:[.,]\d+)?))?(?![\d])"
)


@dataclass(slots=True)
class Amount:
    """A quantity found in text, with the span that states it."""

    span: Span
    value: float
    unit: str
    qualifier: str = "exact"
    substance: str | None = None
    category: str | None = None
    what: str | None = None

    @property
    def is_goods(self) -> bool:
        return self.substance is not None


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _stem_regex(pattern: str) -> str:
    words = []
    for word in pattern.split():
        start, end = word.startswith("*"), word.endswith("*")
        core = re.escape(word.strip("*"))
        words.append((r"[\w-]*" if start else r"(?<!\w)") + core + (r"[\w-]*" if end else r"(?!\w)"))
    return r"[\s-]+".join(words)


@dataclass(slots=True)
class _Grammar:
    number: re.Pattern[str]
    scale: re.Pattern[str]
    scales: dict[str, int]
    unit: re.Pattern[str]
    units: dict[str, tuple[str, float]]
    counted: re.Pattern[str]
    counted_direct: re.Pattern[str]
    counted_units: dict[str, str]
    currency: re.Pattern[str]
    currencies: dict[str, str]
    qualifiers: list[tuple[re.Pattern[str], str]]
    not_after: re.Pattern[str]
    goods: list[tuple[re.Pattern[str], str, str]]
    goods_cores: list[tuple[str, int]]
    """Casefolded literal words with the index in ``goods`` of the good they name: a good's
    pattern matches only where one of its words is written."""
    words: dict[str, int]
    word_number: re.Pattern[str]
    word_heads: frozenset[str]
    """The casefolded first words of ``words`` (where a number in words can start)."""


@cache
def _grammar() -> _Grammar:
    data = load_json("quantities.json")
    scales = {_key(f): int(k) for k, forms in data["scales"].items() for f in forms}
    units: dict[str, tuple[str, float]] = {}
    for name, spec in data["units"].items():
        for form in spec["forms"]:
            units[_key(form)] = (spec.get("to", name), float(spec["factor"]))
    counted = {f.casefold(): unit for unit, forms in data["counted"].items() for f in forms}
    currencies = {f.casefold(): code for code, forms in data["currencies"].items() for f in forms}
    qualifiers = [
        (re.compile(rf"(?<!\w)(?:{_alt(forms)})\s*$", re.IGNORECASE), q)
        for q, forms in data["qualifiers"].items()
    ]
    words = {
        w.casefold(): v for lang in data["word_numbers"].values() for w, v in lang.items() if v is not None
    }
    goods = []
    cores: list[tuple[str, int]] = []
    for entry in load_json("goods.json")["goods"]:
        forms = [f for fs in entry["forms"].values() for f in fs]
        pattern = re.compile("|".join(_stem_regex(f) for f in forms), re.IGNORECASE)
        goods.append((pattern, entry["substance"], entry["category"]))
        # a form matches only where its longest word, wildcards aside, is written
        longest = {max((w.strip("*") for w in f.split()), key=len).casefold() for f in forms}
        cores += [(word, len(goods) - 1) for word in sorted(longest)]
    word_alt = _alt(list(words))
    return _Grammar(
        number=re.compile(_NUMBER),
        scale=re.compile(
            rf"^\s*(?:{_alt([f for forms in data['scales'].values() for f in forms])})(?!\w)",
            re.IGNORECASE,
        ),
        scales=scales,
        unit=re.compile(rf"^\s*(?:{_alt(list(k for k in units))})(?!\w)\.?", re.IGNORECASE),
        units=units,
        counted=re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}?(?:{_alt(list(counted))})(?!\w)", re.IGNORECASE),
        counted_direct=re.compile(rf"\s*(?:{_alt(list(counted))})(?!\w)", re.IGNORECASE),
        counted_units=counted,
        currency=re.compile(rf"^\s*(?:{_alt(list(currencies))})(?!\w)", re.IGNORECASE),
        currencies=currencies,
        qualifiers=qualifiers,
        not_after=re.compile(rf"^\s*-?\s*(?:{_alt(data['not_quantities']['after'])})(?!\w)", re.IGNORECASE),
        goods=goods,
        goods_cores=cores,
        words=words,
        word_number=re.compile(rf"(?<!\w)(?P<word>{word_alt})(?!\w)", re.IGNORECASE),
        word_heads=frozenset(w.split()[0] for w in words),
    )


def _key(form: str) -> str:
    return form.strip().rstrip(".").casefold()


def parse_number(text: str) -> float | None:
    """A number as written: "24.000" and "8,010" are thousands, "1,5" and "13.3" decimals."""
    s = re.sub(r"[\u00a0\u202f  ]", "", text)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif s.count(",") + s.count(".") == 1:
        sep = "," if "," in s else "."
        head, tail = s.split(sep)
        s = head + tail if len(tail) == 3 and head != "0" else f"{head}.{tail}"
    else:
        s = s.replace(",", "").replace(".", "")
    try:
        value = float(s)
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # "1111…" of 400 digits is no amount


def _qualifier(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 30) : start]
    for pattern, name in _grammar().qualifiers:
        m = pattern.search(before)
        if m:
            return name, start - (len(before) - m.start())
    return "exact", start


#: How far after a number its unit, count noun or currency is looked for (all are a few words).
_AHEAD = 160
_LEAD = re.compile(r"\s*(?:\(\w+\)\s*)?")


def _named(text: str) -> list[tuple[re.Pattern[str], str, str]]:
    """The goods that may be named in ``text``: those whose words it contains (substring tests
    first, since most amounts name no goods and a regex per good costs far more)."""
    g = _grammar()
    folded = text.casefold()
    named = {k for core, k in g.goods_cores if core in folded}
    return [good for k, good in enumerate(g.goods) if k in named]


def names_goods(text: str) -> bool:
    """Whether ``text`` names any seized goods."""
    return any(pattern.search(text) for pattern, _, _ in _named(text))


def _goods_after(text: str, pos: int) -> tuple[str, str, int] | None:
    """The goods named right after an amount ("kg of heroin", "кг героина", "Kilogramm Heroin",
    "pills of the powerful drug Methadone"): the most specific one before the clause ends."""
    m = _LEAD.match(text, pos)
    start = m.end() if m else pos
    window = re.split(r"[,;.()\n:]| - | – ", text[start : start + 50], maxsplit=1)[0]
    if re.search(r"\d", window):
        window = window[: re.search(r"\d", window).start()]  # type: ignore[union-attr]
    found: list[tuple[int, int, str, str]] = []
    for pattern, substance, category in _named(window):
        hit = pattern.search(window)
        if hit and hit.start() <= 30:
            found.append((hit.start(), hit.end(), substance, category))
    if not found:
        return None
    specific = [f for f in found if f[2] != "drugs"] or found
    first = min(specific, key=lambda f: (f[0], -f[1]))
    return first[2], first[3], start + first[1]


def _goods_before(text: str, pos: int) -> tuple[str, str] | None:
    """Goods named before an amount in the same clause: "drugs with a total weight of 102 kg"."""
    clause_start = max(text.rfind(". ", 0, pos), text.rfind(";", 0, pos), text.rfind("\n", 0, pos), pos - 70)
    window = text[clause_start + 1 : pos]
    if re.search(r"\d", window):
        return None
    hits: list[tuple[int, str, str]] = []
    for pattern, substance, category in _named(window):
        hits += [(m.start(), substance, category) for m in pattern.finditer(window)]
    # "Прекурсоры наркотических средств массой 944 кг": the specific name, not the generic one
    specific = [h for h in hits if h[1] != "drugs"] or hits
    if not specific:
        return None
    _, substance, category = max(specific)
    return substance, category


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text`` with its unit, qualifier and, for goods, substance."""
    g = _grammar()
    dates = [d.span for d in find_dates(text)]
    out: list[Amount] = []
    consumed_until = -1
    candidates = [(m.start(), m.end(), m) for m in g.number.finditer(text)]
    heads = word_starts(text, g.word_heads)
    candidates += [(m.start(), m.end(), m) for m in matches_at(g.word_number, text, heads)]
    for start, end, m in sorted(candidates, key=lambda c: c[0]):
        if start < consumed_until or any(d.start <= start < d.end for d in dates):
            continue
        groups = m.groupdict()
        if groups.get("word"):
            value: float | None = float(g.words[groups["word"].casefold()])
            word = True
        else:
            value = parse_number(groups["num"])
            word = False
            if groups.get("upper"):
                value = parse_number(groups["upper"])
        if value is None:
            continue
        rest = text[end : end + _AHEAD]
        if 1900 <= value <= 2100 and re.match(
            r"\s*(?:г\.|г(?!\w)|года|году|годах|jahr|year)", rest, re.IGNORECASE
        ):
            continue  # "1992г.", "2023 года": a year, not 1,992 grams
        if g.not_after.match(rest) or re.search(
            r"(?:№|No\.|Nr\.|резолюци\w*|Resolution)\s*$", text[max(0, start - 15) : start], re.I
        ):
            continue
        qualifier, q_start = _qualifier(text, start)
        if groups.get("upper"):
            qualifier = "approx"
        scale = g.scale.match(rest)
        if scale:
            value *= g.scales[_key(scale.group())]
            end += scale.end()
            rest = text[end : end + _AHEAD]
        amount = _unit_amount(text, start, end, value, rest) or _counted_amount(text, end, value, rest, word)
        if amount is None and not word:
            amount = _currency_amount(text, start, end, value, rest)
        if amount is None or not math.isfinite(amount.value):  # a huge number times a scale
            continue
        amount.qualifier = qualifier
        amount.span = Span(min(q_start, amount.span.start), amount.span.end)
        consumed_until = amount.span.end
        out.append(amount)
    return out


def _unit_amount(text: str, start: int, end: int, value: float, rest: str) -> Amount | None:
    g = _grammar()
    unit_m = g.unit.match(rest)
    if not unit_m:
        return None
    unit, factor = g.units[_key(unit_m.group())]
    total = value * factor
    pos = end + unit_m.end()
    # "13 kg 90 g", "9 kg and 880 grams", "89 kg, 940 grams"
    if unit == "kg" and factor >= 1:
        more = re.match(r"[\s,]*(?:and|und|и)?\s*(\d{1,3})\s*", text[pos:])
        if more:
            unit2 = g.unit.match(text[pos + more.end() - 1 :]) if more.end() else None
            if unit2 and g.units.get(_key(unit2.group()), ("", 0.0))[1] == 0.001:
                total += int(more.group(1)) * 0.001
                pos = pos + more.end() - 1 + unit2.end()
    amount = Amount(Span(start, pos), round(total, 4), unit)
    goods = _goods_after(text, pos)
    if goods:
        amount.substance, amount.category, end_goods = goods
        amount.span = Span(start, end_goods)
    elif before := _goods_before(text, start):
        amount.substance, amount.category = before
    else:
        amount.substance, amount.category = "drugs" if unit in ("kg", "tablet") else None, "drug"
        if amount.substance is None:
            amount.category = None
    return amount


def _counted_amount(text: str, end: int, value: float, rest: str, word: bool) -> Amount | None:
    g = _grammar()
    direct = g.counted_direct.match(rest)
    if direct:  # "1.000 Behältern voller Acetanhydrid": the containers are counted
        return Amount(
            Span(end, end + direct.end()),
            value,
            g.counted_units[direct.group().strip().casefold()],
            what=direct.group().strip(),
        )
    goods = _goods_after(text, end)
    if (goods and not word) or (
        goods and goods[0] in ("firearms", "cartridges", "rifles", "pistols", "grenades", "cigarettes")
    ):
        substance, category, end_goods = goods
        unit = (
            "tablet"
            if re.match(r"\s*(?:[\w-]+\s+)?[\w-]*(?:pills|tablets|tabletten|таблет)", rest, re.I)
            else "item"
        )
        return Amount(Span(end, end_goods), value, unit, substance=substance, category=category)
    m = g.counted.match(rest)
    if not m:
        return None
    phrase = m.group().casefold().strip()
    counted = g.counted_units.get(phrase.split()[-1]) or next(
        (u for f, u in g.counted_units.items() if phrase.endswith(f)), None
    )
    if counted is None:
        return None
    return Amount(Span(end, end + m.end()), value, counted, what=m.group().strip())


def _currency_amount(text: str, start: int, end: int, value: float, rest: str) -> Amount | None:
    g = _grammar()
    m = g.currency.match(rest)
    if m:
        return Amount(Span(start, end + m.end()), value, g.currencies[m.group().strip().casefold()])
    before = re.search(r"(US\$|\$|€|£)\s*$", text[max(0, start - 4) : start])
    if before:
        return Amount(Span(start - len(before.group()), end), value, g.currencies[before.group(1).casefold()])
    return None
