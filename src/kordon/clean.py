"""Cleaning: from the original text or HTML to the article body, keeping offsets traceable.

Plain text is cleaned line by line: site furniture (navigation words, share and subscribe
lines, photo credits, crawl dates above the article, empty markdown links) is dropped,
runs of blank lines collapse, and paragraphs printed twice are kept once. HTML goes through
trafilatura first, with its metadata (title, date, site name). Every kept piece of text is
a :class:`~kordon.document.Segment` copied verbatim from the original, so any offset in the
cleaned text maps back (:meth:`Document.to_raw`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar

from .dates import date_line, is_weekday, parse_date
from .document import Document, Segment, Span
from .errors import InputError
from .kb import key, load_json
from .pipeline import register

_STRIP = " \t\r\f\v\u00a0\u200b\u200e\u200f\ufeff\u2028\u2029"
_NAV_MAX = 60  # longest navigation line worth a lexicon lookup
_SENTENCE_END = (".", "!", "?", ":", ";", "…", "»", '"', "”")


@cache
def _lexicon() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = load_json("boilerplate.json")
    nav = frozenset(key(w) for w in data["nav"]["lines"])
    lines = re.compile("|".join(f"(?:{p})" for p in data["patterns"]["lines"]), re.IGNORECASE)
    inline = re.compile("|".join(f"(?:{p})" for p in data["inline"]["patterns"]))
    return nav, lines, inline


@dataclass(slots=True)
class _Line:
    """A stripped line of the original with the pieces kept after inline removals."""

    start: int
    text: str
    pieces: list[tuple[int, str]] = field(default_factory=list)
    kind: str = "content"  # content, blank, nav, date, crawl_date, dup, teaser

    @property
    def kept(self) -> str:
        return "".join(t for _, t in self.pieces)

    @property
    def words(self) -> int:
        return len(self.text.split())


def _split_lines(raw: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for line in raw.split("\n"):
        stripped = line.lstrip(_STRIP)
        start = pos + len(line) - len(stripped)
        stripped = stripped.rstrip(_STRIP)
        out.append(_Line(start, stripped))
        pos += len(line) + 1
    return out


def _remove_inline(line: _Line, inline: re.Pattern[str]) -> None:
    pieces: list[tuple[int, str]] = []
    cursor = 0
    for m in inline.finditer(line.text):
        if m.start() > cursor:
            pieces.append((line.start + cursor, line.text[cursor : m.start()]))
        cursor = m.end()
    if cursor < len(line.text):
        pieces.append((line.start + cursor, line.text[cursor:]))
    # trim spaces left at the edges of the line by a removal
    trimmed: list[tuple[int, str]] = []
    for i, (start, text) in enumerate(pieces):
        if i == 0:
            lead = len(text) - len(text.lstrip(_STRIP))
            start, text = start + lead, text[lead:]
        if i == len(pieces) - 1:
            text = text.rstrip(_STRIP)
        if text:
            trimmed.append((start, text))
    line.pieces = trimmed
    if not trimmed:
        line.kind = "nav"


def _is_short(line: _Line) -> bool:
    return (
        line.words <= 3
        and len(line.text) <= 32
        and not line.text.endswith(_SENTENCE_END)
        and not any(c.isdigit() for c in line.text)
    )


def _is_long(line: _Line) -> bool:
    return line.kind == "content" and (line.words >= 8 or len(line.text) >= 60)


_NON_WORDS = re.compile(r"\W+")


def _dup_key(text: str) -> str:
    return _NON_WORDS.sub(" ", text.casefold()).strip()


def _classify(lines: list[_Line], raw: str) -> None:
    nav, patterns, inline = _lexicon()
    # a line's inline furniture is in the whole text too: most texts have none to look for
    inline_any = inline.search(raw) is not None
    for line in lines:
        if not line.text:
            line.kind = "blank"
        elif (len(line.text) <= _NAV_MAX and key(line.text) in nav) or patterns.search(line.text):
            line.kind = "nav"
        elif date_line(line.text) is not None:
            line.kind = "date"
        elif inline_any:
            _remove_inline(line, inline)
        else:
            line.pieces = [(line.start, line.text)]
    _mark_furniture_runs(lines)
    _mark_crawl_dates(lines)
    _mark_teasers_and_duplicates(lines)


def _mark_furniture_runs(lines: list[_Line]) -> None:
    """Runs of 3+ short lines before the first or after the last long line are navigation."""
    body = [i for i, ln in enumerate(lines) if _is_long(ln)]
    if not body:
        return
    top = body[0]
    # the line just above the first paragraph may be a short headline: never navigation
    above = [i for i in range(top) if lines[i].kind != "blank"]
    if above and lines[above[-1]].kind == "content":
        top = above[-1]
    for region in (range(0, top), range(len(lines) - 1, body[-1], -1)):
        run: list[int] = []
        for i in [*region, -1]:
            ln = lines[i] if i >= 0 else None
            if ln is not None and ln.kind == "blank":
                continue
            member = ln is not None and (
                ln.kind == "nav" or (ln.kind == "content" and _is_short(ln)) or ln.kind == "date"
            )
            if member:
                run.append(i)
                continue
            members = [j for j in run if lines[j].kind != "date"]
            if len(members) >= 3:
                for j in run:
                    inside = min(run) < j < max(run)
                    if lines[j].kind == "content":
                        lines[j].kind = "nav"
                    elif lines[j].kind == "date" and (inside or _has_weekday(lines[j].text)):
                        # a date inside a menu, or a "today is" widget: the crawl, not the article
                        lines[j].kind = "crawl_date"
            run = []


def _has_weekday(text: str) -> bool:
    return any(is_weekday(w) for w in re.findall(r"\w+", text))


def _mark_crawl_dates(lines: list[_Line]) -> None:
    """Of several date lines above the article, the one nearest the text is its date."""
    first_long = next((i for i, ln in enumerate(lines) if _is_long(ln)), len(lines))
    leading = [i for i in range(first_long) if lines[i].kind == "date"]
    for i in leading[:-1]:
        lines[i].kind = "crawl_date"


def _mark_teasers_and_duplicates(lines: list[_Line]) -> None:
    content = [ln for ln in lines if ln.kind == "content"]
    texts = [_dup_key(ln.kept) for ln in content]
    keys = {id(ln): text for ln, text in zip(content, texts, strict=True)}  # lines stay as they are
    for ln, text in zip(content, texts, strict=True):
        raw = ln.kept
        teaser = raw.endswith(("...", "…")) and len(text) >= 30
        if teaser and any(other != text and other.startswith(text) for other in texts):
            ln.kind = "teaser"
    seen: set[str] = set()
    for ln in content:
        if ln.kind != "content":
            continue
        k = keys[id(ln)]
        if k in seen and (len(k) >= 25 or ln.words >= 4):
            ln.kind = "dup"
        seen.add(k)
    # a short line (a repeated title) next to a duplicated paragraph is part of the repeat
    shown: set[str] = set()
    order = [ln for ln in lines if ln.kind != "blank"]
    for i, ln in enumerate(order):
        k = keys[id(ln)] if ln.kind == "content" else ""
        if ln.kind == "content" and k in shown:
            near = order[max(0, i - 1) : i + 2]
            if any(n.kind == "dup" for n in near):
                ln.kind = "dup"
        if ln.kind == "content":
            shown.add(k)


@dataclass(slots=True)
class Cleaned:
    text: str
    segments: list[Segment]
    boilerplate: list[Span]
    title: str | None
    title_span: Span | None


def clean_text(raw: str) -> Cleaned:
    """Clean a plain-text article; segments point into ``raw``."""
    lines = _split_lines(raw)
    _classify(lines, raw)
    out: list[str] = []
    segments: list[Segment] = []
    boilerplate: list[Span] = []
    length = 0
    blank_since_last = False
    for ln in lines:
        if ln.kind == "blank":
            blank_since_last = True
            continue
        if ln.kind not in ("content", "date"):
            boilerplate.append(Span(ln.start, ln.start + len(ln.text)))
            continue
        pieces = ln.pieces or [(ln.start, ln.text)]
        if out:
            sep = "\n\n" if blank_since_last else "\n"
            out.append(sep)
            length += len(sep)
        for raw_start, piece in pieces:
            segments.append(Segment(length, raw_start, len(piece)))
            out.append(piece)
            length += len(piece)
        blank_since_last = False
    text = "".join(out)
    title, title_span = _title(text)
    return Cleaned(text, segments, boilerplate, title, title_span)


def _title(text: str) -> tuple[str | None, Span | None]:
    """A headline: the first line, when it is short, not a sentence and not a date."""
    pos = 0
    for line in text.split("\n"):
        if line and parse_date(line) is None and date_line(line) is None:
            rest = text[pos + len(line) :].strip()
            if (
                len(line) <= 200
                and not line.endswith((".", "!", "?", "…"))
                and not line.startswith(("(", "["))
                and rest
            ):
                return line, Span(pos, pos + len(line))
            return None, None
        pos += len(line) + 1
    return None, None


def _locate(segments: list[Segment], text: str, raw: str) -> list[Segment]:
    """Re-anchor segments of an extracted text in the HTML they came from, where found."""
    out: list[Segment] = []
    cursor = 0
    for seg in segments:
        piece = text[seg.start : seg.start + seg.length]
        at = raw.find(piece, cursor)
        if at < 0:
            at = raw.find(piece)
        if at >= 0:
            out.append(Segment(seg.start, at, seg.length))
            cursor = at + seg.length
    return out


_DATE_NODES = (
    "//time | //*[contains(@class, 'date') or contains(@class, 'time') or contains(@class, 'meta')"
    " or contains(@itemprop, 'date') or contains(@class, 'published')]"
)


def _visible_date(raw: str) -> str | None:
    """A page's visible date ("17 сентября 2024, 11:05" in a date element) when its metadata has none."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(raw)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    for node in tree.xpath(_DATE_NODES)[:50]:
        for text in (node.text_content(), node.get("datetime") or ""):
            found = date_line(" ".join(text.split())) if text else None
            if found and found.value.has_year:
                return found.value.edtf
    return None


