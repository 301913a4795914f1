"""A small HTTP server on 127.0.0.1 for the fetch, feed and watch tests.

Routes are set by the tests: static bodies (with ETag / Last-Modified and 304 answers),
redirects, and misbehaving answers (trickling, endless, huge). Every request is logged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    handler: Callable[[BaseHTTPRequestHandler, LocalServer], None] | None = None


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


class LocalServer:
    """``server.route("/feed.xml", Route(...))``; ``server.url("/feed.xml")``; ``server.hits``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.stopping = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                owner._serve(self)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hangs up on a misbehaving answer is what the tests want

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def paths(self) -> list[str]:
        return [h.path for h in self.hits]

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(request.path) or next(
            (r for p, r in self.routes.items() if p.endswith("*") and request.path.startswith(p[:-1])), None
        )
        headers = {k.lower(): v for k, v in request.headers.items()}
        if route is None:
            self.hits.append(Hit(request.path, headers, 404))
            self._send(request, 404, b"not found", "text/plain", {})
            return
        if route.handler is not None:
            self.hits.append(Hit(request.path, headers, route.status))
            route.handler(request, self)
            return
        extra = dict(route.headers)
        if route.etag:
            extra["ETag"] = route.etag
        if route.last_modified:
            extra["Last-Modified"] = route.last_modified
        fresh = (route.etag and headers.get("if-none-match") == route.etag) or (
            route.last_modified and headers.get("if-modified-since") == route.last_modified
        )
        if fresh:
            self.hits.append(Hit(request.path, headers, 304))
            request.send_response(304)
            for k, v in extra.items():
                request.send_header(k, v)
            request.send_header("Content-Length", "0")
            request.end_headers()
            return
        self.hits.append(Hit(request.path, headers, route.status))
        self._send(request, route.status, route.body, route.content_type, extra)

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str | None, extra: dict[str, str]
    ) -> None:
        request.send_response(status)
        if ctype:
            request.send_header("Content-Type", ctype)
        for k, v in extra.items():
            request.send_header(k, v)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    def close(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def trickle_body(request: BaseHTTPRequestHandler, server: LocalServer, every: float = 0.5) -> None:
    """Headers at once, then one byte of a long body every ``every`` seconds (slow loris)."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Content-Length", "10000")
    request.end_headers()
    _drip(request, server, b"<" * 10000, every)


def trickle_headers(request: BaseHTTPRequestHandler, server: LocalServer, every: float = 0.5) -> None:
    """The status line and headers one byte at a time: the client never gets a response."""
    _drip(request, server, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"a" * 1000, every)


def _drip(request: BaseHTTPRequestHandler, server: LocalServer, data: bytes, every: float) -> None:
    try:
        for byte in data:
            if server.stopping.is_set():
                return
            request.wfile.write(bytes([byte]))
            request.wfile.flush()
            time.sleep(every)
    except OSError:
        pass  # the client gave up, as it should


def endless(request: BaseHTTPRequestHandler, server: LocalServer) -> None:
    """A body without Content-Length that never ends (until the client hangs up)."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.send_header("Connection", "close")
    request.end_headers()
    chunk = b"<p>" + b"x" * 65533
    try:
        for _ in range(2000):  # 128 MB at most
            if server.stopping.is_set():
                return
            request.wfile.write(chunk)
    except OSError:
        pass
    request.close_connection = True


def redirect_loop(request: BaseHTTPRequestHandler, server: LocalServer) -> None:
    """/loop/N redirects to /loop/N+1, for ever."""
    n = int(request.path.rsplit("/", 1)[1])
    request.send_response(302)
    request.send_header("Location", f"/loop/{n + 1}")
    request.send_header("Content-Length", "0")
    request.end_headers()
