"""Date grammar: day-month-year expressions in many languages to EDTF strings.

Month and weekday names come from babel's CLDR data, extended by ``data/dates.json``.
A date whose year the text does not give keeps ``XXXX``: the year is never taken from the
clock. Two-digit years that the text states (``20.11.23``) are expanded (``2023``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from .document import DateValue, Span
from .kb import load_json

COMPONENT = "dates"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text: its span and value."""

    span: Span
    value: DateValue


def _norm(form: str) -> str:
    return form.strip().rstrip(".").casefold()


@cache
def _lexicon() -> tuple[dict[str, int], list[str], list[str], list[str]]:
    """Month forms -> number, weekday forms, year words, date-line prefixes."""
    from babel import Locale

    data = load_json("dates.json")
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for code in data["languages"]:
        loc = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for num, name in loc.months[context][width].items():
                    key = _norm(name)
                    if len(key) >= 3 and not key.isdigit():
                        months.setdefault(key, num)
                for name in loc.days[context][width].values():
                    if len(_norm(name)) >= 2:
                        weekdays.add(_norm(name))
    for spec in data["extra_months"].values():
        for num, forms in enumerate(spec["forms"], start=1):
            for form in forms:
                months.setdefault(_norm(form), num)
    years = sorted({_norm(w) for w in data["year_words"]["forms"]}, key=len, reverse=True)
    prefixes = sorted({_norm(w) for w in data["dateline_prefixes"]["forms"]}, key=len, reverse=True)
    return months, sorted(weekdays, key=len, reverse=True), years, prefixes