def clean_html(raw: str, url: str | None = None) -> tuple[Cleaned, dict[str, str]]:
    """Extract an HTML page's article with trafilatura, then clean it as text."""
    import trafilatura

    result = trafilatura.bare_extraction(
        raw,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta: dict[str, str] = {}
    body = ""
    if result is not None:
        body = getattr(result, "text", None) or ""
        for name in ("title", "date", "sitename", "url", "author"):
            value = getattr(result, name, None)
            if value:
                meta[name] = str(value)
    if "date" not in meta and (visible := _visible_date(raw)):
        meta["date"] = visible
    title = meta.get("title")
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    cleaned = clean_text(body)
    cleaned.segments = _locate(cleaned.segments, cleaned.text, raw)
    cleaned.boilerplate = []
    if title and cleaned.text.startswith(title):
        cleaned.title, cleaned.title_span = title, Span(0, len(title))
    return cleaned, meta


@register
class Clean:
    """Strip boilerplate and duplicates; set the cleaned text and its offset map."""

    name: ClassVar[str] = "clean"
    requires: ClassVar[tuple[str, ...]] = ("raw", "format")
    assigns: ClassVar[tuple[str, ...]] = ("text", "segments", "title", "boilerplate", "site")

    def __call__(self, doc: Document) -> Document:
        if doc.format == "html":
            cleaned, meta = clean_html(doc.raw, doc.url)
            doc.site = meta.get("sitename")
            doc.url = doc.url or meta.get("url")
            if "date" in meta:
                doc.meta.setdefault("html_date", meta["date"])
        else:
            cleaned = clean_text(doc.raw)
        if not any(ch.isalpha() for ch in cleaned.text):
            what = "page" if doc.format == "html" else "file"
            raise InputError(
                doc.source, f"no article text in the {what} (only markup, boilerplate, or no letters at all)"
            )
        doc.text = cleaned.text
        doc.segments = cleaned.segments
        doc.boilerplate = cleaned.boilerplate
        title = doc.meta.get("title")
        doc.title, doc.title_span = (title, None) if title else (cleaned.title, cleaned.title_span)
        return doc
