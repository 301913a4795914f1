from __future__ import annotations

from kordon import process


def _events(text: str) -> dict[str, dict]:  # type: ignore[type-arg]
    doc = process(text)
    return {e.type: e for e in doc.events}  # type: ignore[misc]


def test_seizure_with_goods_date_route_and_evidence() -> None:
    text = (
        "Baku, 4 October 2022 – On October 2, border guards of the State Border Service found "
        "13 kg 90 grams of heroin smuggled from Iran to Azerbaijan near the village of Bala Bahmanli."
    )
    doc = process(text)
    (seizure,) = [e for e in doc.events if e.type == "seizure"]
    assert seizure.date_start == "2022-10-02"
    assert seizure.country == "AZ"
    assert seizure.route == {"from": "IR", "to": "AZ"}
    assert seizure.goods == [
        {"category": "drug", "substance": "heroin", "value": 13.09, "unit": "kg", "qualifier": "exact"}
    ]
    assert {"country": "AZ", "kind": "border_service"} in seizure.actors
    assert seizure.plover == {"event_type": "COERCE", "mode": "seize", "context": "crime"}
    assert doc.text[seizure.trigger.start : seizure.trigger.end] == "found"


def test_range_and_results_of_an_operation() -> None:
    events = _events(
        "The operation took place from May 18 to May 23. Police seized 350 kilograms of marijuana "
        "and detained 405 people."
    )
    assert (events["operation"].date_start, events["operation"].date_end) == ("XXXX-05-18", "XXXX-05-23")
    assert events["seizure"].date_start == "XXXX-05-18"
    assert events["arrest"].quantities[0]["value"] == 405


def test_duration_ends_a_training_and_status() -> None:
    events = _events(
        "KARAGANDA, Kazakhstan, 3 November 2014 – A four-day regional seminar for law enforcement "
        "officers began today in Karaganda."
    )
    training = events["training"]
    assert (training.date_start, training.date_end, training.status) == (
        "2014-11-03",
        "2014-11-06",
        "ongoing",
    )


def test_planned_meeting_and_relative_weekday() -> None:
    events = _events(
        "Aktualisiert 16.03.2006 08:25\n\nDie Minister werden sich am nächsten Treffen in Bischkek "
        "beraten. Am Mittwoch wurde ein Lastwagen mit 64 Kilogramm Heroin entdeckt."
    )
    assert events["meeting"].status == "planned"
    assert events["seizure"].date_start == "2006-03-15"


def test_no_year_is_invented_without_a_publication_date() -> None:
    events = _events("Ночью 15 декабря пограничники изъяли более 17 кг героина.")
    assert events["seizure"].date_start == "XXXX-12-15"


def test_day_ranges_in_german_and_russian() -> None:
    de = _events(
        "Die gemeinsame Operation fand vom 21. bis 25. Oktober statt. Dabei wurden 590 Kilogramm Drogen beschlagnahmt."
    )
    assert (de["operation"].date_start, de["operation"].date_end) == ("XXXX-10-21", "XXXX-10-25")
    ru = _events("Конференция прошла 3 и 4 марта 2022 года в Ташкенте.")
    assert (ru["conference"].date_start, ru["conference"].date_end) == ("2022-03-03", "2022-03-04")
    assert ru["conference"].country == "UZ" and ru["conference"].place == "Tashkent"


def test_periods_and_years() -> None:
    events = _events("Напомним, только за 9 мес. 2024 года таможенниками изъято более 16,5 тонн наркотиков.")
    seizure = events["seizure"]
    assert (seizure.date_start, seizure.date_end) == ("2024-01", "2024-09")
    assert seizure.goods[0]["value"] == 16500 and seizure.goods[0]["qualifier"] == "more_than"
