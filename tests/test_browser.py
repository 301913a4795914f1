"""The web dashboard in a real browser (Chromium through Playwright) against `kordon serve`.

A module fixture builds a store from the demo corpus plus one hostile document, starts the
server on a free port and waits for `/api/health`. Screenshots of every view go to
`test-artifacts/screenshots/`. Set `KORDON_TEST_BASE_URL` to run the suite against a server
that is already running (its store must hold the same documents: see `build_store`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-artifacts" / "screenshots"
EXTERNAL = os.environ.get("KORDON_TEST_BASE_URL")

if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)
if importlib.util.find_spec("playwright") is None:
    pytest.skip("playwright (python) is not installed", allow_module_level=True)
if not EXTERNAL and importlib.util.find_spec("kordon.api") is None:
    pytest.skip("kordon.api (the REST server) is absent", allow_module_level=True)

from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright  # noqa: E402

from kordon import Document, Pipeline, Store  # noqa: E402
from kordon.ingest import read  # noqa: E402
from kordon.kb import data_path  # noqa: E402

HOSTILE_ID = "hostile-markup"
HOSTILE_TITLE = "<img src=x onerror=window.__pwned=1> Hostile markup title"
HOSTILE_URL = "javascript:window.__pwned=2"
HOSTILE_TEXT = (
    "ALMATY, March 3 (Reuters) - Kazakh police seized 12 kg of heroin "
    "<script>window.__pwned = 3; alert('xss')</script> near the Chinese border.\n\n"
    'Officers found the drugs <img src=x onerror="window.__pwned=4;alert(4)"> in a truck. '
    '<a href="javascript:window.__pwned=5">click here</a> for the <b>full</b> report.\n\n'
    '<div onmouseover="window.__pwned=6" style="position:fixed;inset:0">cover</div> '
    '" autofocus onfocus="window.__pwned=7" x=" <iframe src="javascript:alert(8)"></iframe> '
    "<svg onload=alert(9)></svg> [bracketed] &lt;escaped&gt; &amp; done.\n"
)
# Strings that must appear literally, as text, in the rendered document.
HOSTILE_LITERALS = [
    "<script>window.__pwned = 3; alert('xss')</script>",
    '<img src=x onerror="window.__pwned=4;alert(4)">',
    '<a href="javascript:window.__pwned=5">click here</a>',
    "<svg onload=alert(9)></svg>",
    "&lt;escaped&gt;",
]


def build_store(db: Path) -> None:
    """The demo corpus (35 fictional articles) and the hostile document, through the pipeline."""
    pipe = Pipeline.from_profile()
    with Store(db) as store:
        for item in read([Path(str(data_path("demo")))]):
            if isinstance(item, Document):
                store.add(pipe(item))
        hostile = Document(
            id=HOSTILE_ID,
            source=HOSTILE_ID,
            raw=HOSTILE_TEXT,
            format="text",
            url=HOSTILE_URL,
            meta={"title": HOSTILE_TITLE, "lang": "en", "published": "2025-03-03"},
        )
        store.add(pipe(hostile))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.load(resp)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if EXTERNAL:
        yield EXTERNAL.rstrip("/")
        return
    db = tmp_path_factory.mktemp("browser") / "dashboard.db"
    build_store(db)
    port = _free_port()
    log = (db.parent / "serve.log").open("wb")
    cmd = [
        sys.executable,
        "-c",
        "from kordon.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--no-token",
    ]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=db.parent)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                log.flush()
                pytest.fail(
                    f"kordon serve exited with {proc.returncode}: "
                    + (db.parent / "serve.log").read_text(errors="replace")[-2000:]
                )
            try:
                if _get_json(base + "/api/health").get("status") == "ok":
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("kordon serve did not answer /api/health within 30 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@dataclass
class Watch:
    """What a page did that it must not: script errors, console errors (CSP violations are
    reported there), dialogs."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def console(self, msg: ConsoleMessage) -> None:
        if msg.type == "error":
            self.errors.append(msg.text)


def _open(browser: Browser, width: int = 1280, height: int = 800) -> tuple[Page, Watch]:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(10_000)
    watch = Watch()
    page.on("console", watch.console)
    page.on("pageerror", lambda exc: watch.errors.append(f"pageerror: {exc}"))

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page, watch


