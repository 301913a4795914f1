"""Fetching pages and feeds over HTTP(S), safely and politely.

The rules, each with its default in :class:`FetchOptions`:

- schemes ``http`` and ``https`` only; redirects are followed by hand (at most 5) and every
  hop is checked again like the first URL;
- SSRF guard: the host is resolved (``socket.getaddrinfo``) and refused when any of its
  addresses is private, loopback, link-local, multicast, reserved, unspecified or otherwise
  not global, unless ``allow_private`` is set; the connection then goes to the address that
  was checked (the host name still serves for ``Host`` and TLS), so a second DNS answer
  cannot slip another address in;
- timeouts: to connect (10 s), between bytes (20 s), and a total deadline per request
  (60 s) that also cuts off a server trickling its headers or body byte by byte;
- size cap while streaming (the ``--max-size`` of files, 20 MB): reading stops beyond it;
- content types: HTML, plain text, feeds (RSS, Atom, RDF, JSON Feed) and JSON; anything else
  is refused before its body is read;
- ``robots.txt`` is obeyed (fetched under the same rules, cached per host for a day, its
  ``Crawl-delay`` honoured up to 30 s) and requests to one host are spaced by at least
  ``min_interval`` (1 s);
- ``User-Agent: Kordon/<version> (+https://github.com/kordon-project/kordon)``;
- conditional GET: with the ``ETag`` / ``Last-Modified`` of an earlier response
  (:class:`Validators`, kept by a :class:`ValidatorCache`) an unchanged resource costs a 304.

Every failure is an :class:`~kordon.errors.InputError` naming the URL.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol
from urllib.robotparser import RobotFileParser

import httpx

from .document import Document
from .errors import InputError, KordonError
from .feeds import FEED_TYPES, looks_like_feed, parse_feed
from .ingest import DEFAULT_MAX_BYTES, decode_body, json_document, media_type, page_document


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kordon")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


USER_AGENT = f"Kordon/{_version()} (+https://github.com/kordon-project/kordon)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
JSON_TYPES = frozenset({"application/json"})
ALLOWED_TYPES = HTML_TYPES | TEXT_TYPES | FEED_TYPES | JSON_TYPES
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/rdf+xml;q=0.9,application/xml;q=0.9,text/xml;q=0.9,application/feed+json;q=0.9,"
    "text/plain;q=0.8,application/json;q=0.7"
)
ROBOTS_MAX_BYTES = 512 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

Resolver = Callable[..., Sequence[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Limits and manners of fetching; the defaults are the documented ones."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    """Longest wait for the next bytes."""
    total_timeout: float = 60.0
    """Deadline for one request (one hop), headers and body, however the bytes trickle."""
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    allow_private: bool = False
    """Let URLs reach private, loopback and link-local addresses (an intranet, tests)."""
    robots: bool = True
    min_interval: float = 1.0
    """Seconds between two requests to one host."""
    max_crawl_delay: float = 30.0
    robots_ttl: float = 86400.0
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Validators:
    """What makes a GET conditional: the ``ETag`` and ``Last-Modified`` of ``url``'s last response."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


class ValidatorCache(Protocol):
    """Where validators are kept between runs, by the URL asked for."""

    def get(self, url: str) -> Validators | None: ...

    def put(self, url: str, validators: Validators) -> None: ...


class MemoryCache:
    """Validators in a dict (for one process)."""

    def __init__(self) -> None:
        self.entries: dict[str, Validators] = {}

    def get(self, url: str) -> Validators | None:
        return self.entries.get(url)

    def put(self, url: str, validators: Validators) -> None:
        self.entries[url] = validators


