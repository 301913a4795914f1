"""Romanisation of Cyrillic names and transliteration-independent keys for linking.

``romanize`` follows a simplified BGN/PCGN romanisation, the one English-language wires
use ("Тасмагамбетов" -> "Tasmagambetov", "Бордюжа" -> "Bordyuzha"), with the letters of
Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic. ``skeleton`` folds the differences between
romanisations (English, German, French: Kubrakov ~ Kubrakow, Yerzhan ~ Jerschan) so that one
person written in several scripts and languages gets one key.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
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
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Ukrainian, Belarusian
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ў": "w",
    # Kazakh, Kyrgyz, Tajik, Uzbek, Azerbaijani Cyrillic
    "ә": "a",
    "ғ": "gh",
    "қ": "q",
    "ң": "ng",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "ӣ": "i",
    "ӯ": "u",
    "ҳ": "h",
    "ҷ": "j",
    "ҹ": "j",
    "ҝ": "g",
    "ј": "y",
}
# "е" after a vowel, "ъ", "ь" or at a word start is "ye" (Yevgeny, Yerzhan)
_VOWELS = set("аеёиоуыэюяіїєәөұүӯ")

# pairs that romanisations spell differently, longest first
_SKELETON = [
    ("tsch", "c"),
    ("dsch", "ds"),
    ("dzh", "ds"),
    ("sch", "s"),
    ("zh", "s"),
    ("sh", "s"),
    ("kh", "h"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("ck", "k"),
    ("ph", "f"),
    ("gh", "g"),
    ("w", "v"),
    ("ij", "i"),
    ("iy", "i"),
    ("yi", "i"),
    ("y", "i"),
    ("j", "i"),
    ("ou", "u"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "s"),
]


def romanize(text: str) -> str:
    """Latin letters for Cyrillic ones; other characters unchanged."""
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low in _CYR:
            latin = _CYR[low]
            if low == "е" and (not prev or not prev.isalpha() or prev.lower() in _VOWELS | {"ъ", "ь"}):
                latin = "ye"
            if ch.isupper() and latin:
                nxt_upper = len(out) > 0 and out[-1].isupper() and len(out[-1]) == 1
                latin = latin.upper() if nxt_upper and len(latin) > 1 else latin[0].upper() + latin[1:]
            out.append(latin)
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def fold(text: str) -> str:
    """Lower case Latin without accents or punctuation."""
    text = romanize(text).replace("ß", "ss").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    # romanised again: letters such as "ѐ" or "ӧ" leave a Cyrillic base letter once decomposed
    text = romanize("".join(c for c in text if not unicodedata.combining(c))).lower()
    return re.sub(r"[^\w]+", " ", text).strip()


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """A key that romanisations of one name share (Kubrakow, Kubrakov, Кубраков -> kubrakov);
    remembered, since the same names recur in document after document."""
    key = fold(text)
    for a, b in _SKELETON:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def similar(a: str, b: str, threshold: float = 0.85) -> bool:
    """Whether two names are romanisations or near-spellings of each other."""
    ka, kb = skeleton(a), skeleton(b)
    if not ka or not kb:
        return False
    return ka == kb or SequenceMatcher(None, ka, kb).ratio() >= threshold
