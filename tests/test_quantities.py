from __future__ import annotations

import pytest

from kordon.quantities import find_amounts, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("24.000", 24000),
        ("8,010", 8010),
        ("1,5", 1.5),
        ("13.3", 13.3),
        ("1 300", 1300),
        ("15,9", 15.9),
        ("1.270", 1270),
        ("0.5", 0.5),
        ("10.500.000", 10500000),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Более 38 килограмм наркотиков", [(38, "kg", "more_than", "drugs")]),
        ("13 kg 90 grams of heroin", [(13.09, "kg", "exact", "heroin")]),
        ("89 kg, 940 grams of marijuana", [(89.94, "kg", "exact", "marijuana")]),
        ("1,5 тонны прекурсора", [(1500, "kg", "exact", "precursors")]),
        ("rund 60 Kilogramm Heroin", [(60, "kg", "approx", "heroin")]),
        ("8,010 pills of the powerful drug Methadone", [(8010, "tablet", "exact", "methadone")]),
        ("19,6 Millionen Captagon-Tabletten", [(19600000, "tablet", "exact", "captagon")]),
        (
            "34 firearms and more than 1,300 rounds",
            [(34, "item", "exact", "firearms"), (1300, "item", "more_than", "cartridges")],
        ),
        ("20.000 Liter Acetanhydrid", [(20000, "l", "exact", "acetic anhydride")]),
        ("some 60 officers", [(60, "person", "approx", None)]),
        ("24.000 Personen", [(24000, "person", "exact", None)]),
        ("7-8 человек", [(8, "person", "approx", None)]),
        ("636 drug-related crimes", [(636, "case", "exact", None)]),
        ("10,5 Millionen Dollar", [(10500000, "USD", "exact", None)]),
        ("более 1 млрд рублей", [(1000000000, "RUB", "more_than", None)]),
        ("drei Menschen", [(3, "person", "exact", None)]),
    ],
)
def test_amounts(text: str, expected: list[tuple[float, str, str, str | None]]) -> None:
    got = [(round(a.value, 4), a.unit, a.qualifier, a.substance) for a in find_amounts(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "39-летнего гражданина",
        "90 Prozent",
        "в 2023 году",
        "Резолюции 1540",
        "a four-day seminar",
        "am 23. Mai 2025",
        "1.350 Kilometer lange Grenze",
        "at 11:36 p.m.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_amounts(text) == []


def test_spans_cover_the_amount() -> None:
    text = "Border guards seized more than 17 kg of heroin."
    (a,) = find_amounts(text)
    assert text[a.span.start : a.span.end] == "more than 17 kg of heroin"


def test_goods_prefilter_keeps_every_good_a_pattern_finds() -> None:
    """The substring test that spares most regex searches never drops a good whose pattern
    matches: every form of every good, with its wildcards filled and in any case, passes it."""
    from kordon.kb import load_json
    from kordon.quantities import _grammar, _named

    goods = _grammar().goods
    checked = 0
    for entry, (pattern, substance, _) in zip(load_json("goods.json")["goods"], goods, strict=True):
        assert substance == entry["substance"]
        for form in (f for forms in entry["forms"].values() for f in forms):
            words = [
                ("Groß" if w.startswith("*") else "") + w.strip("*") + ("ами" if w.endswith("*") else "")
                for w in form.split()
            ]
            for written in (" ".join(words), " ".join(words).upper(), " ".join(words).title()):
                text = f"seized 12 {written}, the police said"
                assert pattern.search(text), (form, written)
                assert any(p is pattern for p, _, _ in _named(text)), (form, written)
                checked += 1
    assert checked > 400
