"""Fetching URLs: the safety rules (SSRF guard, redirects, deadlines, size cap, content types),
the manners (robots.txt, User-Agent, pacing, conditional GET) and page dates."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from kordon.cli import app
from kordon.document import Document
from kordon.errors import InputError
from kordon.fetch import (
    USER_AGENT,
    Fetcher,
    FetchOptions,
    MemoryCache,
    NotModified,
    fetch,
    fetch_documents,
    refusal,
)
from localserver import LocalServer, Route, endless, redirect_loop, trickle_body, trickle_headers

RU_PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Задержание на заставе Северная</title></head>
<body><nav><a href="/">Главная</a> <a href="/news/">Новости</a></nav>
<article><h1>Задержание на заставе Северная</h1>
<div class="news-date">24 ноября 2025</div>
<p>Пограничники заставы Северная задержали двух жителей соседней области, которые пытались
провезти через реку партию контрафактных сигарет. По данным ведомства, нарушители
переправлялись на надувной лодке в ночное время.</p>
<p>В отношении задержанных возбуждено административное производство, товар изъят.</p>
</article></body></html>"""

DE_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kontrolle am Grenzübergang</title></head>
<body><article><h1>Kontrolle am Grenzübergang Lindenau</h1>
<p>24. November 2025</p>
<p>Beamte der Bundespolizei haben bei einer Kontrolle am Grenzübergang Lindenau einen
Kleintransporter mit nicht angemeldeten Elektrogeräten gestoppt. Der Fahrer muss mit
einem Bußgeldverfahren rechnen.</p></article></body></html>"""

EN_META_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Joint patrol</title>
<meta property="article:published_time" content="2025-10-07T08:30:00+02:00"></head>
<body><article><h1>Joint patrol on the river border</h1>
<p>Border guards of two neighbouring services held a joint patrol along the river on Tuesday,
checking fishing boats and a ferry crossing. No violations were found.</p></article></body></html>"""

