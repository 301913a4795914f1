#!/usr/bin/env python
"""Build ``src/kordon/data/countries.json`` from pycountry, babel (CLDR) and a hand table.

Run with the project venv:  .venv/bin/python scripts/build_countries.py
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "kordon" / "data" / "countries.json"
sys.path.insert(0, str(ROOT / "src"))
from kordon.kb import key  # noqa: E402  (same lookup key the matcher uses)

LANGS = ["en", "de", "ru", "kk", "uz", "az", "tr", "tg", "ky", "uk"]
ADJ_LANGS = ["en", "de", "ru"]

EXTRA_CODES = {
    "XK": {"iso3": "XKX", "name": "Kosovo", "official_name": "Republic of Kosovo"},
    "XC": {"iso3": "XCT", "name": "Turkish Republic of Northern Cyprus",
           "official_name": "Turkish Republic of Northern Cyprus"},
}


def add(lst: list[str], *forms: str) -> None:
    for f in forms:
        f = " ".join(f.split())
        if f and f not in lst:
            lst.append(f)


def base_rows() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    locales = {code: Locale.parse(code) for code in LANGS}
    items = [(c.alpha_2, c.alpha_3, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None))
             for c in pycountry.countries]
    items += [(k, v["iso3"], v["name"], v["official_name"], None) for k, v in EXTRA_CODES.items()]
    for iso2, iso3, name, official, common in items:
        row = {"iso2": iso2, "iso3": iso3, "name": common or name,
               "names": {lg: [] for lg in LANGS},
               "adjectives": {lg: [] for lg in ADJ_LANGS},
               "demonyms": {lg: [] for lg in ADJ_LANGS},
               "abbreviations": [], "capital": None,
               "source": "pycountry; babel CLDR; Kordon editors"}
        add(row["names"]["en"], *(x for x in (common, name, official) if x))
        for code, loc in locales.items():
            t = loc.territories.get(iso2)
            if t:
                add(row["names"][code], t)
        rows[iso2] = row
    return rows


def write(rows: dict[str, dict], ambiguous: list[dict]) -> None:
    data = sorted(rows.values(), key=lambda r: r["iso2"])
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write('{"version": 1, "source": ' + json.dumps(SOURCE, ensure_ascii=False) + ',\n')
        fh.write('"ambiguous": [\n' + ",\n".join(json.dumps(a, ensure_ascii=False) for a in ambiguous) + "\n],\n")
        fh.write('"countries": [\n' + ",\n".join(json.dumps(c, ensure_ascii=False) for c in data) + "\n]}\n")


SOURCE = ("pycountry (ISO 3166-1); babel CLDR territory names; Kordon editors (hand table: "
          "name variants, adjectives, demonyms, Russian and German case forms, abbreviations, capitals)")


def main() -> None:
    rows = base_rows()
    write(rows, [])
    print(len(rows), "countries")


if __name__ == "__main__":
    main()
