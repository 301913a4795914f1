"""Ukrainian and Belarusian given names with their romanisations."""

UA = """
Олександр Володимир Петро Тарас Богдан Андрій Дмитро Юрій Віталій Олег Ігор Микола Михайло Сергій
Василь Віктор Валерій Анатолій Олексій Євген Іван Павло Роман Степан Ярослав Святослав Остап Назар
Максим Денис Артем Кирило Антон Вадим Руслан Геннадій Григорій Леонід Валентин Станіслав Владислав
Костянтин Федір Георгій Яків Борис Аркадій Вячеслав Арсен Арсеній Данило Захар Маркіян Мирослав
Ростислав Тимофій Устим Всеволод Ілля Лев Марко Олесь Петро Семен Тимур Еміне Зеновій Любомир
Орест Ярема Іларіон Гліб Нестор Панас Пилип Охрім Юліан Валентин Веніамін Віктор Мустафа Рустем
Олена Оксана Юлія Ірина Наталія Тетяна Світлана Ганна Марія Людмила Галина Надія Валентина Ніна
Любов Віра Лариса Анастасія Дарина Дар'я Ксенія Олеся Вікторія Євгенія Поліна Олександра Софія Іванна
Христина Катерина Уляна Мирослава Ярослава Соломія Леся Зоряна Богдана Тамара Лілія Інна Алла Яна
Ірина Єлизавета Маргарита Вероніка Діана Жанна Раїса Зінаїда Неля Роксолана Оляна Марина Віолетта
"""

BY = """
Аляксандр Уладзімір Сяргей Святлана Віктар Зміцер Алесь Андрэй Аляксей Мікалай Міхаіл Павел Пётр
Вольга Наталля Тацяна Ірына Алена Марыя Ганна Юлія Кацярына Вераніка Ларыса Людміла Валянцін Віталь
Яўген Юрый Ігар Анатоль Васіль Генадзь Франак Францішак Павал Рыгор Янка Кастусь Лявон Станіслаў
Раман Дзмітрый Максім Арцём Мацвей Антон Вадзім Зянон Марыя
"""

