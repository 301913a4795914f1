"""The built dashboard (src/kordon/static, built from web/ by `make web`) is complete, offline
and free of the constructs the Content-Security-Policy forbids; no browser needed."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "src" / "kordon" / "static"
WEB = ROOT / "web"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts.append(data)


@pytest.fixture(scope="module")
def index() -> _Tags:
    parser = _Tags()
    parser.feed((STATIC / "index.html").read_text(encoding="utf-8"))
    return parser


def test_the_built_files_are_there() -> None:
    for name in ("index.html", "app.js", "app.css", "countries-110m.json", "favicon.svg", "THIRD-PARTY.txt"):
        assert (STATIC / name).is_file(), name
    world = json.loads((STATIC / "countries-110m.json").read_text(encoding="utf-8"))
    assert world["type"] == "Topology" and len(world["objects"]["countries"]["geometries"]) > 150
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"static/*"' in pyproject  # shipped in the wheel


def test_index_is_utf8_with_only_local_assets_and_no_inline_code(index: _Tags) -> None:
    metas = [a for t, a in index.tags if t == "meta"]
    assert any((a.get("charset") or "").lower() == "utf-8" for a in metas)
    assert any(a.get("name") == "viewport" for a in metas)
    assert index.inline_scripts == []
    for tag, attrs in index.tags:
        assert "style" not in attrs, tag
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not re.match(r"^(?:[a-z]+:)?//", value, re.I) or value.startswith("/api/"), value
    assert ("script", {"src": "app.js", "defer": None}) in index.tags


def test_script_has_no_html_sinks_eval_or_remote_urls() -> None:
    bundle = (STATIC / "app.js").read_text(encoding="utf-8")
    for forbidden in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert forbidden not in bundle, forbidden
    urls = set(re.findall(r"https?://[\w./-]+", bundle + (STATIC / "app.css").read_text(encoding="utf-8")))
    assert urls <= {"http://www.w3.org/2000/svg"}, urls  # the SVG namespace, not a fetch


@pytest.mark.skipif(not (WEB / "src").is_dir(), reason="no web/ source beside the package")
def test_source_never_writes_markup() -> None:
    for path in (WEB / "src").rglob("*.ts"):
        code = re.sub(r"//.*", "", path.read_text(encoding="utf-8"))
        for forbidden in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ):
            assert forbidden not in code, (path.name, forbidden)
