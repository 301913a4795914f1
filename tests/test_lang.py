from __future__ import annotations

import pytest

from kordon import process
from kordon.lang import detect

SAMPLES = {
    "ru": "Пограничники Таджикистана задержали на границе с Афганистаном группу наркокурьеров.",
    "de": "Die Grenzpolizei hat an der Grenze zu Afghanistan eine Gruppe von Drogenkurieren festgenommen.",
    "en": "Border guards detained a group of drug couriers on the border with Afghanistan on Monday.",
    "kk": "Қазақстан мен Қырғызстан шекарасында есірткі тасымалдаушылар ұсталды, деп хабарлады ведомство.",
    "uz": "Chegara qoʻshinlari Afgʻoniston bilan chegarada giyohvand moddalar bilan birga ikki kishini "
    "qoʻlga oldi va ular haqida jinoyat ishi qoʻzgʻatildi.",
    "tg": "Нерӯҳои сарҳадии Тоҷикистон дар марз бо Афғонистон ду қочоқчии маводи мухаддирро боздошт карданд.",
    "tr": "Türk polisi İstanbul'da düzenlenen operasyonda yüz kilogram eroin ele geçirdi ve beş kişiyi gözaltına aldı.",
    "az": "Azərbaycan Dövlət Sərhəd Xidməti İran sərhədində narkotik vasitələrin qaçaqmalçılığının qarşısını alıb.",
    "uk": "Прикордонники України затримали на кордоні групу контрабандистів з партією цигарок.",
}


@pytest.mark.parametrize(("code", "text"), list(SAMPLES.items()))
def test_detect(code: str, text: str) -> None:
    found, confidence = detect(text)
    assert found == code
    assert 0 < confidence <= 1


def test_explicit_lang_wins() -> None:
    doc = process(SAMPLES["ru"], lang="kk")
    assert doc.lang == "kk" and doc.lang_component == "input"


def test_no_letters_no_language() -> None:
    assert detect("12 345 — 67") == (None, 0.0)
