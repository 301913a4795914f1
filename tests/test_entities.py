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
    assert {e.country for e in doc.entities if e.type == "country"} == {"BY", "CN"}
    for m in doc.mentions:
        assert doc.text[m.span.start : m.span.end] == m.surface
    assert {m.component for m in doc.mentions if m.kind == "country"} == {"countries"}


@pytest.mark.parametrize(
    "text",
    [
        "Генеральный секретарь ОДКБ выступил в Минске.",
        "Der Generalsekretär der OVKS sprach in Minsk.",
        "Die Organisation des Vertrags über kollektive Sicherheit tagte.",
        "The Collective Security Treaty Organization met in Minsk.",
        "The CSTO Secretariat said on Monday.",
    ],
)
def test_one_organisation_in_every_language(text: str) -> None:
    doc = process(text)
    assert [e.id for e in doc.entities if e.type == "organization"] == ["org:CSTO"]


def test_organ_with_its_own_acronym_counts_as_itself() -> None:
    doc = process("Совет РАТС ШОС провел заседание, в нем участвовали делегации стран ШОС.")
    assert {e.id for e in doc.entities if e.type == "organization"} == {"org:SCO_RATS", "org:SCO"}


def test_places_with_exonyms_coordinates_and_countries() -> None:
    doc = process("Переговоры прошли в Вене, а затем в Ташкенте. Далее делегация посетила Душанбе.")
    places = {e.canonical: e for e in doc.entities if e.type == "place"}
    assert set(places) == {"Vienna", "Tashkent", "Dushanbe"}
    assert places["Vienna"].country == "AT" and places["Vienna"].coords is not None


def test_place_inside_a_body_name_and_village_phrase() -> None:
    doc = process(
        "The OSCE Centre in Astana said the village of Qizilqum near Karaganda, Kazakhstan, was searched."
    )
    names = {(e.canonical, e.country) for e in doc.entities if e.type == "place"}
    assert {("Astana", "KZ"), ("Karaganda", "KZ"), ("Qizilqum", "KZ")} <= names


def test_common_words_are_not_places() -> None:
    doc = process(
        "Die Ware sollte nach Großbritannien gebracht werden. Dort wurde sie von der Polizei gefunden."
    )
    assert [e.canonical for e in doc.entities if e.type == "place"] == []