@pytest.fixture
def page(browser: Browser) -> Iterator[tuple[Page, Watch]]:
    p, watch = _open(browser)
    yield p, watch
    p.close()


def shot(page: Page, name: str, full: bool = False) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def test_dashboard_loads_with_facets_and_results(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/")
    expect(p.locator("#status")).to_have_text(re.compile(r"^36 documents$"))
    expect(p.locator("nav.views a[aria-current=page]")).to_have_text("Search")
    expect(p.locator("li.result").first).to_be_visible()
    assert p.locator("li.result").count() == 20  # first page of 36
    expect(p.locator("a.page[rel=next]")).to_be_visible()
    for facet in ("lang", "country", "threat", "type", "organization", "substance"):
        expect(p.locator(f"a.facet-value[data-facet={facet}]").first).to_be_visible()
    expect(p.locator("a.facet-value[data-facet=lang][data-value=ru] .count")).to_have_text("13")
    assert p.evaluate("document.characterSet") == "UTF-8"
    shot(p, "search-all")
    assert watch.errors == [] and watch.dialogs == []


def test_search_marks_hits(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/#/search")
    expect(p.locator("li.result").first).to_be_visible()
    p.fill("#q", "heroin")
    p.press("#q", "Enter")
    p.wait_for_url(re.compile(r"#/search\?.*q=heroin"))
    expect(p.locator("#results-title")).to_have_text(re.compile(r"^\d+ documents?"))
    results = p.locator("li.result")
    expect(results.first.locator("mark").first).to_be_visible()
    n = results.count()
    assert 0 < n < 36
    marks = [t.lower() for t in p.locator("li.result .snippet mark").all_text_contents()]
    assert marks and all(m.startswith("heroin") for m in marks), marks
    expect(p.locator("a.filter-chip[data-filter=q]")).to_contain_text("heroin")
    shot(p, "search-heroin")
    assert watch.errors == [] and watch.dialogs == []


def test_country_filter_is_in_the_url_and_survives_reload(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/#/search")
    kz = p.locator("a.facet-value[data-facet=country][data-value=KZ]")
    expected = int(kz.locator(".count").inner_text())
    kz.click()
    p.wait_for_url(re.compile(r"country=KZ"))
    expect(p.locator("a.filter-chip[data-filter=country]")).to_contain_text("Kazakhstan")
    expect(p.locator("#results-title")).to_have_text(re.compile(rf"^{expected} documents?"))
    p.reload()
    expect(p.locator("a.filter-chip[data-filter=country]")).to_contain_text("Kazakhstan")
    expect(p.locator("a.facet-value.on[data-facet=country][data-value=KZ]")).to_be_visible()
    expect(p.locator("#results-title")).to_have_text(re.compile(rf"^{expected} documents?"))
    for item in p.locator("li.result").all():
        assert "KZ" in item.locator(".chip.country").all_text_contents()
    shot(p, "search-country-kz")
    # The filter follows to the other views.
    p.click("nav.views a[data-view=map]")
    p.wait_for_url(re.compile(r"#/map\?.*country=KZ"))
    expect(p.locator("svg.map g.marker").first).to_be_visible()
    assert watch.errors == [] and watch.dialogs == []


def test_document_highlights_and_explains_a_seizure(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/#/doc/de_01_seizure_baku")
    text = p.locator("#doc-text")
    expect(text).to_be_visible()
    # Overlapping spans are cut into segments: the text is whole and unchanged.
    api_doc = _get_json(server + "/api/documents/de_01_seizure_baku")
    assert text.evaluate("el => el.textContent") == api_doc["text"]
    trigger = p.locator("#doc-text .hl.L-trigger[data-event-type=seizure]").first
    expect(trigger).to_be_visible()
    assert p.locator("#doc-text .hl.L-country").count() > 0
    assert p.locator("#doc-text .hl.L-threat").count() > 0
    trigger.hover()
    card = p.locator(".doc-panel .event-card[data-event-type=seizure]")
    expect(card).to_be_visible()
    expect(card.locator(".event-type")).to_have_text("seizure")
    expect(card.locator("li.goods").first).to_contain_text("heroin")
    trigger.click()
    expect(trigger).to_have_class(re.compile(r"\bselected\b"))
    p.wait_for_url(re.compile(r"at=\d+"))
    # An entity: hovering it elsewhere does not replace the pinned selection; Escape unpins.
    p.keyboard.press("Escape")
    entity = p.locator("#doc-text .hl.L-country").first
    entity.hover()
    expect(p.locator(".doc-panel .entity-card[data-entity-id^='country:']")).to_be_visible()
    trigger.click()
    shot(p, "document-seizure")
    # Reloading the URL with `at` selects the same passage again.
    p.reload()
    expect(p.locator("#doc-text .hl.selected[data-event-type=seizure]")).to_be_visible()
    assert watch.errors == [] and watch.dialogs == []


def test_map_shows_markers_and_their_events(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/#/map")
    markers = p.locator("svg.map g.marker")
    expect(markers.first).to_be_visible()
    assert markers.count() > 0
    assert p.locator("svg.map path.land").count() > 100  # the world's countries
    total = sum(int(c) for c in markers.evaluate_all("ms => ms.map(m => m.dataset.count)"))
    assert total == len(_get_json(server + "/api/map")["features"])
    markers.last.click()  # the last drawn is the smallest, on top of its neighbours
    events = p.locator("#map-detail li.map-event")
    expect(events.first).to_be_visible()
    link = events.first.locator("a[href^='#/doc/']")
    expect(link).to_be_visible()
    shot(p, "map")
    p.get_by_role("button", name="Zoom in").click()
    assert "scale(1.6" in (p.locator("svg.map g.viewport").get_attribute("transform") or "")
    link.click()
    # The document opens with the event's trigger selected and explained.
    expect(p.locator("#doc-text .hl.selected.L-trigger")).to_be_visible()
    expect(p.locator(".doc-panel .event-card").first).to_be_visible()
    assert watch.errors == [] and watch.dialogs == []


def test_timeline_and_network_render(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/#/timeline")
    bars = p.locator("#timeline-events rect.bar")
    expect(bars.first).to_be_visible()
    types = set(bars.evaluate_all("rs => rs.map(r => r.dataset.type)"))
    assert "seizure" in types and len(types) >= 3
    shot(p, "timeline")

    p.click("nav.views a[data-view=network]")
    nodes = p.locator("svg.network g.node")
    expect(nodes.first).to_be_visible()
    assert nodes.count() > 5
    assert p.locator("svg.network line.edge").count() > 0
    shot(p, "network")
    csto = p.locator("svg.network g.node[data-id='org:CSTO'] circle")
    csto.click()
    p.wait_for_url(re.compile(r"entity=org%3ACSTO"))
    expect(p.locator("a.filter-chip[data-filter=entity]")).to_contain_text(
        re.compile(r"org:CSTO|Collective Security Treaty")
    )
    expect(p.locator("svg.network g.node.selected[data-id='org:CSTO']")).to_be_visible()
    shot(p, "network-csto")
    # The entity filter narrows the search results too.
    p.click("nav.views a[data-view=search]")
    expect(p.locator("li.result").first).to_be_visible()
    assert 0 < p.locator("li.result").count() < 20
    assert watch.errors == [] and watch.dialogs == []


def test_incidents_show_reports_side_by_side(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/#/incidents?multi=1")
    incidents = p.locator("li.incident")
    expect(incidents.first).to_be_visible()
    first = incidents.first
    assert first.locator(".reports .report").count() >= 2
    docs = first.locator(".report h4 a").all_text_contents()
    assert len(set(docs)) >= 2, docs  # the Panj seizure and its reprint
    shot(p, "incidents")
    assert watch.errors == [] and watch.dialogs == []


def test_narrow_screen_layout(server: str, browser: Browser) -> None:
    p, watch = _open(browser, 375, 800)
    try:
        p.goto(server + "/#/search?country=KZ")
        expect(p.locator("li.result").first).to_be_visible()
        toggle = p.locator("#facet-toggle")
        expect(toggle).to_be_visible()
        expect(p.locator("#facets")).to_be_hidden()
        overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        assert p.evaluate(overflow) <= 0
        shot(p, "narrow-search")
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        expect(p.locator("a.facet-value[data-facet=lang]").first).to_be_visible()
        shot(p, "narrow-facets")
        p.goto(server + "/#/doc/ru_07_seizure_panj")
        expect(p.locator("#doc-text .hl").first).to_be_visible()
        expect(toggle).to_be_hidden()
        assert p.evaluate(overflow) <= 0
        box = p.locator("#doc-text").bounding_box()
        assert box is not None and box["width"] <= 375
        # Selecting a passage brings its details up over the text, within the screen.
        p.locator("#doc-text .hl.L-trigger").first.click()
        sheet = p.locator(".doc-panel.open")
        expect(sheet.locator(".event-card")).to_be_visible()
        sheet_box = sheet.bounding_box()
        assert sheet_box is not None and sheet_box["y"] + sheet_box["height"] <= 800 + 1
        shot(p, "narrow-document")
        sheet.locator(".panel-close").click()
        expect(p.locator(".doc-panel.open")).to_have_count(0)
        p.goto(server + "/#/map")
        expect(p.locator("svg.map g.marker").first).to_be_visible()
        assert p.evaluate(overflow) <= 0
        shot(p, "narrow-map")
        assert watch.errors == [] and watch.dialogs == []
    finally:
        p.close()


def test_scripts_render_as_text(server: str, page: tuple[Page, Watch]) -> None:
    """Cyrillic with Kazakh, Kyrgyz and Tajik letters and German umlauts come through intact."""
    p, watch = page
    p.goto(server + "/#/doc/ru_07_seizure_panj")
    expect(p.locator("#doc-text")).to_contain_text("Пяндж")
    title = p.locator("h1.doc-title").inner_text()
    assert re.search(r"[А-Яа-я]", title), title
    p.goto(server + "/#/doc/de_01_seizure_baku")
    expect(p.locator("#doc-text")).to_contain_text("Männer")
    # A glyph test: each letter has a width in the page's font (no tofu boxes of zero width).
    widths = p.evaluate(
        """() => [...'әғқңөұүһіҳҷӣӯÄäöüß'].map(ch => {
            const s = document.createElement('span'); s.textContent = ch;
            document.body.appendChild(s); const w = s.getBoundingClientRect().width; s.remove(); return w; })"""
    )
    assert all(w > 0 for w in widths), widths
    assert watch.errors == [] and watch.dialogs == []


def test_hostile_document_is_shown_as_text_and_runs_nothing(server: str, page: tuple[Page, Watch]) -> None:
    p, watch = page
    p.goto(server + "/#/search?q=hostile")
    result = p.locator("li.result").first
    expect(result).to_be_visible()
    expect(result.locator(".title a")).to_have_text(HOSTILE_TITLE)
    result.locator(".title a").click()
    text = p.locator("#doc-text")
    expect(text).to_be_visible()
    content = text.evaluate("el => el.textContent")
    for literal in HOSTILE_LITERALS:
        assert literal in content, literal
    expect(p.locator("h1.doc-title")).to_have_text(HOSTILE_TITLE)
    # Hover and click every highlight: no handler from the text can fire.
    for hl in p.locator("#doc-text .hl").all()[:10]:
        hl.hover()
    p.mouse.move(5, 5)
    p.wait_for_timeout(300)
    assert p.evaluate("typeof window.__pwned") == "undefined"
    assert watch.dialogs == []
    dangerous = p.evaluate(
        """() => {
            const all = [...document.querySelectorAll('*')];
            return {
              handlers: all.filter(el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
              scripts: [...document.scripts].filter(s => !s.src.endsWith('/app.js')).length,
              imgs: document.querySelectorAll('main img, main iframe, main svg script').length,
              jsLinks: [...document.querySelectorAll('a[href]')].filter(
                a => !/^(#|https?:|\\/)/i.test(a.getAttribute('href'))).length,
            };
        }"""
    )
    assert dangerous == {"handlers": 0, "scripts": 0, "imgs": 0, "jsLinks": 0}
    # The document's `javascript:` URL is shown as text, never as a link.
    assert p.locator(f"a[href='{HOSTILE_URL}']").count() == 0
    expect(p.locator(".doc-head")).to_contain_text(HOSTILE_URL)
    shot(p, "hostile-document", full=True)
    assert watch.errors == []
