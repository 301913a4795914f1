"""The knowledge base: loads the data files under ``kordon/data`` lazily, once per process.

Stages ask this module; no stage hard-codes an entry. ``kb`` never imports a stage.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .errors import ConfigError


def data_path(name: str) -> Any:
    """A traversable for a file under ``kordon/data``."""
    return resources.files("kordon").joinpath("data", name)


@cache
def load_json(name: str) -> Any:
    """Parse a JSON data file (cached)."""
    try:
        return json.loads(data_path(name).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"knowledge-base file missing: data/{name}") from exc


def load_jsonl_gz(name: str) -> list[dict[str, Any]]:
    path = data_path(name)
    try:
        with path.open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    except FileNotFoundError as exc:
        raise ConfigError(f"knowledge-base file missing: data/{name}") from exc


def key(text: str) -> str:
    """Lookup key: case-folded, accents and quotes stripped, spaces and dashes collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("ё", "е").replace("Ё", "Е"))
    text = "".join(c for c in text if not unicodedata.combining(c) or c in "\u0306")
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[«»\"“”„'’`ʼ]", "", text)
    text = re.sub(r"[\s\-‐–—]+", " ", text)
    return text.strip(" .,")


@dataclass(slots=True)
class Place:
    """A named place with its English exonym, country and coordinates."""

    id: str
    name: str
    country: str
    lat: float | None
    lon: float | None
    kind: str = "city"
    population: int = 0
    aliases: list[str] = field(default_factory=list)


@cache
def places() -> dict[str, list[Place]]:
    """Places by lookup key of every alias, most populous first."""
    index: dict[str, list[Place]] = {}
    for row in load_jsonl_gz("places.jsonl.gz"):
        place = Place(
            id=row["id"],
            name=row["name"],
            country=row["country"],
            lat=row.get("lat"),
            lon=row.get("lon"),
            kind=row.get("kind", "city"),
            population=int(row.get("population") or 0),
            aliases=row.get("aliases", []),
        )
        for alias in {row["name"], *place.aliases}:
            index.setdefault(key(alias), []).append(place)
    for candidates in index.values():
        candidates.sort(key=lambda p: (p.kind not in ("city", "capital"), -p.population))
    return index


def find_place(name: str) -> Place | None:
    """The best-known place called ``name`` (any alias, any script), else ``None``."""
    candidates = places().get(key(name))
    return candidates[0] if candidates else None


@dataclass(slots=True)
class NewsAgency:
    id: str
    name: str
    country: str | None
    aliases: list[str]


@cache
def _agencies() -> tuple[dict[str, NewsAgency], frozenset[str]]:
    data = load_json("news_agencies.json")
    index: dict[str, NewsAgency] = {}
    for row in data["agencies"]:
        agency = NewsAgency(row.get("id", row["name"]), row["name"], row.get("country"), row["aliases"])
        for alias in {row["name"], *row["aliases"]}:
            index.setdefault(key(alias), agency)
    aggregators = frozenset(
        key(a["marker"] if isinstance(a, dict) else a) for a in data.get("aggregators", [])
    )
    return index, aggregators


def find_news_agency(name: str) -> NewsAgency | None:
    """A news agency by any of its names (``БелТА`` -> BelTA), else ``None``."""
    return _agencies()[0].get(key(name))


def is_aggregator(name: str) -> bool:
    """Whether ``name`` marks a syndication aggregator (``MENAFN``), not an agency."""
    return key(name) in _agencies()[1]


@cache
def _countries() -> dict[str, str]:
    """Country names (several languages) -> ISO2."""
    index: dict[str, str] = {}
    try:
        data = load_json("countries.json")
    except ConfigError:
        data = None
    if data:
        for row in data["countries"]:
            forms = [row["name"]]
            for names in row.get("names", {}).values():
                forms.extend(names)
            for form in forms:
                index.setdefault(key(form), row["iso2"])
        return index
    from babel import Locale  # fallback until the countries file exists

    for code in ("en", "de", "ru"):
        for iso, name in Locale.parse(code).territories.items():
            if len(iso) == 2 and iso.isalpha():
                index.setdefault(key(name), iso)
    return index


def find_country(name: str) -> str | None:
    """ISO2 of a country named ``name`` in any covered language, else ``None``."""
    return _countries().get(key(name))
