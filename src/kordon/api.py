"""The REST API (``docs/api.md``): FastAPI over :mod:`kordon.query`, and the dashboard.

``create_app(db)`` builds the app; ``kordon serve`` runs it with uvicorn. Every error has one
JSON shape (``{"error": {"status", "code", "message"}}``). The API sends data as JSON and never
builds HTML from article text; the dashboard is static files under a strict
Content-Security-Policy.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import importlib
import importlib.util
import logging
import math
import re
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Mount, Route
from starlette.staticfiles import StaticFiles

from . import __version__, kb, query, tokens
from .document import Document
from .errors import InputError, KordonError, NotFoundError, TimeLimitError
from .export import EXPORT_FORMATS, EXTENSIONS, MEDIA_TYPES, export_store
from .store import Store

log = logging.getLogger("kordon.api")

STATIC = Path(__file__).parent / "static"
DEFAULT_MAX_BODY = 5 * 1024 * 1024
#: Requests per second one client (address) may make to /api, in bursts of twice as many,
#: under ``kordon serve``; ``KORDON_API_RATE_LIMIT`` sets it (0: no limit).
DEFAULT_RATE_LIMIT = 20.0
ENV_RATE_LIMIT = "KORDON_API_RATE_LIMIT"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    422: "validation_error",
    429: "rate_limited",
    500: "internal",
}
MESSAGES = {
    400: "bad request",
    401: "a valid token is needed: Authorization: Bearer TOKEN",
    403: "forbidden",
    404: "not found",
    405: "method not allowed",
    413: "request body too large",
    429: "too many requests",
    500: "internal server error",
}

# --------------------------------------------------------------------------- models


class ErrorDetail(BaseModel):
    loc: list[str | int]
    msg: str


class ErrorBody(BaseModel):
    status: int
    code: str = Field(
        description="bad_request, unauthorized, forbidden, not_found, payload_too_large, "
        "validation_error, rate_limited, internal (or method_not_allowed)"
    )
    message: str
    details: list[ErrorDetail] | None = Field(
        None, description="For validation errors: what was wrong where."
    )


class ErrorResponse(BaseModel):
    """Every error, whatever its cause."""

    error: ErrorBody


class Dateline(BaseModel):
    place: str | None
    country: str | None
    agency: str | None


class DocumentSummary(BaseModel):
    id: str = Field(description="SHA-256 of the original text")
    name: str = Field(description="File stem or JSONL id")
    title: str | None
    lang: str | None
    published: str | None = Field(description="EDTF date (2024-03-05, XXXX-05-24)")
    source: str
    url: str | None
    dateline: Dateline | None
    snippet: str = Field(description="With q: the text around the hits, marked [like this]")
    countries: list[str]
    threats: list[str]
    event_types: list[str]


class DocumentPage(BaseModel):
    total: int
    page: int
    size: int
    items: list[DocumentSummary]


class MentionOut(BaseModel):
    start: int
    end: int
    surface: str
    kind: str
    component: str


class DocumentEntity(BaseModel):
    id: str
    type: str
    name: str
    country: str | None
    coords: list[float] | None = Field(description="[lat, lon]")
    role: str | None
    affiliation: str | None
    mentions: list[MentionOut]


class Evidence(BaseModel):
    start: int
    end: int
    raw_start: int | None = None
    raw_end: int | None = None
    text: str


class EventRecord(BaseModel):
    id: str = Field(description="E + number, stable within a store")
    type: str
    date_start: str | None
    date_end: str | None
    place: str | None
    country: str | None
    status: str
    actors: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    goods: list[dict[str, Any]]
    route: dict[str, str | None] | None
    plover: dict[str, str | None] | None = None
    component: str | None = None
    trigger: Evidence
    evidence: list[Evidence | None]
    incident: str | None = Field(None, description="The incident (I12) this event belongs to")


class SpanOut(BaseModel):
    start: int
    end: int


class ThreatOut(BaseModel):
    label: str
    spans: list[SpanOut]


class DocumentDetail(DocumentSummary):
    text: str = Field(description="The cleaned text; every offset points into it")
    entities: list[DocumentEntity]
    events: list[EventRecord]
    threats: list[ThreatOut]  # type: ignore[assignment]
    incidents: list[str]
    duplicate_of: str | None


class EntityItem(BaseModel):
    id: str
    type: str
    name: str
    country: str | None
    role: str | None
    affiliation: str | None
    aliases: list[str]
    coords: list[float] | None
    documents: int
    mentions: int


class EntityPage(BaseModel):
    total: int
    page: int
    size: int
    items: list[EntityItem]


class Cooccurring(BaseModel):
    id: str
    type: str
    name: str
    documents: int = Field(description="Documents shared with the entity")


class EntityDetail(BaseModel):
    id: str
    type: str
    name: str
    country: str | None
    role: str | None
    affiliation: str | None
    aliases: list[str]
    coords: list[float] | None
    document_count: int
    mentions: int
    cooccurring: list[Cooccurring]
    documents: list[DocumentSummary] = Field(description="Its most recent documents")


class EventItem(EventRecord):
    document: str
    document_id: str
    coords: list[float] | None = Field(
        description="[lat, lon]: the event's place, else the dateline's, else the country's capital"
    )


class EventPage(BaseModel):
    total: int
    page: int
    size: int
    items: list[EventItem]


class IncidentDocument(BaseModel):
    id: str
    source: str


class IncidentSummary(BaseModel):
    id: str
    type: str
    date_start: str | None
    date_end: str | None
    country: str | None
    place: str | None
    documents: list[IncidentDocument]
    languages: list[str]
    conflicts: list[dict[str, Any]] = Field(description="Figures the reports disagree on")


class Incident(IncidentSummary):
    reports: list[dict[str, Any]] = Field(
        description="Each report: document, score, why, dates, goods, evidence"
    )


class IncidentPage(BaseModel):
    total: int
    page: int
    size: int
    items: list[IncidentSummary]


class Stats(BaseModel):
    documents: int
    by_month: dict[str, int]
    by_country: dict[str, int]
    by_threat: dict[str, int]
    by_type: dict[str, int]
    by_lang: dict[str, int]


class Node(BaseModel):
    id: str
    type: str
    name: str
    country: str | None
    weight: int = Field(description="Documents")


class Edge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Documents shared")


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class Point(BaseModel):
    type: Literal["Point"]
    coordinates: list[float] = Field(description="[lon, lat] (RFC 7946)")


class FeatureProperties(BaseModel):
    event: str
    type: str
    date: str | None
    document: str
    place: str | None
    country: str | None
    incident: str | None


class Feature(BaseModel):
    type: Literal["Feature"]
    id: str
    geometry: Point
    properties: FeatureProperties


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[Feature]


class Health(BaseModel):
    status: str
    documents: int


class NewDocument(BaseModel):
    """A document to process and store: exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, min_length=1)
    html: str | None = Field(None, min_length=1)
    url: str | None = Field(None, pattern=r"^https?://\S+$", max_length=2000)
    id: str | None = Field(None, min_length=1, max_length=200, description="Name (default: api- + hash)")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=40, description="ISO date, if known")
    lang: str | None = Field(None, pattern=r"^[a-z]{2,3}$")

    @model_validator(mode="after")
    def _one_source(self) -> NewDocument:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class Stored(BaseModel):
    id: str
    name: str
    stored: bool = Field(description="False when the same content was already stored")
    events: int