class FileCache(MemoryCache):
    """Validators in a small JSON file, rewritten atomically on every change."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = Path(path)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            raise KordonError(f"{self.path}: cannot read the fetch cache ({exc})") from exc
        for key, value in data.items() if isinstance(data, dict) else ():
            if isinstance(value, dict) and isinstance(value.get("url"), str):
                self.entries[key] = Validators(value["url"], value.get("etag"), value.get("last_modified"))

    def put(self, url: str, validators: Validators) -> None:
        super().put(url, validators)
        data = {
            k: {"url": v.url, "etag": v.etag, "last_modified": v.last_modified}
            for k, v in self.entries.items()
        }
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            raise KordonError(f"{self.path}: cannot write the fetch cache ({exc.strerror or exc})") from exc


class _Unreachable(InputError):
    """No connection to one address (another of the host's may answer)."""


class NotModified(KordonError):
    """The resource has not changed since the validators given (HTTP 304)."""

    exit_code = 0


@dataclass(slots=True)
class Fetched:
    """A response as read: final URL, status, media type, body and validators."""

    url: str
    requested: str
    status: int
    media_type: str
    charset: str | None
    content_type: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    redirects: list[str] = field(default_factory=list)

    @property
    def validators(self) -> Validators | None:
        if self.etag or self.last_modified:
            return Validators(self.url, self.etag, self.last_modified)
        return None

    @property
    def kind(self) -> str:
        """``feed``, ``html``, ``text`` or ``json``: the declared type, checked by sniffing."""
        if looks_like_feed(self.body) or self.media_type == "application/feed+json":
            return "feed"
        if self.media_type in HTML_TYPES:
            return "html"
        if self.media_type in TEXT_TYPES:
            return "text"
        if self.media_type in JSON_TYPES:
            return "json"
        if self.media_type in FEED_TYPES:
            return "xml"
        head = self.body[:1024].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
            return "html"
        if head.startswith((b"{", b"[")):
            return "json"
        return "text"


def refusal(address: str, allow_private: bool = False) -> str | None:
    """Why an IP address may not be fetched, or ``None`` when it may."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address} is not an IP address"
    if allow_private:
        return None
    embedded = getattr(ip, "ipv4_mapped", None) or getattr(ip, "sixtofour", None)
    for candidate in (embedded,) if embedded is not None else (ip,):
        for flag in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
            if getattr(candidate, f"is_{flag}"):
                return f"{address} is a {flag.replace('_', '-')} address"
        if not candidate.is_global:
            return f"{address} is not a public address"
    return None


class _Deadline:
    """A total deadline for one request: a timer shuts the connection's socket down when it
    passes, so a read blocked on a trickling server returns at once."""

    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(0.001, self._end - self._clock())

    def check(self) -> None:
        if self.expired or self._clock() >= self._end:
            self.expired = True

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore trace hook: remember each new connection's socket."""
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.append(sock)
                if self.expired:
                    _shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None
    """``None`` when robots.txt could not be read: nothing is fetched from the host for now."""
    problem: str
    expires: float


class Fetcher:
    """Fetches URLs under :class:`FetchOptions`; keeps robots.txt and the last request time
    per host. ``with Fetcher(...) as f: f.get(url)``.

    ``client`` replaces the default httpx client (its transport serves tests); ``resolver``
    replaces ``socket.getaddrinfo``; ``sleep`` and ``clock`` replace the waiting between
    requests.
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        client: httpx.Client | None = None,
        resolver: Resolver | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.options = options or FetchOptions()
        self._own_client = client is None
        self.client = client or httpx.Client(
            trust_env=False,
            limits=httpx.Limits(max_keepalive_connections=0),  # a new socket per request: see _Deadline
        )
        self._resolve = resolver or socket.getaddrinfo
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the guard --

    def check_url(self, url: str | httpx.URL) -> httpx.URL:
        """A URL parsed and checked for scheme and host (before resolution)."""
        try:
            parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise InputError(str(url), f"invalid URL ({exc})") from exc
        if parsed.scheme not in ("http", "https"):
            raise InputError(str(url), f"refused: scheme {parsed.scheme or '(none)'!r} (only http and https)")
        if not parsed.host:
            raise InputError(str(url), "invalid URL (no host)")
        return parsed.copy_with(fragment=None)

    def addresses(self, url: httpx.URL) -> list[str]:
        """The checked addresses to connect to for ``url``'s host, in resolver order (the SSRF
        guard): all of them must be allowed."""
        host = url.raw_host.decode("ascii")
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            infos = self._resolve(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError, OSError) as exc:
            raise InputError(str(url), f"cannot resolve host {host!r} ({exc})") from exc
        addresses = list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))
        if not addresses:
            raise InputError(str(url), f"cannot resolve host {host!r} (no address)")
        for addr in addresses:
            why = refusal(addr, self.options.allow_private)
            if why:
                raise InputError(
                    str(url),
                    f"refused: host {host!r} resolves to {why} "
                    "(use --allow-private to fetch from an intranet)",
                )
        return addresses

    # -- manners --

    def _pace(self, url: httpx.URL, delay: float) -> None:
        key = url.netloc.decode("ascii").lower()
        last = self._last.get(key)
        if last is not None:
            wait = last + max(self.options.min_interval, delay) - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last[key] = self._clock()

    def _robots_for(self, url: httpx.URL) -> _Robots:
        key = f"{url.scheme}://{url.netloc.decode('ascii').lower()}"
        cached = self._robots.get(key)
        now = self._clock()
        if cached is not None and cached.expires > now:
            return cached
        robots_url = url.copy_with(path="/robots.txt", query=None, fragment=None)
        retry = min(self.options.robots_ttl, 600.0)
        try:
            got = self._get(
                robots_url,
                validators=None,
                robots=False,
                max_bytes=ROBOTS_MAX_BYTES,
                check_type=False,
                raise_status=False,
            )
        except InputError as exc:
            entry = _Robots(None, exc.problem, now + retry)
        else:
            parser = RobotFileParser(str(robots_url))
            if got.status in (401, 403):
                parser.parse(["User-agent: *", "Disallow: /"])
            elif 400 <= got.status < 500:
                parser.parse([])
            elif got.status < 500:
                parser.parse(got.body.decode("utf-8", "replace").splitlines())
            entry = (
                _Robots(None, f"HTTP {got.status}", now + retry)
                if got.status >= 500
                else _Robots(parser, "", now + self.options.robots_ttl)
            )
        self._robots[key] = entry
        return entry

    def _allowed(self, url: httpx.URL) -> float:
        """Check robots.txt for ``url``; the host's crawl delay."""
        robots = self._robots_for(url)
        if robots.parser is None:
            raise InputError(
                str(url), f"robots.txt of {url.host} cannot be read ({robots.problem}); not fetching"
            )
        agent = self.options.user_agent
        if not robots.parser.can_fetch(agent, str(url)):
            raise InputError(
                str(url), f"disallowed by {url.scheme}://{url.netloc.decode('ascii')}/robots.txt"
            )
        delay = robots.parser.crawl_delay(agent)
        return min(float(delay), self.options.max_crawl_delay) if delay else 0.0

    # -- requests --

    def get(self, url: str, *, validators: Validators | None = None) -> Fetched:
        """GET ``url`` under every rule; a 304 answer to ``validators`` gives ``not_modified``."""
        return self._get(self.check_url(url), validators=validators)

    def _get(
        self,
        url: httpx.URL,
        *,
        validators: Validators | None,
        robots: bool = True,
        max_bytes: int | None = None,
        check_type: bool = True,
        raise_status: bool = True,
    ) -> Fetched:
        requested = str(url)
        hops: list[str] = []
        limit = self.options.max_bytes if max_bytes is None else max_bytes
        for _ in range(self.options.max_redirects + 1):
            addresses = self.addresses(url)
            delay = self._allowed(url) if robots and self.options.robots else 0.0
            for n, address in enumerate(addresses, start=1):
                self._pace(url, delay)
                try:
                    result = self._hop(url, address, validators, limit, check_type, raise_status, requested)
                    break
                except _Unreachable:
                    if n == len(addresses):  # as socket.create_connection does: the next address
                        raise
            if isinstance(result, Fetched):
                result.redirects = hops
                return result
            hops.append(str(url))
            url = self.check_url(result)
        raise InputError(requested, f"too many redirects (more than {self.options.max_redirects})")

    def _hop(
        self,
        url: httpx.URL,
        address: str,
        validators: Validators | None,
        limit: int,
        check_type: bool,
        raise_status: bool,
        requested: str,
    ) -> Fetched | httpx.URL:
        """One request to ``address``; the next URL when it redirects."""
        opts = self.options
        headers = {
            "Host": url.netloc.decode("ascii"),
            "User-Agent": opts.user_agent,
            "Accept": _ACCEPT,
            "Accept-Language": "*",
            # a fresh connection per request, even from a pooling client: a pooled one was
            # opened (and its certificate checked) for whichever host name shares the address
            "Connection": "close",
        }
        if validators is not None and validators.url == str(url):
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        deadline = _Deadline(opts.total_timeout, self._clock)
        extensions: dict[str, Any] = {"trace": deadline.trace}
        if url.scheme == "https":
            extensions["sni_hostname"] = url.raw_host.decode("ascii")
        timeout = httpx.Timeout(
            connect=min(opts.connect_timeout, opts.total_timeout),
            read=min(opts.read_timeout, opts.total_timeout),
            write=min(opts.read_timeout, opts.total_timeout),
            pool=opts.connect_timeout,
        )
        where = str(url)
        try:
            request = self.client.build_request(
                "GET", url.copy_with(host=address), headers=headers, timeout=timeout, extensions=extensions
            )
            response = self.client.send(request, stream=True, follow_redirects=False)
            try:
                return self._answer(response, url, deadline, limit, check_type, raise_status, requested)
            finally:
                response.close()
        except InputError:
            raise
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            deadline.check()
            raise _Unreachable(where, _network_problem(exc, deadline, opts)) from exc
        except httpx.HTTPError as exc:
            deadline.check()
            raise InputError(where, _network_problem(exc, deadline, opts)) from exc
        except OSError as exc:
            raise InputError(where, f"network error ({exc.strerror or exc})") from exc
        finally:
            deadline.cancel()

    def _answer(
        self,
        response: httpx.Response,
        url: httpx.URL,
        deadline: _Deadline,
        limit: int,
        check_type: bool,
        raise_status: bool,
        requested: str,
    ) -> Fetched | httpx.URL:
        where = str(url)
        status = response.status_code
        if status in _REDIRECTS and "location" in response.headers:
            try:
                return url.join(response.headers["location"])
            except (httpx.InvalidURL, ValueError) as exc:
                raise InputError(where, f"redirect to an invalid URL ({exc})") from exc
        ctype = response.headers.get("content-type")
        mime, charset = media_type(ctype)
        fetched = Fetched(
            url=where,
            requested=requested,
            status=status,
            media_type=mime,
            charset=charset,
            content_type=ctype,
            body=b"",
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )
        if status == 304:
            fetched.not_modified = True
            return fetched
        if raise_status and status >= 300:
            raise InputError(where, f"HTTP {status} {response.reason_phrase}".rstrip())
        if check_type and mime and mime not in ALLOWED_TYPES:
            raise InputError(
                where, f"unsupported content type {mime!r} (expected HTML, plain text, a feed or JSON)"
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputError(
                where, f"response is {_mb(int(declared))}, over the {_mb(limit)} limit; not read"
            )
        fetched.body = _read_body(response, where, deadline, limit)
        return fetched


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _read_body(response: httpx.Response, where: str, deadline: _Deadline, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes(65536):
        total += len(chunk)
        if total > limit:
            raise InputError(where, f"response is over the {_mb(limit)} limit; stopped reading")
        chunks.append(chunk)
        deadline.check()
        if deadline.expired:
            raise InputError(where, f"no complete response within the {deadline.seconds:g} s deadline")
    return b"".join(chunks)


def _network_problem(exc: httpx.HTTPError, deadline: _Deadline, opts: FetchOptions) -> str:
    if deadline.expired:
        return f"no complete response within the {deadline.seconds:g} s deadline"
    if isinstance(exc, httpx.ConnectTimeout):
        return f"cannot connect within {opts.connect_timeout:g} s"
    if isinstance(exc, httpx.ReadTimeout):
        return f"no data for {opts.read_timeout:g} s"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})"
    if isinstance(exc, httpx.DecodingError):
        return f"cannot decode the response ({exc})"
    return f"network error ({type(exc).__name__}: {exc})"


