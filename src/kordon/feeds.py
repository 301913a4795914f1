"""Feeds: RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed entries to :class:`Document` s.

An XML feed is parsed only after a safety pass with defusedxml: entity declarations
(billion laughs, quadratic blow-up) and references to external entities or DTDs are
refused with an :class:`~kordon.errors.InputError` naming the feed, and so is XML that is
not well-formed (the safety pass must be able to read the whole document to vouch for it).
A bare ``<!DOCTYPE>`` line without declarations (RSS 0.91) is harmless and accepted.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import io
import re
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .document import Document
from .errors import InputError

FEED_SUFFIXES = frozenset({".rss", ".atom"})
"""Files that are feeds by their name; ``.xml`` files are sniffed (:func:`looks_like_feed`)."""

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
    }
)

_ROOT = re.compile(rb"<(?:[\w.-]+:)?(rss|feed|RDF)\b", re.IGNORECASE)
_PROLOG = re.compile(rb"\A(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL)
_W3CDTF = re.compile(r"\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T\s]|\Z)")


def _utf8(data: bytes) -> bytes:
    """The first bytes of ``data`` as UTF-8 when they are UTF-16 with a BOM (for sniffing)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data[:8192].decode("utf-16", "ignore").encode("utf-8")
    return data.removeprefix(b"\xef\xbb\xbf")


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` starts (after the XML prolog) with an RSS, Atom or RDF root element,
    or is a JSON Feed."""
    head = _utf8(data[:8192])
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return b"jsonfeed.org/version" in head
    prolog = _PROLOG.match(head)
    rest = head[prolog.end() if prolog else 0 :]
    m = _ROOT.match(rest)
    return m is not None


def check_safe(data: bytes, source: str) -> None:
    """Refuse XML with entity declarations or external references, or that is not well-formed."""
    import defusedxml
    import defusedxml.ElementTree as safe_et

    try:
        safe_et.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as exc:
        where = f" ({exc.sysid})" if exc.sysid else ""
        raise InputError(
            source, f"refused: the feed declares XML entity {exc.name!r}{where} (entity expansion attack?)"
        ) from exc
    except defusedxml.ExternalReferenceForbidden as exc:
        raise InputError(source, f"refused: the feed references an external resource ({exc.sysid})") from exc
    except defusedxml.DTDForbidden as exc:  # pragma: no cover - forbid_dtd is off
        raise InputError(source, "refused: the feed has a document type declaration") from exc
    except defusedxml.DefusedXmlException as exc:  # pragma: no cover - other refusals
        raise InputError(source, f"refused: unsafe XML ({exc})") from exc
    except safe_et.ParseError as exc:
        raise InputError(source, f"not well-formed XML ({exc})") from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(source, f"not well-formed XML ({exc})") from exc


def _entry_date(entry: Mapping[str, Any]) -> tuple[str, str] | None:
    """An entry's date as written (EDTF and precision): W3C/ISO dates keep their precision,
    RFC 822 dates their local day; never a year that the feed does not give."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        m = _W3CDTF.match(raw)
        if m:
            year, month, day = m.group(1), m.group(2), m.group(3)
            try:
                if day:
                    dt.date(int(year), int(month), int(day))
                    return f"{year}-{month}-{day}", "day"
                if month and 1 <= int(month) <= 12:
                    return f"{year}-{month}", "month"
                if not month:
                    return year, "year"
            except ValueError:
                pass
        try:
            stamp = email.utils.parsedate_to_datetime(raw.strip())
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None:
            return stamp.date().isoformat(), "day"
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}", "day"
    return None


def _entry_html(entry: Mapping[str, Any]) -> str:
    """The richest body of an entry: its longest HTML content, else its summary."""
    best = ""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if part.get("type") == "text/plain":
            value = "".join(f"<p>{html.escape(p)}</p>" for p in value.split("\n\n") if p.strip())
        if len(value) > len(best):
            best = value
    if not best.strip():
        summary = entry.get("summary") or ""
        detail = entry.get("summary_detail") or {}
        if detail.get("type") == "text/plain":
            summary = "".join(f"<p>{html.escape(p)}</p>" for p in summary.split("\n\n") if p.strip())
        best = summary
    return str(best)


def _page(title: str | None, body: str) -> str:
    """An entry as a small HTML page, so the HTML cleaner sees an article, not a fragment."""
    head = html.escape(title) if title else ""
    heading = f"<h1>{head}</h1>\n" if title else ""
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{head}</title></head>'
        f"<body><article>\n{heading}{body}\n</article></body></html>\n"
    )


def parse_feed(
    data: bytes,
    source: str,
    *,
    base_url: str | None = None,
    content_type: str | None = None,
    lang: str | None = None,
) -> Iterator[Document | InputError]:
    """The entries of a feed (bytes as read) as documents, problems in their place.

    ``source`` names the feed in errors; ``base_url`` resolves relative links; ``lang`` is a
    language hint set on every document (``meta["lang"]``).
    """
    import feedparser

    if not data.strip():
        raise InputError(source, "empty feed")
    if _utf8(data[:64]).lstrip().startswith(b"{"):
        yield from _json_feed(data, source, lang)
        return
    check_safe(data, source)
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(source, f"not an RSS, Atom or RDF feed{f' ({problem})' if problem else ''}")
    feed_title = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, n, source, feed_title, lang)


def _json_feed(data: bytes, source: str, lang: str | None) -> Iterator[Document | InputError]:
    """The items of a JSON Feed (https://jsonfeed.org, versions 1 and 1.1)."""
    import json

    try:
        obj = json.loads(_utf8(data) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(source, f"invalid JSON ({exc})") from exc
    if not isinstance(obj, dict) or "jsonfeed.org/version" not in str(obj.get("version", "")):
        raise InputError(source, "not a JSON Feed (no jsonfeed.org version)")
    items = obj.get("items")
    if not isinstance(items, list):
        raise InputError(source, "JSON Feed without an 'items' list")
    feed_title = obj.get("title") if isinstance(obj.get("title"), str) else None
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            yield InputError(f"{source} (entry {n})", "entry is not a JSON object")
            continue
        text = {k: v for k, v in item.items() if isinstance(v, str)}
        content = [{"type": "text/html", "value": text.get("content_html", "")}]
        if text.get("content_text"):
            content.append({"type": "text/plain", "value": text["content_text"]})
        entry = {
            "id": text.get("id") or (str(item["id"]) if isinstance(item.get("id"), int) else None),
            "link": text.get("url"),
            "title": text.get("title"),
            "content": content,
            "summary": text.get("summary", ""),
            "published": text.get("date_published"),
            "updated": text.get("date_modified"),
        }
        yield _entry_document(entry, n, source, feed_title, lang)


def _entry_document(
    entry: Mapping[str, Any], n: int, source: str, feed_title: str | None, lang: str | None
) -> Document | InputError:
    link = entry.get("link") or None
    guid = entry.get("id") or link
    where = f"{source} (entry {n}{f' {guid}' if guid else ''})"
    title = " ".join(str(entry.get("title") or "").split()) or None
    body = _entry_html(entry)
    if not body.strip() and not title:
        return InputError(where, "entry has neither a title nor any content")
    meta: dict[str, Any] = {"feed": source}
    if title:
        meta["title"] = title
    if feed_title:
        meta["feed_title"] = str(feed_title)
    date = _entry_date(entry)
    if date:
        meta["published"], meta["published_precision"] = date
    if lang:
        meta["lang"] = lang
    if guid:
        meta["guid"] = str(guid)
    return Document(
        id=str(guid) if guid else f"{source}#{n}",
        source=str(link) if link else f"{source}#{n}",
        raw=_page(title, body),
        format="html",
        url=str(link) if link else None,
        meta=meta,
    )


def read_feed_file(path: Path, data: bytes, lang: str | None = None) -> Iterator[Document | InputError]:
    """The entries of a feed file already read into ``data``."""
    try:
        yield from parse_feed(data, str(path), lang=lang)
    except InputError as exc:
        yield exc
