from __future__ import annotations

import pytest

from kordon import process
from kordon.entities import find_countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Die türkische Polizei hat Heroin sichergestellt.", ["TR"]),
        ("на таджикско-афганской границе", ["TJ", "AF"]),
        ("пресс-служба Погранвойск ГКНБ РТ", ["TJ"]),
        ("Zusammenarbeit Kasachstans mit China", ["KZ", "CN"]),
        ("meeting with the Kazakh and Kyrgyz delegations in the Republic of Uzbekistan", ["KZ", "KG", "UZ"]),
        ("The turkey was roasted and we crossed the river of china plates.", []),
        ("Central Asia and the Balkans", []),
    ],
)
def test_find_countries(text: str, countries: list[str]) -> None:
    found = find_countries(text)
    assert [iso for _, iso in found] == countries
    for span, _ in found:
        assert text[span.start : span.end].strip()


def test_countries_are_entities_with_evidence() -> None:
    doc = process("MINSK, 24 November (BelTA) – Belarus and China agreed to cooperate.")
    assert {e.country for e in doc.entities} == {"BY", "CN"}
    for m in doc.mentions:
        assert m.component == "countries" and doc.text[m.span.start : m.span.end] == m.surface
