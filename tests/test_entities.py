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


@pytest.mark.parametrize(
    ("text", "agencies"),
    [
        ("Die türkische Polizei hat Heroin sichergestellt.", {("TR", "police")}),
        ("Сотрудники МВД Кыргызстана задержали курьера.", {("KG", "interior_ministry")}),
        ("пресс-служба Погранвойск ГКНБ РТ сообщила", {("TJ", "border_service")}),
        ("The State Border Service of Azerbaijan said.", {("AZ", "border_service")}),
        (
            "Officials from the drug control agencies of Afghanistan, Iran and Pakistan met.",
            {("AF", "drug_control"), ("IR", "drug_control"), ("PK", "drug_control")},
        ),
        ("The US Embassy in Kazakhstan co-organised the event.", {("US", "embassy")}),
        (
            "MINSK, 9. April (BelTA) – Der Innenminister dankte der chinesischen Regierung.",
            {("BY", "interior_ministry"), ("CN", "government")},
        ),
    ],
)
def test_agencies_typed_and_bound_to_their_country(text: str, agencies: set[tuple[str, str]]) -> None:
    doc = process(text)
    assert {(e.country, e.id.rsplit(":", 1)[1]) for e in doc.entities if e.type == "agency"} == agencies


def test_a_body_without_a_written_country_takes_the_articles_country() -> None:
    doc = process("Baku, 12 May, Trend. Border guards found 12 kg of heroin on the Iran-Azerbaijan border.")
    assert {(e.country, e.id.rsplit(":", 1)[1]) for e in doc.entities if e.type == "agency"} == {
        ("AZ", "border_service")
    }


def test_year_abbreviation_and_line_breaks_do_not_make_places() -> None:
    doc = process("понедельник, 24 марта 2025 г.\n\nСпециализированный суд Алматы вынес приговор.")
    assert [e.canonical for e in doc.entities if e.type == "place"] == ["Almaty"]
