from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kordon import process
from kordon.clean import clean_html, clean_text

NAV_PAGE = """Главная
Новости
Все новости
flag Суббота, 18 мая 2024
Общество

Пограничники задержали партию гашиша на границе

Душанбе, 12 апреля, «Ховар». Пограничники изъяли 14 килограммов гашиша у жителя Хатлонской области.
По данным ведомства, задержанный пытался пересечь границу вне пункта пропуска.



Поделиться
Подписывайтесь на наш Telegram-канал
[Источник](#)
"""


def _roundtrip(raw: str) -> None:
    cleaned = clean_text(raw)
    for seg in cleaned.segments:
        assert (
            raw[seg.raw_start : seg.raw_start + seg.length]
            == cleaned.text[seg.start : seg.start + seg.length]
        )


def test_navigation_share_subscribe_and_crawl_date_are_dropped() -> None:
    cleaned = clean_text(NAV_PAGE)
    assert cleaned.text.startswith("Пограничники задержали партию гашиша на границе\n\nДушанбе")
    for furniture in ("Главная", "Все новости", "Суббота", "Поделиться", "Подписывайтесь", "Источник"):
        assert furniture not in cleaned.text
    assert "\n\n\n" not in cleaned.text
    assert cleaned.title == "Пограничники задержали партию гашиша на границе"
    _roundtrip(NAV_PAGE)


def test_date_line_under_title_is_kept_but_crawl_date_in_menu_is_not() -> None:
    raw = (
        "Projekte\nStaatsorgane\nflag Samstag, 18 Mai 2024\nAlle Nachrichten\nGesellschaft\n"
        "09 April 2025, 14:20\n\nMinister trifft Botschafter\n\n"
        "MINSK, 9. April (BelTA) – Der Innenminister hat sich mit dem Botschafter Chinas getroffen."
    )
    cleaned = clean_text(raw)
    assert "18 Mai 2024" not in cleaned.text
    assert cleaned.text.startswith("09 April 2025, 14:20")


def test_body_printed_twice_is_kept_once() -> None:
    body = (
        "Title of the story\n\nThe border service seized 12 kg of heroin near the village.\n"
        "Two men were detained and a criminal case was opened.\n"
    )
    cleaned = clean_text(body + "\n" + body)
    assert cleaned.text.count("seized 12 kg") == 1
    assert cleaned.text.count("Title of the story") == 1
    _roundtrip(body + "\n" + body)


def test_repeated_paragraph_and_truncated_teaser() -> None:
    para = "Kabul (APA/dpa) - Die Polizei hat riesige Mengen eines Stoffs zur Heroinproduktion beschlagnahmt."
    raw = f"Kabul (APA/dpa) - Die Polizei hat riesige Mengen eines St...\n{para}\nMehr Text hier.\n{para}"
    cleaned = clean_text(raw)
    assert cleaned.text.count("riesige Mengen") == 1
    assert "..." not in cleaned.text


def test_inline_empty_markdown_link_removed_with_offsets() -> None:
    raw = "Сотрудники таможни изъяли 5 кг кокаина [Источник](#) в аэропорту Шереметьево."
    cleaned = clean_text(raw)
    assert "[Источник]" not in cleaned.text
    assert "в аэропорту" in cleaned.text
    _roundtrip(raw)


def test_offsets_map_back_to_the_original() -> None:
    doc = process(NAV_PAGE)
    pos = doc.text.index("14 килограммов")
    raw_pos = doc.to_raw(pos)
    assert raw_pos is not None
    assert NAV_PAGE[raw_pos : raw_pos + 14] == "14 килограммов"


def test_html_uses_trafilatura_with_metadata() -> None:
    html = """<html><head><title>Seizure at Panj | Border News</title>
<meta property="og:site_name" content="Border News">
<meta property="article:published_time" content="2025-03-04T10:00:00+05:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Seizure at Panj</h1>
<p>DUSHANBE, 4 March (Khovar) – Tajik border guards seized 40 kg of hashish at the Panj crossing on the border with Afghanistan, the service said.</p>
<p>Three suspects were detained during the operation, which lasted two days, and a criminal case was opened.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""
    cleaned, meta = clean_html(html)
    assert "Tajik border guards seized 40 kg" in cleaned.text
    assert "Subscribe" not in cleaned.text
    assert meta.get("date") == "2025-03-04"
    assert meta.get("sitename") == "Border News"
    pos = cleaned.text.index("Tajik border guards")
    seg = next(s for s in cleaned.segments if s.start <= pos < s.start + s.length)
    assert html[seg.raw_start + pos - seg.start :].startswith("Tajik border guards")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_clean_text_segments_always_point_into_the_original(raw: str) -> None:
    _roundtrip(raw)


def test_weekday_date_at_the_end_of_a_menu_is_a_crawl_date() -> None:
    raw = (
        "Startseite\nAlle Nachrichten\nBlaulicht\nSamstag, 16 Mai 2026\n\n\n\n"
        "Zoll entdeckt Zigaretten in Kleinbus\n\nGÖRLITZ (ots) - Beamte des Hauptzollamts haben "
        "24.000 unversteuerte Zigaretten in einem Kleinbus entdeckt."
    )
    cleaned = clean_text(raw)
    assert "2026" not in cleaned.text
    assert cleaned.text.startswith("Zoll entdeckt Zigaretten")


def test_a_page_without_article_text_is_an_input_error_naming_it() -> None:
    import pytest

    from kordon.document import Document
    from kordon.errors import InputError
    from kordon.pipeline import get

    clean = get("clean")()
    page = "<html><body><nav><a href='/'>Главная</a></nav><script>var x = 1;</script></body></html>"
    with pytest.raises(InputError, match=r"^news/17\.html: no article text in the page"):
        clean(Document(id="p", source="news/17.html", raw=page, format="html"))
    with pytest.raises(InputError, match="no article text in the file"):
        clean(Document(id="t", source="numbers.txt", raw="12 345 — 678\n", format="text"))
    kept = clean(Document(id="k", source="k.txt", raw="Задержан 1 человек.", format="text"))
    assert kept.text == "Задержан 1 человек."
