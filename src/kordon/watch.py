"""Watching sources: feeds, sites and folders, ingested as they change (``kordon watch``).

A sources file (TOML) lists ``[[feed]]``, ``[[site]]`` and ``[[folder]]`` entries. Each run
of a source stores what is new with the default pipeline and remembers, in the database,
what the source has given (feed entries by guid or link, site articles by URL, folder files
by path, size and time) and the ``ETag`` / ``Last-Modified`` of its last response, so a
restart neither ingests anything twice nor loses an item: an item is marked seen only after
it is stored, and a source's validators are saved only after all its items are.

See ``docs/sources.md`` for the file format.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import signal
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Mapped, Session, mapped_column

from .document import Document
from .errors import ConfigError, InputError, KordonError, StoreError
from .ingest import DEFAULT_MAX_BYTES, Skipped, iter_files, read_file
from .store import Base, DocumentRow, Store

if TYPE_CHECKING:
    from .fetch import Fetcher

KINDS = ("feed", "site", "folder")
DEFAULT_INTERVAL = 3600.0
DEFAULT_MAX_LINKS = 50
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_SKIP_EXTENSIONS = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|webp|svg|ico|css|js|zip|rar|7z|gz|docx?|xlsx?|pptx?|mp[34]|avi|mov|rss|xml)$",
    re.IGNORECASE,
)


class WatchSourceRow(Base):
    """A watched source and its state (see migration 0007)."""

    __tablename__ = "watch_sources"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    validated_url: Mapped[str | None] = mapped_column(Text)
    last_run: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_success: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)


class WatchItemRow(Base):
    """An item a source has given and that is stored: a feed entry, an article, a file."""

    __tablename__ = "watch_items"
    __table_args__ = (UniqueConstraint("source_pk", "key_hash", name="uq_watch_items_source_key"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_pk: Mapped[int] = mapped_column(ForeignKey("watch_sources.pk", ondelete="CASCADE"))
    key_hash: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(Text)
    version: Mapped[str | None] = mapped_column(String(64))
    document_id: Mapped[str | None] = mapped_column(String(64))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


# -- the sources file --


@dataclass(frozen=True, slots=True)
class Source:
    """One entry of the sources file."""

    kind: str
    name: str
    location: str
    """The URL of a feed or site, or the folder's path (relative paths from the sources file)."""
    lang: str | None = None
    interval: float = DEFAULT_INTERVAL
    include: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None
    max_links: int = DEFAULT_MAX_LINKS