ExportFormat = Literal["csv", "jsonl", "geojson", "graphml", "parquet", "plover", "exchange", "seizures"]

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": MESSAGES.get(code, "error")}
    for code in (400, 404, 422, 500)
}

# --------------------------------------------------------------------------- errors


def error_response(
    status: int,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """The one error shape."""
    body: dict[str, Any] = {"status": status, "code": CODES.get(status, "error"), "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail else None
    generic = {"Not Found", "Method Not Allowed", "Unauthorized"}
    message = MESSAGES.get(exc.status_code, "error") if not detail or detail in generic else detail
    if exc.status_code == 404 and (not detail or detail in generic):
        message = f"no such path: {request.url.path}"
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        allowed = _allowed_methods(request)
        if allowed:
            headers["Allow"] = ", ".join(allowed)
            message = f"{request.method} is not allowed here; use {' or '.join(allowed)}"
    return error_response(exc.status_code, message, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app answers at the request's path."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        if isinstance(route, Route | APIRoute) and route.methods:
            match, _ = route.matches(request.scope)
            if match is not Match.NONE:
                methods.update(route.methods)
    return sorted(methods)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = []
    for e in exc.errors():
        loc = [x if isinstance(x, int) else str(x) for x in e.get("loc", ())]
        details.append({"loc": loc, "msg": str(e.get("msg", "invalid"))})
    where = ", ".join(".".join(str(x) for x in d["loc"]) + f": {d['msg']}" for d in details[:3])
    return error_response(422, f"invalid request ({where})" if where else "invalid request", details)


async def _kordon_error(request: Request, exc: Exception) -> Response:
    message = _without_password(request, str(exc))
    if isinstance(exc, NotFoundError):
        return error_response(404, message)
    if isinstance(exc, InputError | TimeLimitError):
        return error_response(400, message)
    log.error("%s %s: %s", request.method, request.url.path, message)
    return error_response(500, message)


def _without_password(request: Request, message: str) -> str:
    """``message`` with the database URL's password, if any, masked."""
    from sqlalchemy.engine import make_url

    service: _Service | None = getattr(request.app.state, "service", None)
    if service is None or service._store is None:
        return message
    url = service._store.url
    return (
        message.replace(url, make_url(url).render_as_string(hide_password=True)) if "://" in url else message
    )


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    response = error_response(500, MESSAGES[500])
    response.headers.update(SECURITY_HEADERS)
    response.headers["Content-Security-Policy"] = CSP
    return response


# --------------------------------------------------------------------------- middleware

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders:
    """Adds the security headers to every response; a Content-Security-Policy unless the
    response brings its own (the API docs page)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in names:
                        headers.append((name.lower().encode(), value.encode()))
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_body`` bytes with 413, by their Content-Length or, when
    it is missing, as they stream in."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.max_body:
                    await self._refuse(scope, receive, send, declared)
                    return
        seen = 0
        over = False
        started = False
        replaced = False

        async def counting() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request" and not over and not started:
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    # the app gets an end of body (it will fail to parse it); its answer is replaced
                    over = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def answering(message: Message) -> None:
            nonlocal replaced, started
            if not over:
                started = started or message["type"] == "http.response.start"
                await send(message)
            elif message["type"] == "http.response.start" and not replaced:
                replaced = True
                await self._refuse(scope, receive, send, seen)

        await self.app(scope, counting, answering)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, size: int) -> None:
        status = 413 if size != -1 else 400
        message = (
            f"request body over {self.max_body} bytes" if status == 413 else "invalid Content-Length header"
        )
        await error_response(status, message)(scope, receive, send)


class NoNul:
    """Refuses a NUL character in the path or query string with 400: no database stores one
    (PostgreSQL refuses it outright), so it can only be a probe or a broken client."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            query = bytes(scope.get("query_string", b"")).lower()
            if "\x00" in str(scope.get("path", "")) or b"%00" in query or b"\x00" in query:
                await error_response(400, "NUL characters are not allowed in the path or query")(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)


class RateLimit:
    """A token bucket per client address for ``/api`` (not ``/api/health``): ``rate`` requests per
    second, bursts of ``2 * rate``; beyond that 429 with ``Retry-After``."""

    def __init__(self, app: ASGIApp, rate: float) -> None:
        self.app = app
        self.rate = rate
        self.burst = max(1.0, 2 * rate)
        self.buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, time)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or not path.startswith("/api/") or path == "/api/health":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        key = str(client[0]) if client else "?"
        now = time.monotonic()
        tokens, then = self.buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        if tokens < 1:
            self.buckets[key] = (tokens, now)
            wait = max(1, math.ceil((1 - tokens) / self.rate))
            message = f"over {self.rate:g} requests per second; retry in {wait} s"
            await error_response(429, message, headers={"Retry-After": str(wait)})(scope, receive, send)
            return
        if len(self.buckets) > 10_000:  # forget clients whose buckets are full again
            self.buckets = {
                k: (t, w) for k, (t, w) in self.buckets.items() if t + (now - w) * self.rate < self.burst
            }
        self.buckets[key] = (tokens - 1, now)
        await self.app(scope, receive, send)


def rate_limit_from_env() -> float:
    """``KORDON_API_RATE_LIMIT`` (requests per second per client; 0: none), else the default."""
    import os

    value = os.environ.get(ENV_RATE_LIMIT, "").strip()
    try:
        rate = float(value) if value else DEFAULT_RATE_LIMIT
    except ValueError:
        raise KordonError(f"{ENV_RATE_LIMIT}={value!r} is not a number of requests per second") from None
    if not rate >= 0:
        raise KordonError(f"{ENV_RATE_LIMIT} must be 0 (no limit) or a positive number")
    return rate


# --------------------------------------------------------------------------- app


def _docs_page(openapi_url: str) -> HTMLResponse:
    """Swagger UI with a policy that allows its CDN and its one inline script, by hash."""
    page = get_swagger_ui_html(openapi_url=openapi_url, title=f"Kordon API {__version__}")
    html = bytes(page.body).decode("utf-8")
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode("utf-8")).digest()).decode() + "'"
        for m in re.findall(r"<script>(.*?)</script>", html, re.DOTALL)
    ]
    cdn = "https://cdn.jsdelivr.net"
    policy = (
        f"default-src 'self'; script-src 'self' {cdn} {' '.join(hashes)}; "
        f"style-src 'self' {cdn} 'unsafe-inline'; img-src 'self' data: https://fastapi.tiangolo.com; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'"
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": policy})


class _Service:
    """The app's store and (lazily) its pipeline, shared by the request threads."""

    def __init__(self, db: str | None, token_required: bool) -> None:
        self.db = db
        self.token_required = token_required
        self._store: Store | None = None
        self._lock = threading.Lock()

    @property
    def store(self) -> Store:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = Store(self.db)
        return self._store

    def process(self, doc: Document) -> Document:
        """``doc`` through the default pipeline, in a worker process of its own where the
        per-document time limit can interrupt it (see :mod:`kordon._worker`)."""
        from . import _worker
        from .pipeline import default_time_limit

        return _worker.process(doc, default_time_limit())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


class _Dashboard(Mount):
    """The dashboard's files at ``/``, leaving every ``/api`` path to the API (so an unknown API
    path is a JSON 404 and a wrong method a 405 with the right ``Allow``)."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        path = str(scope.get("path", ""))
        if path == "/api" or path.startswith("/api/"):
            return Match.NONE, {}
        return super().matches(scope)


_bearer = HTTPBearer(auto_error=False, description="A token from `kordon token create NAME`")


async def _store(request: Request) -> Store:
    """The app's store (async: a plain lookup, not worth a trip to the thread pool)."""
    service: _Service = request.app.state.service
    return service.store


StoreDep = Annotated[Store, Depends(_store)]


async def _filters(
    q: Annotated[
        str | None, Query(max_length=500, description="Full-text query: every word, as a prefix")
    ] = None,
    lang: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$", description="ISO 639-1 code")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2")] = None,
    organization: Annotated[str | None, Query(max_length=300, description="Acronym or name (CSTO)")] = None,
    person: Annotated[str | None, Query(max_length=300, description="Entity id or name")] = None,
    entity: Annotated[str | None, Query(max_length=300, description="Entity id (org:CSTO)")] = None,
    threat: Annotated[str | None, Query(max_length=60, description="Threat label (drug_trafficking)")] = None,
    type: Annotated[str | None, Query(max_length=60, description="Event type (seizure)")] = None,
    substance: Annotated[str | None, Query(max_length=100, description="Seized substance (heroin)")] = None,
    since: Annotated[
        str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="EDTF bound, inclusive")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="EDTF bound, inclusive")
    ] = None,
) -> query.Filters:
    return query.Filters(
        q, lang, country, organization, person, entity, threat, type, substance, since, until
    )


