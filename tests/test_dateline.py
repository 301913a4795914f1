from __future__ import annotations

import pytest

from kordon import process
from kordon.dateline import find_dateline, parse_dateline
from kordon.document import DateValue


@pytest.mark.parametrize(
    ("line", "place", "country", "agency", "date"),
    [
        ("MINSK, 24. November (BelTA) – Der Generalsekretär erklärte", "Minsk", "BY", "BelTA", "XXXX-11-24"),
        ("Baku, 24. Mai, AZERTAC", "Baku", "AZ", "AZERTAC", "XXXX-05-24"),
        (
            "KARAGANDA, Kazakhstan, 3 November 2014 – A four-day seminar",
            "Karaganda",
            "KZ",
            None,
            "2014-11-03",
        ),
        ("МОСКВА, 5 марта. /ТАСС/. Таможенники изъяли", "Moscow", "RU", "TASS", "XXXX-03-05"),
        ("ALMATY, Nov 3 (Reuters) - Police seized", "Almaty", "KZ", "Reuters", "XXXX-11-03"),
        ("Москва, 5 октября, 2011, 17:49 — ИА Регнум. 7-го октября", "Moscow", "RU", "Regnum", "2011-10-05"),
        ("Kabul (APA/dpa) - Die afghanische Polizei", "Kabul", "AF", "APA/dpa", None),
        ("Baku/12.05.20/Turan: Over the past three days", "Baku", "AZ", "Turan", "2020-05-12"),
        ("Душанбе, 12 апреля, «Ховар». Пограничники", "Dushanbe", "TJ", "Khovar", "XXXX-04-12"),
        ("АСТАНА. 14 мая. KAZINFORM - Министр", "Astana", "KZ", "Kazinform", "XXXX-05-14"),
        ("TASHKENT, Uzbekistan, March 5 (UzDaily) - The", "Tashkent", "UZ", None, "XXXX-03-05"),
        ("Bischkek (dpa) - Die kirgisische Polizei", "Bishkek", "KG", "dpa", None),
    ],
)
def test_dateline_forms(line: str, place: str, country: str, agency: str | None, date: str | None) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert (found.place, found.country) == (place, country)
    if agency:
        assert found.agency == agency
    assert (found.date.edtf if found.date else None) == date
    assert line[found.place_span.start : found.place_span.end].casefold().startswith(line[:3].casefold())  # type: ignore[union-attr]


def test_aggregator_marker_gives_agency_only() -> None:
    found = parse_dateline("(MENAFN- AzerNews)")
    assert found is not None and found.place is None and found.agency == "AzerNews"


@pytest.mark.parametrize(
    "line",
    [
        "Die türkische Polizei hat bei einer Drogenrazzia 472 Kilogramm Heroin sichergestellt.",
        "On March 20, at 11:36 p.m., as a result of the vigilance of the border guard",
        "Innenminister der Turkstaaten treffen sich in Baku",
        "Azernews reports, citing the agency.",
        "Kazakhstan, Kyrgyzstan – and Tajikistan agreed to cooperate.",
        "4 October 2022 16:47 (UTC+04:00)",
    ],
)
def test_sentences_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_dateline_found_below_a_title() -> None:
    text = "Пограничники задержали курьера\n\nДушанбе, 12 апреля, «Ховар». Пограничники изъяли 14 кг."
    found = find_dateline(text)
    assert found is not None and found.place == "Dushanbe"
    assert text[found.span.start : found.span.end].startswith("Душанбе")


def test_published_from_date_line_completes_a_yearless_dateline() -> None:
    doc = process(
        "09 April 2021, 14:20\n\nTitel\n\nMINSK, 9. April (BelTA) – Innenminister Iwan Kubrakow "
        "hat sich am 8. April mit dem Botschafter Chinas getroffen."
    )
    assert doc.published is not None and doc.published.edtf == "2021-04-09"


def test_yearless_dateline_stays_yearless_despite_dates_in_the_body() -> None:
    doc = process("Baku, 24. Mai, AZERTAC\nDas Treffen fand am 23. Mai 2025 in Baku statt.")
    assert doc.published is not None
    assert doc.published.edtf == "XXXX-05-24" and doc.published.precision == "day"


def test_date_at_the_end_is_the_publication_date() -> None:
    doc = process(
        "Таможенная служба ликвидировала нарколабораторию в Подмосковье. " * 3
        + "\nФото: пресс-служба ФТС\n24 октября 2024 г. 14:02"
    )
    assert doc.published is not None and doc.published.edtf == "2024-10-24"


def test_no_date_no_published() -> None:
    doc = process("Die türkische Polizei hat am Donnerstag 472 Kilogramm Heroin sichergestellt.")
    assert doc.published is None and doc.dateline is None


@pytest.mark.parametrize(
    "line", ["понедельник, 26 марта 2012 г.", "Monday, 3 November 2025 – talks", "Samstag, 18 Mai 2024"]
)
def test_weekday_date_lines_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_unknown_agency_in_slashes_or_last_after_a_date() -> None:
    found = parse_dateline("Бишкек, 15 января /Кабарчик/. В Бишкеке начался семинар")
    assert found is not None and found.agency == "Кабарчик"
    assert parse_dateline("Moscow, 5 March, Ivanov said that") is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("БИШКЕК, 3 фев — 24.kg. Октябрьский районный суд", "24.kg"),
        ("АСТАНА, 12 марта – Kazinform – Министр", "Kazinform"),
    ],
)
def test_agency_after_the_dash(line: str, agency: str) -> None:
    found = parse_dateline(line)
    assert found is not None and found.agency == agency


def test_a_given_month_or_year_keeps_its_precision() -> None:
    from kordon.dateline import _from_iso

    assert _from_iso("2025-11") == DateValue("2025-11", "month", component="input")
    assert _from_iso("2025") == DateValue("2025", "year", component="input")
    assert _from_iso("2025-13") is None
    assert _from_iso("2025-11-24").edtf == "2025-11-24"  # type: ignore[union-attr]