def parse_interval(value: object, where: str) -> float:
    """Seconds from ``900``, ``"90s"``, ``"15m"``, ``"2h"``, ``"1d"`` or ``"1h30m"``."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: interval must be seconds or a duration like '15m', not {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip().lower()
        parts = list(_INTERVAL.finditer(text))
        if not parts or "".join(p.group(0) for p in parts).replace(" ", "") != text.replace(" ", ""):
            raise ConfigError(
                f"{where}: interval {value!r} is not seconds or a duration like '15m', '2h', '1d'"
            )
        seconds = sum(float(p.group(1)) * _UNITS[p.group(2) or "s"] for p in parts)
    else:
        raise ConfigError(f"{where}: interval must be seconds or a duration like '15m', not {value!r}")
    if seconds <= 0:
        raise ConfigError(f"{where}: interval must be positive")
    return seconds


_KEYS = {
    "feed": {"name", "url", "lang", "interval"},
    "site": {"name", "url", "lang", "interval", "include", "exclude", "max_links"},
    "folder": {"name", "path", "lang", "interval"},
}


def load_sources(path: str | Path) -> list[Source]:
    """The sources of a TOML file; any mistake is a :class:`ConfigError` naming the entry."""
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{file}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML ({exc})") from exc
    unknown = set(data) - set(KINDS)
    if unknown:
        raise ConfigError(
            f"{file}: unknown section(s) {', '.join(sorted(unknown))}; "
            "expected [[feed]], [[site]], [[folder]]"
        )
    sources: list[Source] = []
    names: set[str] = set()
    for kind in KINDS:
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            raise ConfigError(f"{file}: write [[{kind}]] (an array of tables), not [{kind}]")
        for n, entry in enumerate(entries, start=1):
            source = _source(kind, entry, f"{file}: [[{kind}]] #{n}", file.parent)
            if source.name in names:
                raise ConfigError(f"{file}: source name {source.name!r} is used twice")
            names.add(source.name)
            sources.append(source)
    if not sources:
        raise ConfigError(f"{file}: no sources; add [[feed]], [[site]] or [[folder]] entries")
    return sources


def _source(kind: str, entry: Any, where: str, base: Path) -> Source:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table")
    extra = set(entry) - _KEYS[kind]
    if extra:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: 'name' is required")
    where = f"{where} ({name})"
    if kind == "folder":
        location = entry.get("path")
        if not isinstance(location, str) or not location.strip():
            raise ConfigError(f"{where}: 'path' is required")
        folder = Path(location).expanduser()
        location = str(folder if folder.is_absolute() else base / folder)
    else:
        location = entry.get("url")
        if not isinstance(location, str) or not re.match(r"^https?://", location, re.IGNORECASE):
            raise ConfigError(f"{where}: 'url' must be an http(s) URL")
    lang = entry.get("lang")
    if lang is not None and (not isinstance(lang, str) or not re.fullmatch(r"[A-Za-z]{2,3}", lang)):
        raise ConfigError(f"{where}: 'lang' must be a language code like 'ru', 'de', 'en'")
    patterns: dict[str, re.Pattern[str] | None] = {}
    for key in ("include", "exclude"):
        value = entry.get(key)
        if value is None:
            patterns[key] = None
            continue
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {key!r} must be a regular expression")
        try:
            patterns[key] = re.compile(value)
        except re.error as exc:
            raise ConfigError(f"{where}: {key!r} is not a valid regular expression ({exc})") from exc
    max_links = entry.get("max_links", DEFAULT_MAX_LINKS)
    if not isinstance(max_links, int) or isinstance(max_links, bool) or max_links < 1:
        raise ConfigError(f"{where}: 'max_links' must be a positive whole number")
    return Source(
        kind=kind,
        name=name.strip(),
        location=location,
        lang=lang.lower() if isinstance(lang, str) else None,
        interval=parse_interval(entry.get("interval", DEFAULT_INTERVAL), where),
        include=patterns["include"],
        exclude=patterns["exclude"],
        max_links=max_links,
    )


# -- state in the database --


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class WatchState:
    """What each source has given, in the store's database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self.store.engine) as s, s.begin():
                yield s
        except DBAPIError as exc:
            raise StoreError(
                f"database error in {self.store.url}: {str(exc.orig or exc).splitlines()[0]}"
            ) from exc

    def source(self, src: Source) -> int:
        """The row of ``src`` (made on its first run); a changed location forgets the validators."""
        with self._session() as s:
            row = s.scalar(select(WatchSourceRow).where(WatchSourceRow.name == src.name))
            if row is None:
                row = WatchSourceRow(name=src.name, kind=src.kind, location=src.location)
                s.add(row)
                s.flush()
            elif row.location != src.location or row.kind != src.kind:
                row.kind, row.location = src.kind, src.location
                row.etag = row.last_modified = row.validated_url = None
            return row.pk

    def row(self, pk: int) -> WatchSourceRow:
        with self._session() as s:
            row = s.get(WatchSourceRow, pk)
            if row is None:
                raise StoreError(f"watched source {pk} vanished from {self.store.url}")
            s.expunge(row)
            return row

    def save_validators(self, pk: int, url: str | None, etag: str | None, last_modified: str | None) -> None:
        with self._session() as s:
            row = s.get(WatchSourceRow, pk)
            if row is not None:
                row.validated_url, row.etag, row.last_modified = url, etag, last_modified

    def version(self, pk: int, key: str) -> str | None:
        """The version an item was seen at (``""`` when it has none), else ``None``."""
        with self._session() as s:
            row = s.scalar(
                select(WatchItemRow).where(WatchItemRow.source_pk == pk, WatchItemRow.key_hash == _hash(key))
            )
            return None if row is None else row.version or ""

    def mark(self, pk: int, key: str, version: str | None = None, document_id: str | None = None) -> None:
        """Remember an item as stored (call only after it is)."""
        with self._session() as s:
            row = s.scalar(
                select(WatchItemRow).where(WatchItemRow.source_pk == pk, WatchItemRow.key_hash == _hash(key))
            )
            if row is None:
                s.add(
                    WatchItemRow(
                        source_pk=pk,
                        key_hash=_hash(key),
                        key=key,
                        version=version,
                        document_id=document_id,
                        seen_at=_now(),
                    )
                )
            else:
                row.version, row.document_id, row.seen_at = version, document_id, _now()

    def finish(self, pk: int, error: str | None, started: dt.datetime) -> None:
        with self._session() as s:
            row = s.get(WatchSourceRow, pk)
            if row is not None:
                row.last_run = started
                row.last_error = error
                if error is None:
                    row.last_success = started

    def known(self, content_hash: str) -> bool:
        """Whether a document with this content is stored (so the pipeline can be spared)."""
        with self._session() as s:
            return s.scalar(select(DocumentRow.pk).where(DocumentRow.id == content_hash)) is not None