UNDATED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Без года</title></head>
<body><article><h1>Учения на границе</h1><p class="date">24 ноября</p>
<p>На участке отряда прошли плановые учения по задержанию нарушителей границы с участием
кинологов и беспилотников.</p></article></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Пресс-служба</title><link>http://example.test/</link>
<item><title>Задержание на заставе Северная</title><link>http://example.test/news/1</link>
<guid isPermaLink="false">news-1</guid><pubDate>Mon, 24 Nov 2025 10:00:00 +0300</pubDate>
<description>&lt;p&gt;Пограничники задержали двух нарушителей с контрафактными сигаретами.&lt;/p&gt;</description></item>
<item><title>Учения кинологов</title><link>http://example.test/news/2</link>
<guid isPermaLink="false">news-2</guid><pubDate>Tue, 25 Nov 2025 09:00:00 +0300</pubDate>
<description>&lt;p&gt;На участке отряда прошли учения кинологов.&lt;/p&gt;</description></item>
</channel></rss>"""


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    yield srv
    srv.close()


def options(**kw: Any) -> FetchOptions:
    base: dict[str, Any] = {"allow_private": True, "min_interval": 0.0, "total_timeout": 10.0}
    base.update(kw)
    return FetchOptions(**base)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(options()) as f:
        yield f


def page(text: str) -> Route:
    return Route(text.encode("utf-8"))


def test_a_page_becomes_a_document_with_its_russian_date(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/news/1", page(RU_PAGE))
    doc = fetch(server.url("/news/1"), fetcher=fetcher, lang="ru")
    assert doc.url == doc.source == server.url("/news/1")
    assert doc.format == "html" and "заставы Северная" in doc.raw
    assert (doc.meta["html_date"], doc.meta["html_date_precision"]) == ("2025-11-24", "day")
    assert doc.meta["lang"] == "ru"
    hit = server.hits[-1]
    assert hit.headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("Kordon/") and USER_AGENT.endswith(
        "(+https://github.com/kordon-project/kordon)"
    )
    assert server.paths() == ["/robots.txt", "/news/1"]


def test_german_and_metadata_dates_and_no_year_invented(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/de", page(DE_PAGE))
    server.route("/en", page(EN_META_PAGE))
    server.route("/undated", page(UNDATED_PAGE))
    assert fetch(server.url("/de"), fetcher=fetcher).meta["html_date"] == "2025-11-24"
    assert fetch(server.url("/en"), fetcher=fetcher).meta["html_date"] == "2025-10-07"
    undated = fetch(server.url("/undated"), fetcher=fetcher)
    assert "html_date" not in undated.meta  # "24 ноября" without a year: no date at all


def test_the_default_pipeline_reads_the_fetched_date(server: LocalServer, fetcher: Fetcher) -> None:
    from kordon.pipeline import Pipeline, get

    server.route("/de", page(DE_PAGE))
    doc = fetch(server.url("/de"), fetcher=fetcher)
    done = Pipeline([get(n)() for n in ("clean", "lang", "dateline")])(doc)
    assert done.published is not None and done.published.edtf == "2025-11-24"
    assert done.lang == "de" and "Lindenau" in done.text


def test_a_feed_url_gives_its_entries(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/rss", Route(RSS.encode(), "application/rss+xml; charset=utf-8"))
    docs = fetch_documents(server.url("/rss"), fetcher=fetcher)
    assert [d.id for d in docs if isinstance(d, Document)] == ["news-1", "news-2"]
    with pytest.raises(InputError, match="a feed, not a page"):
        fetch(server.url("/rss"), fetcher=fetcher)


def test_conditional_get_answered_304_gives_nothing_again(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/rss", Route(RSS.encode(), "application/rss+xml", etag='"v1"'))
    server.route(
        "/lm", Route(RSS.encode(), "application/rss+xml", last_modified="Mon, 24 Nov 2025 10:00:00 GMT")
    )
    cache = MemoryCache()
    for path in ("/rss", "/lm"):
        first = fetch_documents(server.url(path), fetcher=fetcher, cache=cache)
        again = fetch_documents(server.url(path), fetcher=fetcher, cache=cache)
        assert len(first) == 2 and again == []
        assert [h.status for h in server.hits if h.path == path] == [200, 304]
    assert [h.headers.get("if-none-match") for h in server.hits if h.path == "/rss"] == [None, '"v1"']
    validators = cache.get(server.url("/rss"))
    assert validators is not None
    with pytest.raises(NotModified):
        fetch(server.url("/rss"), fetcher=fetcher, validators=validators)


def test_robots_txt_is_obeyed_and_read_once_per_host(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/robots.txt", Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"))
    server.route("/private/a", page(RU_PAGE))
    server.route("/news/1", page(RU_PAGE))
    with pytest.raises(InputError, match=r"disallowed by .*/robots\.txt"):
        fetch(server.url("/private/a"), fetcher=fetcher)
    assert fetch(server.url("/news/1"), fetcher=fetcher).url == server.url("/news/1")
    assert fetch(server.url("/news/1"), fetcher=fetcher).url == server.url("/news/1")
    assert server.paths() == ["/robots.txt", "/news/1", "/news/1"]  # nothing disallowed was requested


def test_robots_txt_group_of_kordon_applies(server: LocalServer, fetcher: Fetcher) -> None:
    robots = "User-agent: *\nDisallow: /\n\nUser-agent: Kordon\nDisallow: /no-kordon/\n"
    server.route("/robots.txt", Route(robots.encode(), "text/plain"))
    server.route("/no-kordon/a", page(RU_PAGE))
    server.route("/news/1", page(RU_PAGE))
    with pytest.raises(InputError, match="disallowed"):
        fetch(server.url("/no-kordon/a"), fetcher=fetcher)
    assert fetch(server.url("/news/1"), fetcher=fetcher).url == server.url("/news/1")


def test_robots_txt_that_cannot_be_read_stops_fetching(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/robots.txt", Route(b"oops", "text/plain", status=503))
    server.route("/news/1", page(RU_PAGE))
    with pytest.raises(InputError, match=r"robots\.txt .* cannot be read \(HTTP 503\)"):
        fetch(server.url("/news/1"), fetcher=fetcher)
    assert "/news/1" not in server.paths()


@pytest.mark.parametrize(("robots", "gap"), [(None, 2.0), ("User-agent: *\nCrawl-delay: 3\n", 3.0)])
def test_requests_to_one_host_are_paced(server: LocalServer, robots: str | None, gap: float) -> None:
    if robots:
        server.route("/robots.txt", Route(robots.encode(), "text/plain"))
    server.route("/a", page(RU_PAGE))
    server.route("/b", page(DE_PAGE))
    waits: list[float] = []
    with Fetcher(options(min_interval=2.0), sleep=waits.append, clock=lambda: 1000.0) as f:
        fetch(server.url("/a"), fetcher=f)
        fetch(server.url("/b"), fetcher=f)
    # robots.txt, then /a, then /b: each after the interval, or the longer crawl delay
    assert waits == [gap, gap]


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("100.64.0.1", "not a public"),
    ],
)
def test_private_and_special_addresses_are_refused(address: str, kind: str) -> None:
    reason = refusal(address)
    assert reason is not None and kind in reason
    assert refusal(address, allow_private=True) is None
    assert refusal("93.184.216.34") is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/news/1",
        "http://[::1]:{port}/news/1",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_ssrf_guard_refuses_literal_addresses_without_allow_private(server: LocalServer, url: str) -> None:
    server.route("/news/1", page(RU_PAGE))
    with (
        Fetcher(options(allow_private=False)) as f,
        pytest.raises(InputError, match="refused: host .* resolves to"),
    ):
        f.get(url.format(port=server.port))
    assert server.hits == []


def test_ssrf_guard_checks_resolved_names(server: LocalServer) -> None:
    def resolver(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
        table = {"intranet.example": "10.0.0.5", "metadata.example": "169.254.169.254"}
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (table[host], port))]

    with Fetcher(options(allow_private=False), resolver=resolver) as f:
        for host in ("intranet.example", "metadata.example"):
            with pytest.raises(InputError, match=f"refused: host '{host}' resolves to"):
                f.get(f"http://{host}/")


def _mock_client(routes: dict[tuple[str, str], httpx.Response], seen: list[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        key = (request.headers["host"], request.url.path)
        return routes.get(key, httpx.Response(404, text="not found"))

    return httpx.Client(transport=httpx.MockTransport(handler))


def _public_resolver(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
    table = {"news.example": "93.184.216.34", "intranet.example": "10.0.0.5"}
    if host not in table:  # literal addresses resolve to themselves, as getaddrinfo does
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (table[host], port))]


@pytest.mark.parametrize(
    "target", ["http://169.254.169.254/latest/meta-data/", "http://intranet.example/admin", "http://[::1]/"]
)
def test_a_redirect_from_a_public_host_to_a_private_one_is_refused(target: str) -> None:
    seen: list[httpx.Request] = []
    routes = {("news.example", "/story"): httpx.Response(302, headers={"Location": target})}
    client = _mock_client(routes, seen)
    fetcher = Fetcher(options(allow_private=False), client=client, resolver=_public_resolver)
    with fetcher as f, pytest.raises(InputError, match="refused: host .* resolves to"):
        f.get("http://news.example/story")
    # the public host was asked (on the address that was checked), the private one never
    assert [(r.url.host, r.headers["host"], r.url.path) for r in seen] == [
        ("93.184.216.34", "news.example", "/robots.txt"),
        ("93.184.216.34", "news.example", "/story"),
    ]


def test_a_redirect_to_another_scheme_is_refused() -> None:
    seen: list[httpx.Request] = []
    routes = {("news.example", "/story"): httpx.Response(301, headers={"Location": "file:///etc/passwd"})}
    with (
        Fetcher(
            options(allow_private=False), client=_mock_client(routes, seen), resolver=_public_resolver
        ) as f,
        pytest.raises(InputError, match="scheme 'file'"),
    ):
        f.get("http://news.example/story")


@pytest.mark.parametrize("url", ["ftp://example.test/x", "file:///etc/passwd", "gopher://example.test/"])
def test_only_http_and_https(url: str, fetcher: Fetcher) -> None:
    with pytest.raises(InputError, match="only http and https"):
        fetcher.get(url)


def test_redirects_are_followed_and_rechecked_up_to_five(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/old", Route(b"", None, status=301, headers={"Location": "/news/1"}))
    server.route("/news/1", page(RU_PAGE))
    got = fetcher.get(server.url("/old"))
    assert got.url == server.url("/news/1") and got.redirects == [server.url("/old")]
    server.route("/loop/*", Route(handler=redirect_loop))
    with pytest.raises(InputError, match=r"too many redirects \(more than 5\)"):
        fetcher.get(server.url("/loop/0"))
    assert [p for p in server.paths() if p.startswith("/loop/")] == [f"/loop/{n}" for n in range(6)]


@pytest.mark.parametrize("trickle", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_a_slow_loris_server_is_cut_off_by_the_total_deadline(server: LocalServer, trickle: Any) -> None:
    server.route("/slow", Route(handler=trickle))
    with Fetcher(options(total_timeout=2.0, read_timeout=1.5)) as f:
        start = time.monotonic()
        with pytest.raises(InputError, match=r"no complete response within the 2 s deadline"):
            f.get(server.url("/slow"))
        elapsed = time.monotonic() - start
    # every byte came within the read timeout (the whole answer would take over an hour): the
    # deadline cut it off (the upper bound leaves room for a busy machine)
    assert 1.9 < elapsed < 8.0


def test_a_huge_response_stops_at_the_cap(server: LocalServer) -> None:
    server.route("/endless", Route(handler=endless))
    server.route("/declared", Route(b"x" * 3_000_000, "text/html"))
    with Fetcher(options(max_bytes=1_000_000)) as f:
        with pytest.raises(InputError, match=r"over the 1\.0 MB limit; stopped reading"):
            f.get(server.url("/endless"))
        with pytest.raises(InputError, match=r"response is 2\.9 MB, over the 1\.0 MB limit; not read"):
            f.get(server.url("/declared"))


def test_unsupported_content_types_and_http_errors(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/report.pdf", Route(b"%PDF-1.7", "application/pdf"))
    server.route("/sitemap.xml", Route(b'<?xml version="1.0"?><urlset/>', "application/xml"))
    server.route("/data.json", Route(json.dumps({"html": RU_PAGE, "id": "j1"}).encode(), "application/json"))
    with pytest.raises(InputError, match="unsupported content type 'application/pdf'"):
        fetcher.get(server.url("/report.pdf"))
    with pytest.raises(InputError, match="XML that is not a feed"):
        fetch_documents(server.url("/sitemap.xml"), fetcher=fetcher)
    with pytest.raises(InputError, match="HTTP 404"):
        fetcher.get(server.url("/missing"))
    (doc,) = fetch_documents(server.url("/data.json"), fetcher=fetcher)
    assert isinstance(doc, Document) and doc.id == "j1" and doc.format == "html"


def test_charset_from_the_header(server: LocalServer, fetcher: Fetcher) -> None:
    server.route(
        "/cp1251",
        Route(
            RU_PAGE.replace('<meta charset="utf-8">', "").encode("cp1251"), "text/html; charset=windows-1251"
        ),
    )
    doc = fetch(server.url("/cp1251"), fetcher=fetcher)
    assert "заставы Северная" in doc.raw


def test_cli_extract_and_ingest_urls(server: LocalServer, tmp_path: Any) -> None:
    server.route("/news/1", page(RU_PAGE))
    server.route("/rss", Route(RSS.encode(), "application/rss+xml"))
    runner = CliRunner()
    light = ["--disable", "places", "--disable", "persons"]  # the slowest to load; not under test here
    refused = runner.invoke(app, ["extract", *light, server.url("/news/1")])
    assert refused.exit_code == 1 and "refused" in refused.output and "--allow-private" in refused.output
    done = runner.invoke(
        app, ["extract", *light, "--allow-private", "--format", "json", server.url("/news/1")]
    )
    assert done.exit_code == 0, done.output
    record = json.loads(done.stdout.splitlines()[0])
    assert record["url"] == server.url("/news/1")
    db = tmp_path / "k.db"
    ingested = runner.invoke(
        app, ["ingest", *light, "--allow-private", "--db", str(db), server.url("/rss"), server.url("/nope")]
    )
    assert ingested.exit_code == 1  # the missing page failed, on its own line
    assert "2 new document(s) stored" in ingested.output and "HTTP 404" in ingested.output


def test_https_goes_to_the_checked_address_but_verifies_the_host_name(
    server: LocalServer, tmp_path: Any
) -> None:
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=agency.test", "-addext", "subjectAltName=DNS:agency.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.route("/news/1", page(RU_PAGE))

    def resolver(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    trust = ssl.create_default_context(cafile=str(cert))
    with Fetcher(options(), client=httpx.Client(verify=trust), resolver=resolver) as f:
        got = f.get(f"https://agency.test:{server.port}/news/1")
        assert got.status == 200 and "заставы Северная".encode() in got.body
        with pytest.raises(InputError, match="certificate verify failed"):
            f.get(f"https://elsewhere.test:{server.port}/news/1")  # same address, wrong name
    assert {h.headers["host"] for h in server.hits} == {f"agency.test:{server.port}"}


def test_the_next_checked_address_is_tried_when_one_is_unreachable(server: LocalServer) -> None:
    server.route("/news/1", page(RU_PAGE))

    def resolver(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
        # 127.0.0.2 refuses (the server listens on 127.0.0.1 only), like an IPv6 address
        # without a route on a machine that only has IPv4
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in ("127.0.0.2", "127.0.0.1")]

    with Fetcher(options(), resolver=resolver) as f:
        assert f.get(f"http://agency.test:{server.port}/news/1").status == 200

    def unreachable(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port))]

    with (
        Fetcher(options(robots=False), resolver=unreachable) as f,
        pytest.raises(InputError, match="cannot connect"),
    ):
        f.get(f"http://agency.test:{server.port}/news/1")
