"""Watching sources: the sources file, what is remembered between runs, crashes, stops and
failing sources."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kordon.cli import app
from kordon.document import Document
from kordon.errors import ConfigError
from kordon.fetch import Fetcher, FetchOptions
from kordon.pipeline import Pipeline, get
from kordon.store import Store
from kordon.watch import (
    Source,
    Watcher,
    WatchState,
    article_links,
    load_sources,
    parse_interval,
    stop_on_signals,
)
from localserver import LocalServer, Route


def rss(*items: tuple[str, str, str]) -> bytes:
    """A feed of (guid, title, text) items."""
    body = "".join(
        f"<item><title>{title}</title><link>http://border.example/news/{guid}</link>"
        f'<guid isPermaLink="false">{guid}</guid><pubDate>Mon, 24 Nov 2025 10:00:00 +0300</pubDate>'
        f"<description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"
        for guid, title, text in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Пресс-служба</title>{body}</channel></rss>'.encode()


ITEMS = [
    (
        "n1",
        "Задержание на заставе Северная",
        "Пограничники заставы Северная задержали двух нарушителей с контрафактными сигаретами.",
    ),
    (
        "n2",
        "Учения кинологов",
        "На участке отряда прошли плановые учения кинологов и расчётов беспилотников.",
    ),
    (
        "n3",
        "Kontrolle in Lindenau",
        "Beamte haben am Grenzübergang Lindenau einen Kleintransporter mit Elektrogeräten gestoppt.",
    ),
]


def article(title: str, text: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1><p>{text}</p></article></body></html>"
    ).encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline([get(n)() for n in ("clean", "lang", "dateline")])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "watch.db") as s:
        yield s


def watcher(store: Store, sources: list[Source], pipeline: Any, **kw: Any) -> Watcher:
    fetcher = Fetcher(FetchOptions(allow_private=True, min_interval=0.0, total_timeout=10.0))
    return Watcher(store, sources, pipeline=pipeline, fetcher=fetcher, **kw)


def feed(server: LocalServer, path: str = "/rss", **kw: Any) -> Source:
    return Source(kind="feed", name=kw.pop("name", "border-feed"), location=server.url(path), **kw)


class Crash(BaseException):
    """The process dies here (not an error a watcher could catch)."""


# -- the sources file --


def test_sources_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(
        """
[[feed]]
name = "border-ru"
url = "https://border.example/rss"
lang = "RU"
interval = "15m"

[[site]]
name = "presse"
url = "https://presse.example/aktuelles/"
include = "/aktuelles/\\\\d+"
max_links = 10

