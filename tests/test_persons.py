from __future__ import annotations

import pytest

from kordon import process


def _persons(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = process(text)
    return {e.canonical: (e.role, e.affiliation) for e in doc.entities if e.type == "person"}


def test_role_before_the_name_and_organisation_affiliation() -> None:
    people = _persons(
        "MINSK (BelTA) – Der Generalsekretär der OVKS Imangali Tasmagambetow sprach mit Journalisten."
    )
    assert people == {"Imangali Tasmagambetow": ("secretary general", "CSTO")}


def test_appositions_in_a_list_take_their_own_roles_and_countries() -> None:
    people = _persons(
        "Am Treffen nahmen Ali Yerlikaya, Innenminister der Republik Türkiye, und Aziz Tashpulatov, "
        "Innenminister der Republik Usbekistan, teil."
    )
    assert people == {
        "Ali Yerlikaya": ("interior minister", "TR"),
        "Aziz Tashpulatov": ("interior minister", "UZ"),
    }


def test_oblique_given_names_are_read_as_men_first() -> None:
    people = _persons("По словам заместителя министра внутренних дел Ерлана Тажибаева, граница укреплена.")
    assert list(people) == ["Yerlan Tazhibayev"]


def test_russian_names_are_put_in_the_nominative_and_romanised() -> None:
    people = _persons(
        "Генеральный секретарь ОДКБ Николай Бордюжа встретился с генеральным секретарем ОБСЕ "
        "Ламберто Занньером. Бордюжа сообщил об итогах встречи."
    )
    assert set(people) == {"Nikolay Bordyuzha", "Lamberto Zannyer"}
    assert people["Nikolay Bordyuzha"] == ("secretary general", "CSTO")


def test_one_person_across_scripts_and_spellings() -> None:
    doc = process(
        "Innenminister Iwan Kubrakow traf den Botschafter. Kubrakow sagte, Iwan Kubrakow werde reisen."
    )
    (person,) = [e for e in doc.entities if e.type == "person"]
    assert len([m for m in doc.mentions if m.entity_id == person.id]) == 3
    ru = process("Министр внутренних дел Иван Кубраков провел встречу.")
    (other,) = [e for e in ru.entities if e.type == "person"]
    assert other.id == person.id  # Kubrakow = Kubrakov = Кубраков: one key


@pytest.mark.parametrize(
    "text",
    [
        "By Vugar Khalilov\n\nThe border guards seized 12 kg of heroin.",
        "Trucks crossed at the Nur Zholy checkpoint near Khorgos, Kazakhstan.",
        "Die Polizei Kabul meldete am Montag einen Fund.",
        "Experts from the Asia Pacific region met in Almaty.",
    ],
)
def test_bylines_places_and_common_words_are_not_persons(text: str) -> None:
    assert _persons(text) == {}
