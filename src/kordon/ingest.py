"""Reading inputs: files, folders and URLs into :class:`Document` s.

Text, HTML and JSONL files; feed files (``.rss``, ``.atom``, ``.xml`` sniffed as a feed,
see :mod:`kordon.feeds`); web archives (``.warc``, ``.warc.gz``, see :mod:`kordon.warc`);
and ``http(s)://`` URLs of pages or feeds, fetched under the safety rules of
:mod:`kordon.fetch`. Every problem with one input (empty, binary, undecodable, too large,
malformed line or record, unreadable, unreachable, refused) becomes an
:class:`~kordon.errors.InputError` naming the file (and line or record) or URL and is
yielded in place of that document, so a batch goes on.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .dates import date_line
from .document import DateValue, Document
from .errors import InputError
from .feeds import FEED_SUFFIXES, looks_like_feed, read_feed_file

if TYPE_CHECKING:
    from .fetch import Fetcher

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
XML_SUFFIXES = frozenset({".xml"})
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | XML_SUFFIXES
_ALL_SUFFIXES = ", ".join(sorted(SUFFIXES | set(WARC_SUFFIXES)))
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)

#: Default cap on one input file or one JSONL line, in bytes (``--max-size``).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_LEGACY = [
    "cp1251",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "iso8859_5",
    "cp1252",
    "iso8859_1",
    "iso8859_9",
    "cp1254",
    "utf_16",
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input passed over on purpose: a file in a folder that is not of a supported type,
    or a WARC record that holds no page (a request, an image, a redirect)."""

    path: str
    reason: str = "unsupported file type"


def is_url(item: str | os.PathLike[str]) -> bool:
    """Whether an input names a URL (``scheme://...``) rather than a file."""
    return isinstance(item, str) and bool(_URL.match(item))


def is_warc(path: Path) -> bool:
    """Whether a file is a web archive by its name (``.warc``, ``.warc.gz``)."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES or is_warc(path)


def _sniff_feed(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return looks_like_feed(fh.read(8192))
    except OSError:
        return True  # let reading it report the problem


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def decode(data: bytes, source: str, html: bool = False) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy code page."""
    if not data.strip():
        raise InputError(source, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid UTF-16 text ({exc.reason})") from exc
        if not text.strip():
            raise InputError(source, "empty file")
        check_text(text, source)
        return text
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, source, html)
    if not text.strip():  # only spaces of another code page (b"\xa0" is a no-break space in cp1251)
        raise InputError(source, "empty file")
    check_text(text, source)
    return text


def _decode_legacy(data: bytes, source: str, html: bool) -> str:
    if html and (m := _META_CHARSET.search(data[:4096])):
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144], cp_isolation=_LEGACY).best()
    if best is None or best.encoding is None:
        raise InputError(source, "cannot detect the text encoding (not UTF-8 nor a known code page)")
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"cannot decode as {best.encoding} ({exc.reason})") from exc


def media_type(value: str | None) -> tuple[str, str | None]:
    """A Content-Type value as its media type and charset: ``text/html; charset=cp1251`` ->
    ``("text/html", "cp1251")``."""
    if not value:
        return "", None
    parts = value.split(";")
    charset = None
    for part in parts[1:]:
        name, _, val = part.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return parts[0].strip().lower(), charset


def decode_body(data: bytes, source: str, charset: str | None, html: bool) -> str:
    """Bytes of a page to text: the declared charset when Python knows it and it fits, else
    :func:`kordon.ingest.decode` (UTF-8, BOMs, ``<meta charset>``, detection)."""
    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            codecs.lookup(charset)
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if not text.strip():
                raise InputError(source, "empty page")
            check_text(text, source)
            return text
    return decode(data, source, html=html)


def check_fields(values: Iterable[object], source: str) -> None:
    """Refuse metadata fields (id, title, URL, ...) with a NUL character, as :func:`check_text`
    refuses text with one."""
    if any("\x00" in str(v) for v in values if v is not None):
        raise InputError(source, "a field contains a NUL character")


