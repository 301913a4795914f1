"""Transliteration of Cyrillic given names into the spellings English and German news use."""

VOW = set("аеёиоуыэюяіїєәөұүӯ")

BASE = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "з": "z",
    "и": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "ы": "y",
    "э": "e",
    "ъ": "",
    "ь": "",
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
    "ӣ": "i",
    "ӯ": "u",
    "ҳ": "h",
    "ҷ": "j",
}

EN = dict(
    BASE,
    **{
        "ж": "zh",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ю": "yu",
        "я": "ya",
        "ё": "yo",
        "е": "e",
        "й": "y",
    },
)
DE = dict(
    BASE,
    **{
        "в": "w",
        "ж": "sch",
        "з": "s",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "ю": "ju",
        "я": "ja",
        "ё": "jo",
        "е": "e",
        "й": "i",
        "ы": "y",
    },
)


def _core(
    word: str, table: dict, *, german: bool, ye: str, iy_end: str, ey_end: str, ks: str, soft_ia: bool
) -> str:
    w = word.lower()
    out = []
    i = 0
    n = len(w)
    while i < n:
        ch = w[i]
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < n else ""
        # endings
        rest = w[i:]
        if rest == "ий" and i > 0:
            out.append(iy_end)
            break
        if rest == "ый" and i > 0:
            out.append("y" if not german else "y")
            break
        if ch == "й" and i == n - 1:
            out.append(ey_end)
            i += 1
            continue
        if ch == "к" and nxt == "с" and ks:
            out.append(ks)
            i += 2
            continue
        if ch == "е":
            if not prev or prev in VOW or prev in "ъь-":
                out.append(ye)
            else:
                out.append("e")
            i += 1
            continue
        if ch == "ё":
            if german and prev in "жшчщ":
                out.append("o")
            elif not german and prev in "жшчщ":
                out.append("o")
            else:
                out.append("jo" if german else "yo")
            i += 1
            continue
        if ch == "ь" and nxt in ("я", "ю", "е", "и", "ё") and nxt:
            # Наталья, Ильич: the soft sign before a vowel
            if nxt == "я" and soft_ia:
                out.append("i")
                out.append("a")
                i += 2
                continue
            if nxt == "е":
                out.append("je" if german else "ye")
                i += 2
                continue
            if nxt == "и":
                out.append("ji" if german else "yi")
                i += 2
                continue
            i += 1
            continue
        if ch == "и" and nxt == "я" and soft_ia:
            out.append("ia")
            i += 2
            continue
        if german and ch == "с" and prev in VOW and nxt in VOW and prev and nxt:
            out.append("ss")
            i += 1
            continue
        if ch == "-":
            out.append("-")
            i += 1
            continue
        out.append(table.get(ch, ch))
        i += 1
    s = "".join(out)
    # capitalise each hyphen part
    return "-".join(p[:1].upper() + p[1:] for p in s.split("-"))


def variants(word: str, ukrainian: bool = False) -> list[str]:
    """Spellings of a Cyrillic given name in English, German and scholarly romanisation."""
    v = []
    # BGN/PCGN: Yevgeniy, Sergey, Nikolay, Natalya
    v.append(_core(word, EN, german=False, ye="ye", iy_end="iy", ey_end="y", ks="", soft_ia=False))
    # wire style: Yevgeny, Sergei, Nikolai, Alexei, Natalia
    v.append(_core(word, EN, german=False, ye="ye", iy_end="y", ey_end="i", ks="", soft_ia=False))
    v.append(_core(word, EN, german=False, ye="ye", iy_end="y", ey_end="i", ks="", soft_ia=True))
    # initial E rather than Ye: Evgeny, Elena
    v.append(_core(word, EN, german=False, ye="e", iy_end="y", ey_end="y", ks="", soft_ia=False))
    v.append(_core(word, EN, german=False, ye="e", iy_end="iy", ey_end="i", ks="", soft_ia=True))
    # German (Duden): Jewgeni, Sergei, Nikolai, Natalja
    v.append(_core(word, DE, german=True, ye="je", iy_end="i", ey_end="i", ks="", soft_ia=False))
    # German with j: Jewgenij, Sergej, Nikolaj
    v.append(_core(word, DE, german=True, ye="je", iy_end="ij", ey_end="j", ks="", soft_ia=False))
    # Yuri, Dmitri, Vitali; Evgeni
    v.append(_core(word, EN, german=False, ye="ye", iy_end="i", ey_end="i", ks="", soft_ia=True))
    v.append(_core(word, EN, german=False, ye="e", iy_end="i", ey_end="i", ks="", soft_ia=True))
    if "кс" in word.lower():
        xs = [
            _core(word, EN, german=False, ye="ye", iy_end="y", ey_end="i", ks="x", soft_ia=True),
            _core(word, EN, german=False, ye="ye", iy_end="y", ey_end="y", ks="x", soft_ia=False),
            _core(word, DE, german=True, ye="je", iy_end="i", ey_end="j", ks="x", soft_ia=False),
            _core(word, DE, german=True, ye="je", iy_end="i", ey_end="i", ks="x", soft_ia=False),
        ]
        v.extend(x for x in xs if not x.endswith(("iya", "ija")))
    seen = []
    for x in v:
        if x and x not in seen:
            seen.append(x)
    return seen


def en(word: str) -> str:
    return _core(word, EN, german=False, ye="ye", iy_end="iy", ey_end="y", ks="", soft_ia=False)


def en_e(word: str) -> str:
    return _core(word, EN, german=False, ye="e", iy_end="iy", ey_end="y", ks="", soft_ia=False)


def de(word: str) -> str:
    return _core(word, DE, german=True, ye="je", iy_end="i", ey_end="i", ks="", soft_ia=False)


if __name__ == "__main__":
    for w in [
        "Евгений",
        "Сергей",
        "Николай",
        "Наталья",
        "Александр",
        "Алексей",
        "Юрий",
        "Татьяна",
        "Ержан",
        "Шавкат",
        "Касым-Жомарт",
        "Пётр",
        "Фёдор",
        "Мария",
        "Ольга",
        "Василий",
        "Илья",
        "Дарья",
        "Бахытжан",
        "Зафар",
        "Нурсултан",
        "Артём",
        "Максим",
        "Ксения",
    ]:
        print(w, variants(w))