# -- documents --


def documents_from(fetched: Fetched, lang: str | None = None) -> list[Document | InputError]:
    """The documents of a response: the entries of a feed, or the page (HTML, text, JSON)."""
    url = fetched.url
    kind = fetched.kind
    meta: dict[str, Any] = {}
    if fetched.requested != url:
        meta["requested_url"] = fetched.requested
    if kind == "feed":
        return list(parse_feed(fetched.body, url, base_url=url, content_type=fetched.content_type, lang=lang))
    if kind == "xml":
        raise InputError(url, "XML that is not a feed (no RSS, Atom or RDF root element)")
    if kind == "json":
        return _json_documents(fetched, lang)
    html = kind == "html"
    text = decode_body(fetched.body, url, fetched.charset, html)
    return [page_document(text, url=url, source=url, format=kind, lang=lang, meta=meta)]


def _json_documents(fetched: Fetched, lang: str | None) -> list[Document | InputError]:
    url = fetched.url
    try:
        data = json.loads(decode_body(fetched.body, url, fetched.charset or "utf-8", False))
    except json.JSONDecodeError as exc:
        raise InputError(url, f"invalid JSON ({exc.msg} at line {exc.lineno})") from exc
    items = data if isinstance(data, list) else [data]
    out: list[Document | InputError] = []
    for n, obj in enumerate(items, start=1):
        doc = json_document(obj, f"{url}:{n}" if isinstance(data, list) else f"{url}:1", url)
        if isinstance(doc, Document):
            doc.url = doc.url or url
            if lang:
                doc.meta.setdefault("lang", lang)
        out.append(doc)
    return out