FiltersDep = Annotated[query.Filters, Depends(_filters)]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="1-based")]
Size = Annotated[int, Query(ge=1, le=query.MAX_SIZE)]
Sort = Annotated[
    Literal["published", "-published", "relevance"],
    Query(description="published: newest first; -published: oldest first; relevance: with q"),
]


def _writer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    st: StoreDep,
) -> str | None:
    service: _Service = request.app.state.service
    if not service.token_required:
        return None
    name = tokens.verify(st, credentials.credentials) if credentials else None
    if name is None:
        raise StarletteHTTPException(401, MESSAGES[401], headers={"WWW-Authenticate": "Bearer"})
    return name


def create_app(
    db: str | None = None,
    *,
    token_required: bool = True,
    max_body: int = DEFAULT_MAX_BODY,
    rate_limit: float = 0.0,
) -> FastAPI:
    """The Kordon API over the store ``db`` (file or SQLAlchemy URL; default ``KORDON_DB`` or
    ``kordon.db``). Writes need a stored token unless ``token_required`` is False."""
    service = _Service(db, token_required)
    query.optimize(service.store)  # opens (and migrates) now: a bad database fails at start

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(kb.places)  # the gazetteer that places events, loaded before requests
        yield
        service.close()

    app = FastAPI(
        title="Kordon API",
        version=__version__,
        description="Structured, evidence-backed data on transnational security cooperation, from agency "
        'news in many languages. Every error has the shape `{"error": {"status", "code", "message"}}`.',
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        exception_handlers={
            StarletteHTTPException: _http_error,
            RequestValidationError: _validation_error,
            KordonError: _kordon_error,
            Exception: _internal_error,
        },
    )
    app.state.service = service
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(NoNul)
    if rate_limit > 0:  # per client; kordon serve turns it on (rate_limit_from_env)
        app.add_middleware(RateLimit, rate=rate_limit)
    app.add_middleware(SecurityHeaders)

    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health(st: StoreDep) -> dict[str, Any]:
        """Whether the API and its store answer, and how many documents there are."""
        return query.health(st)

    @app.get("/api/documents", response_model=DocumentPage, responses=ERRORS, tags=["documents"])
    def list_documents(
        st: StoreDep, f: FiltersDep, page: Page = 1, size: Size = 20, sort: Sort = "published"
    ) -> dict[str, Any]:
        """Documents passing the filters, newest first (or by relevance to `q`)."""
        return query.documents(st, f, page, size, sort)

    @app.get("/api/documents/{ref}", response_model=DocumentDetail, responses=ERRORS, tags=["documents"])
    def get_document(st: StoreDep, ref: str) -> dict[str, Any]:
        """One document by name or content-hash prefix: text, entities with mentions, events, threats."""
        return query.document(st, ref)

    @app.post(
        "/api/documents",
        response_model=Stored,
        status_code=201,
        responses={**ERRORS, 401: {"model": ErrorResponse}, 413: {"model": ErrorResponse}},
        tags=["documents"],
    )
    def post_document(
        body: NewDocument, st: StoreDep, _who: Annotated[str | None, Depends(_writer)]
    ) -> dict[str, Any]:
        """Process a text, HTML page or URL with the default pipeline and store it (needs a token)."""
        doc = _new_document(body)
        doc = service.process(doc)
        stored = st.add(doc)
        return {"id": doc.content_hash, "name": doc.id, "stored": stored, "events": len(doc.events)}

    @app.get("/api/entities", response_model=EntityPage, responses=ERRORS, tags=["entities"])
    def list_entities(
        st: StoreDep,
        type: Annotated[
            Literal["person", "organization", "agency", "country", "place"] | None,
            Query(description="Entity type"),
        ] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
        q: Annotated[str | None, Query(max_length=200, description="Name or alias contains")] = None,
        page: Page = 1,
        size: Size = 20,
    ) -> dict[str, Any]:
        """Entities linked across documents, most documents first."""
        return query.entities(st, type, country, q, page, size)

    @app.get("/api/entities/{entity_id}", response_model=EntityDetail, responses=ERRORS, tags=["entities"])
    def get_entity(st: StoreDep, entity_id: str) -> dict[str, Any]:
        """One entity, the entities found with it and its recent documents."""
        return query.entity(st, entity_id)

    @app.get("/api/events", response_model=EventPage, responses=ERRORS, tags=["events"])
    def list_events(
        st: StoreDep, f: FiltersDep, page: Page = 1, size: Size = 20, sort: Sort = "published"
    ) -> dict[str, Any]:
        """Events passing the filters (type, substance, country and dates are the event's), newest first."""
        return query.events(st, f, page, size, sort)

    @app.get("/api/incidents", response_model=IncidentPage, responses=ERRORS, tags=["incidents"])
    def list_incidents(
        st: StoreDep,
        type: Annotated[str | None, Query(max_length=60)] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
        page: Page = 1,
        size: Size = 20,
    ) -> dict[str, Any]:
        """Incidents (one happening, every report of it), most recently formed first."""
        return query.incidents(st, type, country, page, size)

    @app.get("/api/incidents/{ref}", response_model=Incident, responses=ERRORS, tags=["incidents"])
    def get_incident(st: StoreDep, ref: str) -> dict[str, Any]:
        """One incident (I12) with its reports side by side and the figures they disagree on."""
        return query.incident(st, ref)

    @app.get("/api/stats", response_model=Stats, responses=ERRORS, tags=["aggregates"])
    def get_stats(st: StoreDep, f: FiltersDep) -> dict[str, Any]:
        """Counts of the documents passing the filters by month, country, threat, event type, language."""
        return query.stats(st, f)

    @app.get("/api/network", response_model=Network, responses=ERRORS, tags=["aggregates"])
    def get_network(
        st: StoreDep,
        f: FiltersDep,
        limit: Annotated[int, Query(ge=1, le=1000, description="Most nodes")] = 50,
    ) -> dict[str, Any]:
        """Co-occurring organisations, agencies and persons. `type` names node types (organization,
        agency, person; comma-separated) and may add one event type as a filter."""
        kinds = [t for t in (f.type or "").split(",") if t.strip()]
        nodes = [t.strip() for t in kinds if t.strip() in query.NETWORK_TYPES]
        events = [t.strip() for t in kinds if t.strip() not in query.NETWORK_TYPES]
        if len(events) > 1:
            raise InputError("type", "at most one event type")
        narrowed = replace(f, type=events[0] if events else None)
        return query.network(st, narrowed, nodes or None, limit)

    @app.get("/api/map", response_model=FeatureCollection, responses=ERRORS, tags=["aggregates"])
    def get_map(
        st: StoreDep,
        f: FiltersDep,
        limit: Annotated[int, Query(ge=1, le=50_000, description="Most features")] = 5000,
    ) -> dict[str, Any]:
        """GeoJSON of the events passing the filters that have coordinates ([lon, lat])."""
        return query.map_features(st, f, limit)

    @app.get(
        "/api/export",
        response_class=StreamingResponse,
        responses={
            200: {
                "description": "The file, as an attachment",
                "content": {MEDIA_TYPES[fmt].split(";")[0]: {} for fmt in EXPORT_FORMATS},
            },
            **ERRORS,
        },
        tags=["export"],
    )
    def get_export(
        st: StoreDep,
        f: FiltersDep,
        format: Annotated[ExportFormat, Query(description="What to write")] = "csv",
        bom: Annotated[bool, Query(description="CSV with a UTF-8 byte-order mark (Excel)")] = False,
    ) -> StreamingResponse:
        """The data passing the filters as a file: events (csv, geojson, parquet, plover, seizures),
        documents (jsonl, exchange) or the co-occurrence network (graphml)."""
        spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 - closed by the stream
        try:
            export_store(st, format, spool, f, bom=bom)
        except BaseException:
            spool.close()
            raise
        spool.seek(0)

        def chunks() -> Iterator[bytes]:
            try:
                while chunk := spool.read(64 * 1024):
                    yield chunk
            finally:
                spool.close()

        filename = f"kordon.{EXTENSIONS[format]}"
        return StreamingResponse(
            chunks(),
            media_type=MEDIA_TYPES[format],
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return _docs_page("/api/openapi.json")

    if (STATIC / "index.html").is_file():
        app.router.routes.append(
            _Dashboard("/", app=StaticFiles(directory=STATIC, html=True), name="dashboard")
        )
    else:

        @app.get("/", include_in_schema=False)
        def root() -> RedirectResponse:
            return RedirectResponse("/api/docs")

    return app


ENV_NO_TOKEN = "KORDON_API_NO_TOKEN"
ENV_MAX_BODY = "KORDON_API_MAX_BODY"


def app_from_env() -> FastAPI:
    """The app as ``kordon serve --workers N`` starts it in each worker process: the database
    from ``KORDON_DB``, ``KORDON_API_NO_TOKEN=1`` to accept writes without a token and
    ``KORDON_API_MAX_BODY`` (bytes) for the body cap."""
    import os

    return create_app(
        None,
        token_required=os.environ.get(ENV_NO_TOKEN) != "1",
        max_body=int(os.environ.get(ENV_MAX_BODY) or DEFAULT_MAX_BODY),
        rate_limit=rate_limit_from_env(),
    )


def _new_document(body: NewDocument) -> Document:
    """The posted document, unprocessed; a URL is fetched when ``kordon.fetch`` is installed."""
    meta = {k: v for k, v in (("title", body.title), ("published", body.published), ("lang", body.lang)) if v}
    if body.url is not None:
        if importlib.util.find_spec("kordon.fetch") is None:
            raise InputError(body.url, "fetching URLs is not enabled")
        fetch = getattr(importlib.import_module("kordon.fetch"), "fetch", None)
        if fetch is None:
            raise InputError(body.url, "fetching URLs is not enabled")
        fetched = fetch(body.url)
        if not isinstance(fetched, Document):
            raise InputError(body.url, "the fetcher returned no document")
        if body.id:
            fetched.id = body.id
        fetched.meta.update(meta)
        return fetched
    raw = body.text if body.text is not None else body.html
    assert raw is not None
    from .document import content_hash
    from .ingest import check_fields, check_text

    name = body.id or f"api-{content_hash(raw)[:12]}"
    check_text(raw, f"api:{name}")
    check_fields((name, *meta.values()), f"api:{name!r}")
    return Document(
        id=name, source=f"api:{name}", raw=raw, format="text" if body.text is not None else "html", meta=meta
    )