[[folder]]
name = "drop"
path = "inbox"
interval = 45
""",
        encoding="utf-8",
    )
    feed_src, site_src, folder_src = load_sources(path)
    assert (feed_src.kind, feed_src.lang, feed_src.interval) == ("feed", "ru", 900.0)
    assert site_src.include is not None and site_src.include.search("https://presse.example/aktuelles/311")
    assert (site_src.max_links, site_src.interval) == (10, 3600.0)
    assert folder_src.location == str(tmp_path / "inbox") and folder_src.interval == 45.0


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[[feed]]\nname = "a"\n', r"\[\[feed\]\] #1 \(a\): 'url' must be an http\(s\) URL"),
        ('[[feed]]\nname = "a"\nurl = "ftp://x/"\n', "'url' must be an http"),
        ('[[feed]]\nname = "a"\nurl = "http://x/"\nintervall = "1h"\n', r"unknown key\(s\) intervall"),
        ('[[feed]]\nname = "a"\nurl = "http://x/"\ninterval = "soon"\n', "interval 'soon' is not"),
        (
            '[[feed]]\nname = "a"\nurl = "http://x/"\n[[folder]]\nname = "a"\npath = "."\n',
            "'a' is used twice",
        ),
        ('[[feeds]]\nname = "a"\n', r"unknown section\(s\) feeds"),
        ('[feed]\nname = "a"\n', r"write \[\[feed\]\]"),
        ('[[site]]\nname = "a"\nurl = "http://x/"\ninclude = "("\n', "not a valid regular expression"),
        ('[[feed]]\nname = "a"\nurl = "http://x/"\nlang = "russian"\n', "'lang' must be a language code"),
        ("", "no sources"),
        ("[[feed]\n", "invalid TOML"),
    ],
)
def test_sources_file_mistakes_are_named(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_sources(path)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(900, 900.0), ("900", 900.0), ("30s", 30.0), ("15m", 900.0), ("1h30m", 5400.0), ("1d", 86400.0)],
)
def test_intervals(value: object, seconds: float) -> None:
    assert parse_interval(value, "x") == seconds


# -- runs --


def test_watch_once_twice_stores_items_once(server: LocalServer, tmp_path: Path) -> None:
    """The command, with the default pipeline: the second run gets a 304 and stores nothing."""
    server.route("/rss", Route(rss(*ITEMS[:2]), "application/rss+xml", etag='"v1"'))
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[feed]]\nname = "border"\nurl = "{server.url("/rss")}"\n', encoding="utf-8")
    db = tmp_path / "k.db"
    runner = CliRunner()
    refused = runner.invoke(app, ["watch", str(sources), "--db", str(db), "--once"])
    assert refused.exit_code == 1 and "border: " in refused.output and "refused" in refused.output
    first = runner.invoke(app, ["watch", str(sources), "--db", str(db), "--once", "--allow-private"])
    assert first.exit_code == 0, first.output
    assert "border: 2 new" in first.output
    second = runner.invoke(app, ["watch", str(sources), "--db", str(db), "--once", "--allow-private"])
    assert second.exit_code == 0 and "border: not modified" in second.output
    with Store(db) as store:
        assert store.count() == 2
        assert {store.get("n1").title, store.get("n2").title} == {ITEMS[0][1], ITEMS[1][1]}
    assert [h.status for h in server.hits if h.path == "/rss"] == [200, 304]


def test_new_items_only_and_a_changed_feed_without_validators(
    server: LocalServer, store: Store, pipeline: Pipeline
) -> None:
    server.route("/rss", Route(rss(*ITEMS[:2]), "application/rss+xml"))
    with watcher(store, [feed(server)], pipeline) as w:
        first = w.run_once()[0]
        server.route("/rss", Route(rss(*ITEMS), "application/rss+xml"))
        second = w.run_once()[0]
    assert (first.new, first.seen) == (2, 0)
    assert (second.new, second.seen, second.known) == (1, 2, 0)
    assert store.count() == 3


def test_watch_resumes_after_a_crash_between_store_and_seen(
    server: LocalServer, store: Store, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("/rss", Route(rss(*ITEMS), "application/rss+xml", etag='"v1"'))
    real_mark = WatchState.mark
    calls: list[str] = []

    def crashing_mark(self: WatchState, pk: int, key: str, *args: Any, **kw: Any) -> None:
        calls.append(key)
        if len(calls) == 2:
            raise Crash  # stored n2, died before remembering it
        real_mark(self, pk, key, *args, **kw)

    monkeypatch.setattr(WatchState, "mark", crashing_mark)
    with watcher(store, [feed(server)], pipeline) as w, pytest.raises(Crash):
        w.run_once()
    assert store.count() == 2  # n1 and n2 stored, n3 never reached
    monkeypatch.setattr(WatchState, "mark", real_mark)
    with watcher(store, [feed(server)], pipeline) as w:  # the restarted process
        report = w.run_once()[0]
    assert (report.seen, report.known, report.new) == (1, 1, 1)  # n1 remembered, n2 found stored, n3 new
    assert store.count() == 3
    # the crash came before the validators were saved: the feed was read in full again
    assert [h.headers.get("if-none-match") for h in server.hits if h.path == "/rss"] == [None, None]
    with watcher(store, [feed(server)], pipeline) as w:
        assert w.run_once()[0].not_modified


def test_a_crash_before_storing_loses_nothing(
    server: LocalServer, store: Store, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("/rss", Route(rss(*ITEMS), "application/rss+xml", etag='"v1"'))
    real_add = Store.add
    added: list[str] = []

    def crashing_add(self: Store, doc: Document) -> bool:
        added.append(doc.id)
        if len(added) == 2:
            raise Crash  # fetched n2, died before storing it
        return real_add(self, doc)

    monkeypatch.setattr(Store, "add", crashing_add)
    with watcher(store, [feed(server)], pipeline) as w, pytest.raises(Crash):
        w.run_once()
    monkeypatch.setattr(Store, "add", real_add)
    assert store.count() == 1
    with watcher(store, [feed(server)], pipeline) as w:
        report = w.run_once()[0]
    assert (report.seen, report.new) == (1, 2) and store.count() == 3


def test_site_follows_article_links_on_the_same_host_once(
    server: LocalServer, store: Store, pipeline: Pipeline
) -> None:
    listing = f"""<html><body><h1>Новости</h1><ul>
      <li><a href="/news/101">Задержание</a></li><li><a href="{server.url("/news/102")}#top">Учения</a></li>
      <li><a href="/about">О службе</a></li><li><a href="/docs/report.pdf">Отчёт</a></li>
      <li><a href="http://elsewhere.example/news/9">Elsewhere</a></li><li><a href="#top">Наверх</a></li>
    </ul></body></html>"""
    server.route("/news/", Route(listing.encode(), etag='"l1"'))
    server.route("/news/101", Route(article(ITEMS[0][1], ITEMS[0][2])))
    server.route("/news/102", Route(article(ITEMS[1][1], ITEMS[1][2])))
    server.route("/news/103", Route(article(ITEMS[2][1], ITEMS[2][2])))
    site = Source(
        kind="site",
        name="border-site",
        location=server.url("/news/"),
        include=__import__("re").compile(r"/news/\d+$"),
    )
    with watcher(store, [site], pipeline) as w:
        first = w.run_once()[0]
        second = w.run_once()[0]
        server.route("/news/", Route(listing.replace("/about", "/news/103").encode(), etag='"l2"'))
        third = w.run_once()[0]
    assert first.new == 2 and second.not_modified and (third.new, third.seen) == (1, 2)
    articles = [p for p in server.paths() if p.startswith("/news/1")]
    assert articles == ["/news/101", "/news/102", "/news/103"]  # each fetched once
    assert "/about" not in server.paths() and "/docs/report.pdf" not in server.paths()
    assert store.count() == 3


def test_a_page_without_text_is_reported_once_and_not_fetched_again(
    server: LocalServer, store: Store, pipeline: Pipeline
) -> None:
    listing = '<html><body><a href="/news/1">Пусто</a><a href="/news/2">Учения</a></body></html>'
    server.route("/news/", Route(listing.encode()))
    server.route("/news/1", Route(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    server.route("/news/2", Route(article(ITEMS[1][1], ITEMS[1][2])))
    site = Source(kind="site", name="border-site", location=server.url("/news/"))
    with watcher(store, [site], pipeline) as w:
        first = w.run_once()[0]
        second = w.run_once()[0]
    assert (first.new, first.failed) == (1, 1)
    assert "no article text in the page" in first.errors[0] and "/news/1" in first.errors[0]
    assert (second.new, second.failed, second.seen) == (0, 0, 2)  # the empty page is done, not retried
    assert [p for p in server.paths() if p == "/news/1"] == ["/news/1"]
    assert store.count() == 1


def test_article_links() -> None:
    html = """<a href="/a/1">1</a><a href="/a/1#c">1 again</a><a href="https://x.example/a/2?p=1">2</a>
    <a href="https://y.example/a/3">other host</a><a href="/">home</a><a href="/f.PDF">pdf</a>
    <a href="mailto:a@x.example">mail</a><a href="/list">self</a>"""
    assert article_links(html, "https://x.example/list") == [
        "https://x.example/a/1",
        "https://x.example/a/2?p=1",
    ]
    assert article_links(html, "https://x.example/list", limit=1) == ["https://x.example/a/1"]


def test_folder_source_reads_new_and_changed_files(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Пограничники заставы Северная задержали нарушителя.", encoding="utf-8")
    (inbox / "b.jsonl").write_text(
        '{"id": "b1", "text": "Beamte stoppten einen Transporter."}\n', encoding="utf-8"
    )
    (inbox / "notes.pdf").write_bytes(b"%PDF")
    src = Source(kind="folder", name="inbox", location=str(inbox), lang="ru")
    with watcher(store, [src], pipeline) as w:
        first = w.run_once()[0]
        second = w.run_once()[0]
        (inbox / "a.txt").write_text(
            "Пограничники заставы Южная задержали другого нарушителя.", encoding="utf-8"
        )
        os.utime(inbox / "a.txt", ns=(1, 1))
        third = w.run_once()[0]
    assert (first.new, first.skipped) == (2, 1)
    assert (second.new, second.seen) == (0, 2)
    assert (third.new, third.seen) == (1, 1)
    assert store.get("b1").lang == "ru"  # the source's language hint
    assert store.count() == 3


def test_a_failing_source_is_one_line_and_the_others_go_on(
    server: LocalServer, store: Store, pipeline: Pipeline
) -> None:
    server.route("/broken", Route(b"oops", "text/plain", status=500))
    server.route("/rss", Route(rss(*ITEMS[:1]), "application/rss+xml"))
    server.route("/page", Route(article("x", "y")))
    errors: list[str] = []
    sources = [feed(server, "/broken", name="broken"), feed(server, "/page", name="not-a-feed"), feed(server)]
    with watcher(store, sources, pipeline, error=errors.append) as w:
        reports = w.run_once()
    assert [r.failed for r in reports] == [1, 1, 0] and reports[2].new == 1
    assert len(errors) == 2
    assert errors[0].startswith("broken: ") and "HTTP 500" in errors[0]
    assert errors[1].startswith("not-a-feed: ") and "not a feed" in errors[1]
    state = WatchState(store)
    assert "HTTP 500" in (state.row(state.source(sources[0])).last_error or "")
    assert state.row(state.source(sources[2])).last_error is None


def test_language_hint_of_a_feed(server: LocalServer, store: Store, pipeline: Pipeline) -> None:
    server.route("/rss", Route(rss(*ITEMS[2:]), "application/rss+xml"))
    with watcher(store, [feed(server, lang="de")], pipeline) as w:
        w.run_once()
    row = store.get("n3")
    assert row.lang == "de"


def test_a_stop_ends_the_run_after_the_current_item(
    server: LocalServer, store: Store, pipeline: Pipeline
) -> None:
    server.route("/rss", Route(rss(*ITEMS), "application/rss+xml", etag='"v1"'))
    stop = threading.Event()

    def stopping(doc: Document) -> Document:
        stop.set()  # SIGTERM arrives while the first item is processed
        return pipeline(doc)

    with watcher(store, [feed(server)], stopping, stop=stop) as w:
        report = w.run_once()[0]
    assert report.stopped and report.new == 1 and store.count() == 1
    with watcher(store, [feed(server)], pipeline) as w:
        again = w.run_once()[0]
    assert (again.seen, again.new) == (1, 2)  # no 304: the stopped run saved no validators


def test_signals_set_the_stop_and_are_restored() -> None:
    stop = threading.Event()
    before = signal.getsignal(signal.SIGTERM)
    lines: list[str] = []
    with stop_on_signals(stop, lines.append):
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(2.0)
    assert signal.getsignal(signal.SIGTERM) is before
    assert lines == ["SIGTERM: stopping after the current item"]


def test_due_follows_the_interval(server: LocalServer, store: Store, pipeline: Pipeline) -> None:
    server.route("/rss", Route(rss(*ITEMS[:1]), "application/rss+xml"))
    src = feed(server, interval=600.0)
    with watcher(store, [src], pipeline) as w:
        now = dt.datetime.now(dt.UTC)
        assert w.due(src, now) == 0.0  # never run
        w.run_once()
        assert 590 < w.due(src, now + dt.timedelta(seconds=5)) <= 600
        assert w.due(src, now + dt.timedelta(seconds=700)) < 0


def test_the_documented_example_sources_file_loads() -> None:
    example = Path(__file__).resolve().parents[1] / "docs" / "sources.example.toml"
    sources = load_sources(example)
    assert [(s.kind, s.name) for s in sources] == [
        ("feed", "border-service-ru"),
        ("feed", "bundespolizei-presse"),
        ("site", "coast-guard-news"),
        ("folder", "analyst-inbox"),
    ]
    assert sources[2].include is not None and sources[2].include.search(
        "https://coast.example/en/news/2025/x"
    )
    assert sources[3].location == str(example.parent / "inbox") and sources[3].interval == 300.0


def test_run_forever_runs_due_sources_until_stopped(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Пограничники заставы Северная задержали нарушителя.", encoding="utf-8")
    stop = threading.Event()
    lines: list[str] = []
    src = Source(kind="folder", name="inbox", location=str(inbox), interval=3600.0)
    timer = threading.Timer(1.0, stop.set)
    timer.start()
    with watcher(store, [src], pipeline, stop=stop, info=lines.append) as w:
        w.run_forever(poll=0.1)
    timer.cancel()
    assert lines == ["inbox: 1 new, 0 already stored, 0 seen before"]  # once: the next run is an hour away
    assert store.count() == 1