@contextmanager
def _using(
    fetcher: Fetcher | None, client: httpx.Client | None, allow_private: bool, options: FetchOptions | None
) -> Iterator[Fetcher]:
    if fetcher is not None:
        yield fetcher
        return
    opts = options or FetchOptions()
    if allow_private and not opts.allow_private:
        opts = replace(opts, allow_private=True)
    with Fetcher(opts, client=client) as own:
        yield own


def fetch(
    url: str,
    *,
    client: httpx.Client | None = None,
    fetcher: Fetcher | None = None,
    allow_private: bool = False,
    options: FetchOptions | None = None,
    validators: Validators | None = None,
    lang: str | None = None,
) -> Document:
    """Fetch one page (HTML or text) as a document. A feed is refused (see
    :func:`fetch_documents`); a 304 answer to ``validators`` raises :class:`NotModified`."""
    with _using(fetcher, client, allow_private, options) as f:
        got = f.get(url, validators=validators)
    if got.not_modified:
        raise NotModified(f"{url}: not modified")
    if got.kind == "feed":
        raise InputError(got.url, "this is a feed, not a page (fetch its entries with fetch_documents)")
    docs = documents_from(got, lang)
    first = docs[0]
    if isinstance(first, InputError):
        raise first
    return first


def fetch_documents(
    url: str,
    *,
    client: httpx.Client | None = None,
    fetcher: Fetcher | None = None,
    allow_private: bool = False,
    options: FetchOptions | None = None,
    cache: ValidatorCache | None = None,
    lang: str | None = None,
) -> list[Document | InputError]:
    """Fetch a URL and return its documents, whether it is a page or a feed (one per entry);
    problems with single entries come in their place. With a ``cache``, the GET is
    conditional and an unchanged resource gives no documents."""
    with _using(fetcher, client, allow_private, options) as f:
        got = f.get(url, validators=cache.get(url) if cache else None)
    if got.not_modified:
        return []
    docs = documents_from(got, lang)
    if cache is not None and got.validators is not None:
        cache.put(url, got.validators)
    return docs
