from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kordon.dates import date_line, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("24. November", "XXXX-11-24"),
        ("3 November 2014", "2014-11-03"),
        ("5 марта", "XXXX-03-05"),
        ("Nov 3", "XXXX-11-03"),
        ("November 3, 2014", "2014-11-03"),
        ("5 октября, 2011", "2011-10-05"),
        ("12.05.20", "2020-05-12"),
        ("20.11.23", "2023-11-20"),
        ("2024-01-09", "2024-01-09"),
        ("2024-01-09T10:05:00+05:00", "2024-01-09"),
        ("26 марта 2012 г.", "2012-03-26"),
        ("3. Oktober 2025", "2025-10-03"),
        ("14 мая", "XXXX-05-14"),
        ("1 Jänner 2024", "2024-01-01"),
        ("в марте 2022 года", "2022-03"),
        ("7-го октября", "XXXX-10-07"),
    ],
)
def test_parse_date(text: str, edtf: str) -> None:
    found = find_dates(text)
    assert [d.value.edtf for d in found] == [edtf]


def test_precision_and_span() -> None:
    text = "Die Sitzung fand am 23. Mai 2025 in Baku statt."
    (found,) = find_dates(text)
    assert found.value.precision == "day"
    assert text[found.span.start : found.span.end] == "23. Mai 2025"


def test_no_year_is_never_invented() -> None:
    assert parse_date("24. November").edtf.startswith("XXXX")  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["31.02.2020", "45 марта", "13.13.2013", "page 12", "1540"])
def test_invalid_or_non_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("line", "edtf"),
    [
        ("09 April 2021, 14:20", "2021-04-09"),
        ("Aktualisiert 16.03.2006 08:25", "2006-03-16"),
        ("4 October 2022 16:47 (UTC+04:00)", "2022-10-04"),
        ("понедельник, 26 марта 2012 г.", "2012-03-26"),
        ("flag Samstag, 18 Mai 2024", "2024-05-18"),
        ("24 октября 2024 г. 14:02", "2024-10-24"),
    ],
)
def test_date_lines(line: str, edtf: str) -> None:
    found = date_line(line)
    assert found is not None and found.value.edtf == edtf


@pytest.mark.parametrize(
    "line",
    ["Am 23. Mai 2025 trafen sich die Minister in Baku.", "On March 20, at 11:36 p.m., the guards"],
)
def test_sentences_are_not_date_lines(line: str) -> None:
    assert date_line(line) is None


@given(st.text(max_size=200))
def test_find_dates_never_fails_and_spans_are_in_range(text: str) -> None:
    for d in find_dates(text):
        assert 0 <= d.span.start < d.span.end <= len(text)
        year, month = d.value.edtf.split("-")[:2]
        assert year == "XXXX" or year.isdigit()
        assert 1 <= int(month) <= 12
