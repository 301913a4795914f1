"""Reading inputs: files and folders of text, HTML and JSONL into :class:`Document` s.

Every problem with one input (empty, binary, undecodable, too large, malformed line,
unreadable) becomes an :class:`~kordon.errors.InputError` naming the file (and line) and is
yielded in place of that document, so a batch goes on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

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
    """A file in a folder that is not of a supported type."""

    path: str


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
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid UTF-16 text ({exc.reason})") from exc
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, source, html)
    _check_printable(text, source)
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


def _check_printable(text: str, source: str) -> None:
    sample = text[:65536]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if control > max(8, len(sample) // 50):
        raise InputError(source, "binary file, not text (too many control characters)")


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError | Skipped]:
    """Files named, and supported files under folders named (sorted, recursive)."""
    for item in paths:
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
                if child.suffix.lower() in SUFFIXES:
                    yield child
                else:
                    yield Skipped(str(child))
        elif path.exists() or path.is_symlink():
            if path.suffix.lower() not in SUFFIXES:
                yield InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; "
                    f"expected one of {', '.join(sorted(SUFFIXES))}",
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


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """The documents in one file (one, or one per JSONL line), errors in their place."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, max_bytes)
        return
    try:
        data = _read_bytes(path, max_bytes)
        html = suffix in HTML_SUFFIXES
        text = decode(data, str(path), html=html)
    except InputError as exc:
        yield exc
        return
    yield Document(id=path.stem, source=str(path), raw=text, format="html" if html else "text")


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


def _jsonl_document(line: bytes, where: str, path: Path) -> Document | InputError:
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return InputError(where, "line is not UTF-8")
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    html = obj.get("html")
    text = obj.get("text")
    body = text if isinstance(text, str) and text.strip() else html
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "object has neither a non-empty 'text' nor 'html' string")
    doc_id = obj.get("id")
    meta = {k: obj[k] for k in ("title", "published", "lang") if isinstance(obj.get(k), str) and obj[k]}
    return Document(
        id=str(doc_id) if doc_id not in (None, "") else f"{path.stem}-{where.rsplit(':', 1)[1]}",
        source=where,
        raw=body,
        format="text" if body is text else "html",
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        meta=meta,
    )


def read(
    paths: Iterable[str | os.PathLike[str]], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError | Skipped]:
    """Every document under ``paths``; problems come as :class:`InputError` in their place."""
    for item in iter_files(paths):
        if isinstance(item, Path):
            yield from read_file(item, max_bytes)
        else:
            yield item