# conventional spellings of these names in English and German copy
UA_EXTRA = {
    "Олександр": ["Oleksandr", "Olexandr", "Oleksander", "Alexander"],
    "Володимир": ["Volodymyr", "Wolodymyr", "Volodimir"],
    "Петро": ["Petro"],
    "Андрій": ["Andriy", "Andrii", "Andrij"],
    "Дмитро": ["Dmytro", "Dmitro"],
    "Юрій": ["Yuriy", "Yurii", "Jurij"],
    "Віталій": ["Vitaliy", "Vitalii", "Witalij"],
    "Ігор": ["Ihor", "Igor"],
    "Микола": ["Mykola"],
    "Михайло": ["Mykhailo", "Mykhaylo", "Mychajlo"],
    "Сергій": ["Serhiy", "Serhii", "Serhij"],
    "Василь": ["Vasyl", "Wassyl"],
    "Олексій": ["Oleksiy", "Oleksii", "Olexij", "Oleksij"],
    "Євген": ["Yevhen", "Yevgen", "Ievgen", "Jewhen"],
    "Іван": ["Ivan", "Iwan"],
    "Павло": ["Pavlo", "Pawlo"],
    "Кирило": ["Kyrylo"],
    "Костянтин": ["Kostiantyn", "Kostyantyn"],
    "Федір": ["Fedir"],
    "Ілля": ["Illia", "Illya"],
    "Григорій": ["Hryhoriy", "Hryhorii"],
    "Геннадій": ["Hennadiy", "Hennadii", "Gennadiy"],
    "Олена": ["Olena"],
    "Ганна": ["Hanna", "Ganna"],
    "Наталія": ["Nataliya", "Natalia"],
    "Тетяна": ["Tetiana", "Tetyana", "Tetjana"],
    "Надія": ["Nadiya", "Nadia"],
    "Людмила": ["Liudmyla", "Lyudmyla"],
    "Ірина": ["Iryna"],
    "Юлія": ["Yuliia", "Yuliya", "Julija"],
    "Дар'я": ["Daria", "Darya"],
    "Еміне": ["Emine"],
    "Мустафа": ["Mustafa"],
    "Рустем": ["Rustem"],
    "Аляксандр": ["Aliaksandr", "Alyaksandr", "Aljaksandr"],
    "Уладзімір": ["Uladzimir"],
    "Сяргей": ["Siarhei", "Syarhey", "Sjarhej"],
    "Святлана": ["Sviatlana", "Svyatlana", "Swjatlana"],
    "Віктар": ["Viktar", "Wiktar"],
    "Зміцер": ["Zmitser", "Smizer"],
    "Алесь": ["Ales"],
    "Андрэй": ["Andrei"],
    "Аляксей": ["Aliaksei", "Alyaksey"],
    "Мікалай": ["Mikalai", "Mikalay"],
    "Вольга": ["Volha", "Wolha"],
    "Наталля": ["Natallia", "Natallya"],
    "Тацяна": ["Tatsiana", "Tatsyana"],
    "Ірына": ["Iryna"],
    "Кацярына": ["Katsiaryna", "Katsyaryna"],
    "Валянцін": ["Valiantsin", "Valyantsin"],
    "Віталь": ["Vital"],
    "Яўген": ["Yauhen", "Jauhen"],
    "Юрый": ["Yury", "Jury"],
    "Ігар": ["Ihar"],
    "Анатоль": ["Anatol"],
    "Генадзь": ["Henadz"],
    "Дзмітрый": ["Dzmitry", "Dsmitry"],
    "Арцём": ["Artsiom", "Artsyom"],
    "Мацвей": ["Matsvei"],
    "Вадзім": ["Vadzim"],
    "Павал": ["Paval"],
    "Рыгор": ["Ryhor"],
    "Францішак": ["Frantsishak"],
    "Кастусь": ["Kastus"],
    "Лявон": ["Lyavon", "Liavon"],
    "Станіслаў": ["Stanislau"],
    "Зянон": ["Zianon", "Zyanon"],
    "Марыя": ["Maryia", "Maryja"],
    "Вераніка": ["Veranika"],
    "Людміла": ["Liudmila"],
    "Ларыса": ["Larysa"],
    "Максім": ["Maksim"],
}

UK_EN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "yi",
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
    "ь": "",
    "ю": "yu",
    "я": "ya",
    "'": "",
    "ў": "u",
    "ы": "y",
    "э": "e",
    "ё": "io",
}
UK_DE = dict(
    UK_EN,
    **{
        "в": "w",
        "є": "je",
        "ж": "sch",
        "з": "s",
        "ї": "ji",
        "й": "j",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "ю": "ju",
        "я": "ja",
        "ё": "jo",
    },
)


def translit(word: str, table: dict, final_y: str = "i") -> str:
    w = word.lower()
    out = []
    for i, ch in enumerate(w):
        if ch == "й" and i == len(w) - 1:
            out.append(final_y)
        elif ch in "єюяї" and i > 0 and w[i - 1] not in "аеєиіїоуюяь'" and table is UK_EN:
            out.append({"є": "ie", "ю": "iu", "я": "ia", "ї": "i"}[ch])
        else:
            out.append(table.get(ch, ch))
    s = "".join(out)
    return s[:1].upper() + s[1:]


def variants(word: str) -> list[str]:
    out = [translit(word, UK_EN, "i"), translit(word, UK_EN, "y"), translit(word, UK_DE, "j")]
    res = []
    for x in out + UA_EXTRA.get(word, []):
        if x not in res:
            res.append(x)
    return res


if __name__ == "__main__":
    for w in ["Олександр", "Андрій", "Сергій", "Тетяна", "Дар'я", "Святлана", "Яўген", "Наталля", "Юлія"]:
        print(w, variants(w))