def check_text(text: str, source: str) -> None:
    """Refuse text that is binary in disguise: any NUL character (no database stores one) or
    a high share of other control characters."""
    if "\x00" in text:
        raise InputError(source, "binary, not text (it contains NUL characters)")
    sample = text[:65536]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if control > max(8, len(sample) // 50):
        raise InputError(source, "binary file, not text (too many control characters)")


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError | Skipped]:
    """Files named, and supported files under folders named (sorted, recursive).

    In folders, ``.xml`` files that are not feeds are skipped; named ones are read (and
    refused if they are not feeds). A URL is not a file: :func:`read` fetches URLs.
    """
    for item in paths:
        if is_url(item):
            yield InputError(str(item), "a URL, not a file (URLs are fetched by kordon.ingest.read)")
            continue
        path = Path(item)
        if path.is_dir():
            try:
                children = sorted(p for p in path.rglob("*") if not p.is_dir())
            except OSError as exc:
                yield InputError(str(path), f"cannot list folder ({exc.strerror or exc})")
                continue
            for child in children:
                if child.name.startswith("."):
                    continue
                if not _supported(child):
                    yield Skipped(str(child))
                elif child.suffix.lower() in XML_SUFFIXES and not _sniff_feed(child):
                    yield Skipped(str(child), "XML that is not a feed")
                else:
                    yield child
        elif path.exists() or path.is_symlink():
            if not _supported(path):
                yield InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; expected one of {_ALL_SUFFIXES}",
                )
            else:
                yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                str(path), f"file is {_mb(size)}, over the {_mb(max_bytes)} limit (raise it with --max-size)"
            )
        with path.open("rb") as fh:
            data = fh.read(min(size, max_bytes) + 1)
        if len(data) > max_bytes:  # grew while we read it
            raise InputError(str(path), f"file is over the {_mb(max_bytes)} limit (raise it with --max-size)")
        return data
    except InputError:
        raise
    except MemoryError as exc:
        raise InputError(str(path), "not enough memory to read the file") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from exc


def read_file(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, lang: str | None = None
) -> Iterator[Document | InputError | Skipped]:
    """The documents in one file (one, or one per JSONL line, feed entry or WARC record),
    errors in their place. ``lang`` is a language hint set on every document."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        for item in read_jsonl(path, max_bytes):
            if lang and isinstance(item, Document):
                item.meta.setdefault("lang", lang)
            yield item
        return
    if is_warc(path):
        from .warc import read_warc

        yield from read_warc(path, max_bytes, lang=lang)
        return
    if suffix in FEED_SUFFIXES | XML_SUFFIXES:
        try:
            data = _read_bytes(path, max_bytes)
        except InputError as exc:
            yield exc
            return
        if suffix in XML_SUFFIXES and not looks_like_feed(data):
            yield InputError(str(path), "XML that is not a feed (no RSS, Atom or RDF root element)")
            return
        yield from read_feed_file(path, data, lang=lang)
        return
    try:
        data = _read_bytes(path, max_bytes)
        html = suffix in HTML_SUFFIXES
        text = decode(data, str(path), html=html)
    except InputError as exc:
        yield exc
        return
    meta: dict[str, Any] = {"lang": lang} if lang else {}
    yield Document(id=path.stem, source=str(path), raw=text, format="html" if html else "text", meta=meta)


def read_jsonl(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """One document per line: ``text`` or ``html``; optional ``id``, ``url``, ``title``,
    ``published``, ``lang``."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with fh:
        any_line = False
        for lineno, line in enumerate(iter(lambda: fh.readline(max_bytes + 1), b""), start=1):
            where = f"{path}:{lineno}"
            if len(line) > max_bytes:
                yield InputError(where, f"line longer than the {_mb(max_bytes)} limit")
                # skip the rest of this overlong line
                while line and not line.endswith(b"\n"):
                    line = fh.readline(max_bytes + 1)
                continue
            if not line.strip():
                continue
            any_line = True
            yield _jsonl_document(line, where, path)
        if not any_line:
            yield InputError(str(path), "empty file")


def _jsonl_document(line: bytes, where: str, path: Path | str) -> Document | InputError:
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return InputError(where, "line is not UTF-8")
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
    return json_document(obj, where, path)


def json_document(obj: object, where: str, path: Path | str) -> Document | InputError:
    """One JSON object with ``text`` or ``html`` (and optional ``id``, ``url``, ``title``,
    ``published``, ``lang``) as a document."""
    if not isinstance(obj, dict):
        return InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    html = obj.get("html")
    text = obj.get("text")
    body = text if isinstance(text, str) and text.strip() else html
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "object has neither a non-empty 'text' nor 'html' string")
    doc_id = obj.get("id")
    meta = {k: obj[k] for k in ("title", "published", "lang") if isinstance(obj.get(k), str) and obj[k]}
    try:
        check_text(body, where)
        check_fields((doc_id, obj.get("url"), *meta.values()), where)
    except InputError as exc:
        return exc
    return Document(
        id=str(doc_id) if doc_id not in (None, "") else f"{Path(path).stem}-{where.rsplit(':', 1)[1]}",
        source=where,
        raw=body,
        format="text" if body is text else "html",
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        meta=meta,
    )