def _alt(forms: list[str] | dict[str, int]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    months, _, years, _ = _lexicon()
    m = rf"(?P<month>{_alt(months)})\.?"
    yw = rf"(?:\s*(?:{_alt(years)})\.?)?"
    nb = r"(?<![\w.,])"
    na = r"(?![\w])"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    return (
        # 2014-11-03, 2014-11-03T10:00
        re.compile(
            rf"{nb}(?P<year>(?:19|20)\d\d)-(?P<mnum>0?[1-9]|1[0-2])-(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)"
        ),
        # 24.11.2014, 20.11.23, 24/11/2014
        re.compile(
            rf"{nb}(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[./])(?P<mnum>0?[1-9]|1[0-2])(?P=sep)"
            rf"(?P<year>(?:19|20)\d\d|\d\d){yw}(?![\w]|[./]\d)"
        ),
        # 24. November 2014, 3 марта 2022 года, 5 октября, 2011
        re.compile(
            rf"{nb}(?P<day>0?[1-9]|[12]\d|3[01])(?:\.|-?(?:го|е|st|nd|rd|th)|-)?\s*{m}{na}"
            rf"(?:,?\s+{year}{na}{yw})?",
            re.IGNORECASE,
        ),
        # November 3, 2014; Nov 3
        re.compile(
            rf"{nb}{m}{na}\s+(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?{na}(?:,?\s+{year}{na})?",
            re.IGNORECASE,
        ),
        # November 2014, в марте 2022 года
        re.compile(rf"{nb}{m}{na}\s+{year}{na}{yw}", re.IGNORECASE),
    )


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year
    except ValueError:
        return False
    return True


def _value(match: re.Match[str]) -> DateValue | None:
    groups = match.groupdict()
    months = _lexicon()[0]
    if groups.get("month"):
        month = months.get(_norm(groups["month"]))
        if month is None:
            return None
    else:
        month = int(groups["mnum"])
    day = int(groups["day"]) if groups.get("day") else None
    year: int | None = None
    if groups.get("year"):
        raw = groups["year"]
        year = int(raw)
        if len(raw) == 2:
            year += 2000 if year < 70 else 1900
    if not _valid(year, month, day):
        return None
    y = f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        return DateValue(f"{y}-{month:02d}", "month", component=COMPONENT)
    return DateValue(f"{y}-{month:02d}-{day:02d}", "day", component=COMPONENT)


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
#: The patterns from this index on open with a month name.
_MONTH_FIRST = 3


def word_starts(text: str, words: Container[str]) -> list[int]:
    """Where the words (``\\w+``) of ``text`` that are in ``words``, casefolded, start: the
    places a long alternation of such words can match (see :func:`matches_at`)."""
    return [w.start() for w in _WORD.finditer(text) if w.group().casefold() in words]


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` beginning at the given positions only (Python's re
    tries a long alternation at every position of a text; the caller knows where one can start)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            end = m.end()
            yield m


def find_dates(text: str) -> list[DateMatch]:
    """All non-overlapping dates in ``text``, leftmost-longest first."""
    if not _DIGIT.search(text):
        return []  # every date pattern has a day or a year in digits
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    patterns = _patterns()
    month_starts: list[int] | None = None
    for n, pattern in enumerate(patterns):
        if n < _MONTH_FIRST:
            matches: Iterable[re.Match[str]] = pattern.finditer(text)
        else:
            # a pattern that opens with a month name is tried only where a month name starts
            # (Python's re tries each of the hundreds of month forms at every position)
            if month_starts is None:
                # a word (\w+) has no spaces or dots to strip: its casefolded form is its month key
                month_starts = word_starts(text, _lexicon()[0])
            matches = matches_at(pattern, text, month_starts)
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = _value(m)
            if value is None:
                continue
            value.span = Span(s, e)
            taken.append((s, e))
            found.append(DateMatch(Span(s, e), value))
    found.sort(key=lambda d: d.span.start)
    return found


def parse_date(text: str) -> DateValue | None:
    """The date ``text`` consists of (around punctuation and spaces), else ``None``."""
    stripped = text.strip(" \t,.;:–—-()")
    dates = find_dates(stripped)
    if len(dates) == 1 and dates[0].span.end - dates[0].span.start >= len(stripped) - 1:
        value = dates[0].value
        value.span = None
        return value
    return None


_TIME = re.compile(
    r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*(?:[ap]\.?m\.?|Uhr|ч\.?))?"
    r"(?:\s*\(?(?:UTC|GMT|MSK|CET|CEST|МСК)\s*[+-]?\s*\d{0,2}(?::?\d\d)?\)?)?",
    re.IGNORECASE,
)


@cache
def _noise() -> re.Pattern[str]:
    """Date-line prefixes ("Aktualisiert") and weekday names, as one pattern."""
    _, weekdays, _, prefixes = _lexicon()
    return re.compile(rf"(?<!\w)(?:{_alt(prefixes + weekdays)})\.?(?!\w)")


def date_line(line: str) -> DateMatch | None:
    """If ``line`` is a date line (``09 April 2021, 14:20``, ``Aktualisiert 16.03.2006 08:25``,
    ``понедельник, 26 марта 2012 г.``, ``flag Samstag, 18 Mai 2024``), its date.

    Besides the date the line may hold only a weekday, a time, a time zone, one short word
    before it (an icon's alt text) and a known prefix ("Updated").
    """
    if len(line) > 80:
        return None
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    d = dates[0]
    rest = (line[: d.span.start] + " " + line[d.span.end :]).casefold()
    rest = _noise().sub(" ", _TIME.sub(" ", rest))
    words = re.findall(r"\w+", rest)
    if len(words) > 1 or any(w.isdigit() for w in words):
        return None
    return d


@cache
def _weekday_numbers(lang: str) -> dict[str, int]:
    from babel import Locale

    out: dict[str, int] = {}
    data = load_json("dates.json")
    if lang not in data["languages"]:
        return out
    loc = Locale.parse(lang)
    for context in ("format", "stand-alone"):
        for number, name in loc.days[context]["wide"].items():
            out.setdefault(_norm(name), number)
    for number, name in enumerate(data.get("extra_weekdays", {}).get(lang, [])):
        out.setdefault(_norm(name), number)
    return out


def weekday_index(word: str, lang: str) -> int | None:
    """0 for Monday ... 6 for Sunday, for a weekday name in ``lang`` ("Mittwoch", "в среду")."""
    return _weekday_numbers(lang).get(_norm(word))


def is_weekday(word: str) -> bool:
    """Whether ``word`` names a day of the week in a covered language."""
    return _norm(word) in set(_lexicon()[1])


def to_date(value: DateValue) -> dt.date | None:
    """A calendar date for a day-precision value with a year, else ``None``."""
    if value.precision != "day" or not value.has_year:
        return None
    y, m, d = (int(x) for x in value.edtf.split("-"))
    return dt.date(y, m, d)
