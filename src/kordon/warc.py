"""Web archives: pages in WARC files (``.warc``, ``.warc.gz``) to :class:`Document` s.

Response records (and resource records) of HTML or plain text with status 200 become
documents: the URL from ``WARC-Target-URI``, the publication date from the page (see
:func:`kordon.ingest.page_date`), else the capture date ``WARC-Date``. Every other record
(requests, metadata, images, redirects, errors) is passed over as a
:class:`~kordon.ingest.Skipped` so it can be counted. A truncated or corrupt record or gzip
member becomes an :class:`~kordon.errors.InputError` naming the file and the record's offset,
and reading goes on at the next record that can be found.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

from .document import Document
from .errors import InputError
from .ingest import DEFAULT_MAX_BYTES, Skipped, decode_body, media_type, page_document

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN = 1 << 20


@cache
def _quiet_iterator() -> Any:
    from warcio.archiveiterator import ArchiveIterator

    class _Quiet(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = ""  # warcio prints a warning on stderr for a bad Content-Length

    return _Quiet


def _iterator(fh: IO[bytes]) -> Any:
    return _quiet_iterator()(fh, check_digests=True)


def _find(fh: IO[bytes], needle: bytes, start: int) -> int | None:
    """The offset of the next ``needle`` at or after ``start``, else ``None``."""
    pos = start
    while True:
        fh.seek(pos)
        chunk = fh.read(_SCAN + len(needle))
        if not chunk:
            return None
        at = chunk.find(needle)
        if at >= 0:
            return pos + at
        if len(chunk) <= len(needle):
            return None
        pos += _SCAN


def _resync(fh: IO[bytes], start: int, gz: bool) -> int | None:
    """Where the next record begins after a damaged one (a gzip member or a ``WARC/1.x`` line)."""
    if gz:
        return _find(fh, _GZIP_MAGIC, start)
    at = _find(fh, b"\n" + _WARC_MAGIC, start - 1)
    return None if at is None else at + 1


def _trailing(fh: IO[bytes], at: int) -> bool:
    """Whether anything but blank bytes follows offset ``at``."""
    fh.seek(at)
    while chunk := fh.read(_SCAN):
        if chunk.strip(b"\r\n\t \x00"):
            return True
    return False


def read_warc(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, lang: str | None = None
) -> Iterator[Document | InputError | Skipped]:
    """The pages of a WARC file as documents; other records as :class:`Skipped`, damage as
    :class:`InputError` (``"<file> (record at offset N)"``) in place, reading on.

    ``max_bytes`` caps one record's content; ``lang`` is a language hint for every document.
    """
    try:
        fh = path.open("rb")
        size = path.stat().st_size
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with fh:
        head = fh.read(4)
        if not head.strip():
            yield InputError(str(path), "empty file")
            return
        gz = head.startswith(b"\x1f\x8b")
        if not gz and not head.startswith(b"WARC"):
            yield InputError(str(path), "not a WARC file (it starts with neither 'WARC/' nor a gzip header)")
            return
        pos: int | None = 0
        any_record = False
        while pos is not None and pos < size:
            fh.seek(pos)
            it = _iterator(fh)
            start = pos
            try:
                for record in it:
                    start = it.offset
                    any_record = True
                    yield _item(record, path, start, max_bytes, lang)
                end = it.offset
            except Exception as exc:  # warcio and zlib raise many kinds on damaged input
                # past the record yielded last when it failed on the way to the next one
                at = max(start, it.offset or 0)
                yield InputError(
                    f"{path} (record at offset {at})", f"corrupt or truncated record ({_why(exc)})"
                )
                pos = _resync(fh, at + 1, gz)
                continue
            if end < size and _trailing(fh, end):
                yield InputError(
                    f"{path} (record at offset {end})",
                    "truncated or unreadable record (the file ends inside it or it is damaged)",
                )
                pos = _resync(fh, end + 1, gz)
                continue
            break
        if not any_record:
            yield InputError(str(path), "no WARC record could be read")


def _why(exc: BaseException) -> str:
    """A short, printable reason (warcio quotes the damaged bytes it met)."""
    name = type(exc).__name__
    if name == "ArchiveLoadFailed":
        return str(exc).split(":", 1)[0].strip() or "not a WARC record"
    text = "".join(c if c.isprintable() else "?" for c in " ".join(str(exc).split()))
    if len(text) > 100:
        text = text[:97] + "..."
    return f"{name}: {text}" if text else name


def _item(
    record: Any, path: Path, offset: int, max_bytes: int, lang: str | None
) -> Document | InputError | Skipped:
    """One record as a document, a skipped record or the problem with it."""
    where = f"{path} (record at offset {offset})"
    kind = record.rec_type
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or None
    if kind == "response":
        http = record.http_headers
        if http is None:
            return Skipped(where, "response record without HTTP headers")
        status = http.get_statuscode()
        if status != "200":
            return Skipped(where, f"HTTP status {status}")
        ctype = http.get_header("Content-Type")
    elif kind == "resource":
        ctype = headers.get_header("Content-Type")
    else:
        return Skipped(where, f"{kind} record")
    mime, charset = media_type(ctype)
    if mime not in PAGE_TYPES | TEXT_TYPES:
        return Skipped(where, f"content type {mime or '(none)'}")
    try:
        data = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a damaged payload (bad gzip or chunking): this record only
        return InputError(where, f"cannot read the record's content ({_why(exc)})")
    if len(data) > max_bytes:
        return InputError(where, f"record content is over the {max_bytes / 1024 / 1024:.1f} MB limit")
    raw = record.raw_stream
    try:
        while raw.read(65536):  # what a decoder left (a chunked trailer): the record must be whole
            pass
    except Exception as exc:
        return InputError(where, f"cannot read the record's content ({_why(exc)})")
    missing = getattr(raw, "limit", 0)
    if missing:
        return InputError(where, f"record is truncated ({missing} byte(s) of its content are missing)")
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        return InputError(where, f"record is damaged ({'; '.join(checker.problems)})")
    html = mime in PAGE_TYPES
    try:
        text = decode_body(data, where, charset, html)
    except InputError as exc:
        return exc
    date = headers.get_header("WARC-Date") or ""
    capture = date[:10] if len(date) >= 10 and date[4] == "-" else None
    meta: dict[str, Any] = {"warc_record": where}
    if date:
        meta["warc_date"] = date
    return page_document(
        text,
        url=uri,
        source=uri or where,
        format="html" if html else "text",
        doc_id=uri or f"{path.name}@{offset}",
        fallback_date=capture,
        lang=lang,
        meta=meta,
    )