def read(
    paths: Iterable[str | os.PathLike[str]],
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    allow_private: bool = False,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | InputError | Skipped]:
    """Every document under ``paths`` (files, folders, URLs); problems come as
    :class:`InputError` in their place.

    URLs are fetched with ``fetcher`` (or one made here, closed at the end) under the rules
    of :mod:`kordon.fetch`; ``allow_private`` lets it reach private and loopback addresses.
    """
    own: Fetcher | None = None
    try:
        for name in paths:
            if not is_url(name):
                for item in iter_files([name]):
                    if isinstance(item, Path):
                        yield from read_file(item, max_bytes)
                    else:
                        yield item
                continue
            from .fetch import Fetcher, FetchOptions, fetch_documents

            if fetcher is None:
                fetcher = own = Fetcher(FetchOptions(allow_private=allow_private, max_bytes=max_bytes))
            try:
                yield from fetch_documents(str(name), fetcher=fetcher)
            except InputError as exc:
                yield exc
    finally:
        if own is not None:
            own.close()


# -- pages: HTML (from the web or a web archive) to a document with its publication date --

_DATE_NODES = (
    "//time | //*[@datetime] | //*[contains(@class, 'date') or contains(@class, 'time')"
    " or contains(@class, 'publish') or contains(@class, 'posted') or contains(@id, 'date')"
    " or contains(@itemprop, 'date')]"
)


def _visible_date(tree: Any) -> DateValue | None:
    """A date with a year that a date element states, or a date line near the first heading
    ("24 ноября 2025", "24. November 2025, 10:15"), with its precision."""
    texts: list[str] = []
    for node in tree.xpath(_DATE_NODES)[:100]:
        texts.extend((node.get("datetime") or "", node.text_content()))
    texts.extend(str(t) for t in tree.xpath("(//h1)[1]/preceding::text()")[-10:])
    texts.extend(str(t) for t in tree.xpath("(//h1)[1]/following::text()")[:40])
    for text in texts:
        line = " ".join(text.split())
        if not 6 <= len(line) <= 80:
            continue
        found = date_line(line)
        if found and found.value.has_year:
            value = found.value
            value.span, value.component = None, "ingest"
            return value
    return None


def _stated(html: str, year: str, month: str, day: str) -> bool:
    """Whether the page writes the first day of a month in a numeric form (not padded)."""
    forms = (f"{year}-{month}-{day}", f"{year}/{month}/{day}", f"{day}.{month}.{year}", f"1.{month}.{year}")
    return any(form in html for form in forms)


def page_date(html: str, url: str | None = None) -> DateValue | None:
    """The publication date of an HTML page, with its precision; ``None`` when it states none.

    htmldate (as trafilatura uses it, without its free-text guessing) reads the page's
    metadata first; a first-of-month it may have padded is kept at month (or year)
    precision unless the page writes it. Failing that, date elements and date lines near the
    first heading are read with :mod:`kordon.dates` (CLDR month names: "24 ноября 2025",
    "24. November 2025"). A year is never taken from the clock.
    """
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    visible: DateValue | None = None
    try:
        from htmldate import find_date

        iso = find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate on a malformed page: no date rather than no document
        iso = None
    if iso and re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
        year, month, day = iso.split("-")
        if day != "01" or _stated(html, year, month, day):
            return DateValue(iso, "day", component="ingest")
        visible = _visible_date(tree)
        if visible and visible.edtf == iso:
            return visible
        if month != "01" or f"{year}-{month}" in html:
            return DateValue(f"{year}-{month}", "month", component="ingest")
        return DateValue(year, "year", component="ingest")
    return _visible_date(tree)


def page_document(
    text: str,
    *,
    url: str | None,
    source: str,
    format: str = "html",
    doc_id: str | None = None,
    fallback_date: str | None = None,
    lang: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """A fetched or archived page as a document: its publication date (``meta["html_date"]``,
    see :func:`page_date`; else ``fallback_date``, such as a WARC capture date) and
    language hint (``meta["lang"]``)."""
    info: dict[str, Any] = dict(meta or {})
    value = page_date(text, url) if format == "html" else None
    if value is not None:
        info["html_date"], info["html_date_precision"] = value.edtf, value.precision
    elif fallback_date:
        info["html_date"], info["html_date_precision"] = fallback_date, "day"
        info["date_from"] = "capture"
    if lang:
        info["lang"] = lang
    return Document(id=doc_id or url or source, source=source, raw=text, format=format, url=url, meta=info)