# -- running --


@dataclass(slots=True)
class Report:
    """What one run of one source did."""

    name: str
    new: int = 0
    known: int = 0
    seen: int = 0
    failed: int = 0
    skipped: int = 0
    not_modified: bool = False
    stopped: bool = False
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.not_modified:
            return f"{self.name}: not modified"
        parts = [f"{self.new} new", f"{self.known} already stored", f"{self.seen} seen before"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.failed:
            parts.append(f"{self.failed} failed")
        return f"{self.name}: " + ", ".join(parts) + (" (stopped)" if self.stopped else "")


Log = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def article_links(
    html: str,
    base_url: str,
    *,
    include: re.Pattern[str] | None = None,
    exclude: re.Pattern[str] | None = None,
    limit: int = DEFAULT_MAX_LINKS,
) -> list[str]:
    """Links of a page to other pages of the same host, in page order, without fragments,
    files (PDF, images, ...) or the page itself; filtered by ``include`` / ``exclude``
    (regular expressions searched in the absolute URL)."""
    from urllib.parse import urldefrag, urljoin, urlsplit

    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    base = urlsplit(base_url)
    found: dict[str, None] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = urldefrag(urljoin(base_url, href))[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname != base.hostname:
            continue
        if url.rstrip("/") == urldefrag(base_url)[0].rstrip("/") or parts.path in ("", "/"):
            continue
        if _SKIP_EXTENSIONS.search(parts.path):
            continue
        if include is not None and not include.search(url):
            continue
        if exclude is not None and exclude.search(url):
            continue
        found.setdefault(url)
        if len(found) >= limit:
            break
    return list(found)


class Watcher:
    """Runs sources into a store: ``Watcher(store, sources).run_once()``.

    ``pipeline`` defaults to ``Pipeline.from_profile()`` (built on first need); ``fetcher``
    to a :class:`~kordon.fetch.Fetcher` with default options (``allow_private`` as given).
    ``stop`` is checked between items; ``info`` and ``error`` get one line each.
    """

    def __init__(
        self,
        store: Store,
        sources: list[Source],
        *,
        pipeline: Callable[[Document], Document] | None = None,
        fetcher: Fetcher | None = None,
        allow_private: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        stop: threading.Event | None = None,
        info: Log = _quiet,
        error: Log = _quiet,
    ) -> None:
        self.store = store
        self.sources = sources
        self.state = WatchState(store)
        self._pipeline = pipeline
        self._fetcher = fetcher
        self._own_fetcher = fetcher is None
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.stop = stop or threading.Event()
        self.info = info
        self.error = error

    @property
    def pipeline(self) -> Callable[[Document], Document]:
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline.from_profile().warm()  # models load outside the time limit
        return self._pipeline

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from .fetch import Fetcher, FetchOptions

            self._fetcher = Fetcher(FetchOptions(allow_private=self.allow_private, max_bytes=self.max_bytes))
        return self._fetcher

    def close(self) -> None:
        if self._own_fetcher and self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one source --

    def run_source(self, src: Source) -> Report:
        """Run one source; its errors are logged (one line each, naming it) and counted."""
        report = Report(src.name)
        started = _now()
        pk = self.state.source(src)
        problem: str | None = None
        try:
            if src.kind == "feed":
                self._feed(src, pk, report)
            elif src.kind == "site":
                self._site(src, pk, report)
            else:
                self._folder(src, pk, report)
        except StoreError:
            raise
        except KordonError as exc:
            problem = str(exc)
            self._fail(report, problem)
        except Exception as exc:  # a long-running watch must outlive one source's surprise
            problem = f"unexpected {type(exc).__name__}: {exc}"
            self._fail(report, problem)
        if problem is None and report.errors:
            problem = f"{len(report.errors)} item(s) failed; first: {report.errors[0]}"
        self.state.finish(pk, problem, started)
        self.info(report.summary())
        return report

    def _fail(self, report: Report, problem: str) -> None:
        report.failed += 1
        report.errors.append(problem)
        self.error(f"{report.name}: {problem}")

    def _ingest(self, doc: Document, report: Report) -> str | None:
        """Process and store one document; its content hash, or ``None`` when its content is
        unusable (reported; reading it again would not mend it, so it counts as done)."""
        digest = doc.content_hash
        if self.state.known(digest):
            report.known += 1
            return digest
        try:
            processed = self.pipeline(doc)
        except InputError as exc:
            self._fail(report, str(exc))
            return None
        new = self.store.add(processed)
        report.new += 1 if new else 0
        report.known += 0 if new else 1
        return digest

    def _feed(self, src: Source, pk: int, report: Report) -> None:
        from .fetch import Validators, documents_from

        row = self.state.row(pk)
        validators = Validators(row.validated_url, row.etag, row.last_modified) if row.validated_url else None
        got = self.fetcher.get(src.location, validators=validators)
        if got.not_modified:
            report.not_modified = True
            return
        if got.kind != "feed":
            raise InputError(got.url, f"not a feed (the server sent {got.media_type or 'no content type'})")
        blocked = False
        for item in documents_from(got, src.lang):
            if self.stop.is_set():
                report.stopped = blocked = True
                break
            if isinstance(item, InputError):
                self._fail(report, str(item))  # the entry itself is bad: retrying will not help
                continue
            key = str(item.meta.get("guid") or item.url or item.id)
            if self.state.version(pk, key) is not None:
                report.seen += 1
                continue
            try:
                digest = self._ingest(item, report)
            except StoreError:
                raise
            except KordonError as exc:
                self._fail(report, str(exc))
                blocked = True
                continue
            self.state.mark(pk, key, document_id=digest)
        if not blocked:
            self.state.save_validators(pk, got.url, got.etag, got.last_modified)

    def _site(self, src: Source, pk: int, report: Report) -> None:
        from .fetch import Validators, fetch
        from .ingest import decode_body

        row = self.state.row(pk)
        validators = Validators(row.validated_url, row.etag, row.last_modified) if row.validated_url else None
        got = self.fetcher.get(src.location, validators=validators)
        if got.not_modified:
            report.not_modified = True
            return
        if got.kind != "html":
            raise InputError(
                got.url, f"not an HTML page (the server sent {got.media_type or 'no content type'})"
            )
        page = decode_body(got.body, got.url, got.charset, True)
        links = article_links(page, got.url, include=src.include, exclude=src.exclude, limit=src.max_links)
        blocked = False
        for link in links:
            if self.stop.is_set():
                report.stopped = blocked = True
                break
            if self.state.version(pk, link) is not None:
                report.seen += 1
                continue
            try:
                doc = fetch(link, fetcher=self.fetcher, lang=src.lang)
                digest = self._ingest(doc, report)
            except StoreError:
                raise
            except KordonError as exc:
                self._fail(report, str(exc))
                blocked = True  # fetch it again next time, even if the listing has not changed
                continue
            self.state.mark(pk, link, document_id=digest)
        if not blocked:
            self.state.save_validators(pk, got.url, got.etag, got.last_modified)

    def _folder(self, src: Source, pk: int, report: Report) -> None:
        root = Path(src.location)
        if not root.is_dir():
            raise InputError(str(root), "no such folder")
        for item in iter_files([root]):
            if self.stop.is_set():
                report.stopped = True
                return
            if isinstance(item, Skipped):
                report.skipped += 1
                continue
            if isinstance(item, InputError):
                self._fail(report, str(item))
                continue
            path = Path(item)
            key = path.relative_to(root).as_posix()
            try:
                stat = path.stat()
            except OSError as exc:
                self._fail(report, f"{path}: cannot read ({exc.strerror or exc})")
                continue
            version = f"{stat.st_size}:{stat.st_mtime_ns}"
            if self.state.version(pk, key) == version:
                report.seen += 1
                continue
            if self._file(path, src, report):
                self.state.mark(pk, key, version=version)

    def _file(self, path: Path, src: Source, report: Report) -> bool:
        """Store the documents of one file; whether it is done (bad records do not count:
        reading the file again would not mend them)."""
        done = True
        for doc in read_file(path, self.max_bytes, lang=src.lang):
            if self.stop.is_set():
                report.stopped = True
                return False
            if isinstance(doc, Skipped):
                report.skipped += 1
            elif isinstance(doc, InputError):
                self._fail(report, str(doc))
            else:
                try:
                    self._ingest(doc, report)
                except StoreError:
                    raise
                except KordonError as exc:
                    self._fail(report, str(exc))
                    done = False
        return done

    # -- all sources --

    def run_once(self) -> list[Report]:
        """Run every source once, in file order; stops early when asked to."""
        reports = []
        for src in self.sources:
            if self.stop.is_set():
                break
            reports.append(self.run_source(src))
        return reports

    def due(self, src: Source, now: dt.datetime) -> float:
        """Seconds until ``src`` is due (0 or less: now)."""
        row = self.state.row(self.state.source(src))
        if row.last_run is None:
            return 0.0
        last = row.last_run if row.last_run.tzinfo else row.last_run.replace(tzinfo=dt.UTC)
        return src.interval - (now - last).total_seconds()

    def run_forever(self, poll: float = 60.0) -> None:
        """Run each source whenever its interval has passed since its last run, until stopped."""
        while not self.stop.is_set():
            waits = []
            for src in self.sources:
                if self.stop.is_set():
                    return
                wait = self.due(src, _now())
                if wait <= 0:
                    self.run_source(src)
                    wait = src.interval
                waits.append(wait)
            self.stop.wait(max(1.0, min([poll, *waits])))


@contextmanager
def stop_on_signals(stop: threading.Event, log: Log = _quiet) -> Iterator[None]:
    """Set ``stop`` on SIGINT or SIGTERM (a second SIGINT interrupts at once); handlers are
    restored on exit. Only in the main thread; elsewhere it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def handler(signum: int, _frame: FrameType | None) -> None:
        stop.set()
        log(f"{signal.Signals(signum).name}: stopping after the current item")
        signal.signal(signal.SIGINT, signal.default_int_handler)

    for sig in previous:
        signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(
    sources_file: str | Path,
    *,
    db: str | None = None,
    once: bool = False,
    allow_private: bool = False,
    info: Log = _quiet,
    error: Log = _quiet,
    stop: threading.Event | None = None,
) -> list[Report]:
    """``kordon watch``: load the sources, then run them once or until SIGINT/SIGTERM."""
    sources = load_sources(sources_file)
    stop = stop or threading.Event()
    started = time.monotonic()
    with (
        Store(db) as store,
        Watcher(store, sources, allow_private=allow_private, stop=stop, info=info, error=error) as watcher,
        stop_on_signals(stop, info),
    ):
        if once:
            reports = watcher.run_once()
            info(f"{len(reports)} source(s) run in {time.monotonic() - started:.1f} s")
            return reports
        info(f"watching {len(sources)} source(s); Ctrl-C stops after the current item")
        watcher.run_forever()
        info("stopped")
        return []
