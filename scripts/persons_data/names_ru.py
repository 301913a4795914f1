"""Russian given names (Cyrillic), by rough frequency, with the Latin spellings that
transliteration rules miss, and Russian case forms."""

RU_MALE = """
Александр Сергей Владимир Андрей Алексей Дмитрий Николай Иван Михаил Евгений Юрий Виктор Игорь
Олег Павел Анатолий Валерий Вячеслав Максим Константин Геннадий Виталий Борис Василий Роман Денис
Артём Артем Кирилл Илья Антон Григорий Пётр Петр Леонид Валентин Вадим Станислав Владислав Фёдор
Федор Георгий Руслан Тимур Эдуард Аркадий Степан Семён Семен Яков Лев Марк Глеб Егор Никита Даниил
Данила Матвей Тимофей Ярослав Богдан Святослав Всеволод Вениамин Герман Арсений Ростислав Эрик
Альберт Артур Эльдар Ринат Рустам Марат Ильдар Айдар Рамиль Наиль Радик Фарид Ренат Ильнур Рафаэль
Рашид Азат Дамир Тагир Шамиль Мурат Ахмед Магомед Рамзан Адам Абдулла Ибрагим Мухаммад Мухаммед
Магомет Ислам Заур Хасан Хусейн Али Расул Гаджи Саид Юнус Иса Муса Умар Омар Ахмат Анзор Аслан
Казбек Алан Сослан Тамерлан Кузьма Савва Фома Лука Захар Прохор Тарас Остап Назар Платон Мирон
Емельян Ефим Игнат Игнатий Архип Нестор Трофим Филипп Макар Демид Давид Давыд Елисей Гордей Харитон
Мстислав Родион Савелий Самуил Тихон Устин Феликс Эммануил Юлиан Юлий Ян Иннокентий Ираклий Кондрат
Корней Лаврентий Леон Лукьян Мартин Моисей Никифор Осип Пантелей Порфирий Рудольф Серафим Спартак
Ульян Фрол Эмиль Эрнест Альфред Арнольд Бронислав Венедикт Виссарион Влас Гавриил Гаврила Герасим
Демьян Елизар Ермолай Ефрем Зиновий Иосиф Ипполит Исаак Карл Климент Клим Лазарь Леонтий Мирослав
Митрофан Наум Никодим Прокофий Радомир Рафаил Ратмир Соломон Терентий Трифон Филимон Эдгар Эльмир
Вильгельм Генрих Густав Валериан Дамиан Евстафий Изяслав Аристарх Агафон Анисим Аверьян Арсен
Владлен Вилен Ринат Рифат Рифкат Айрат Булат Ильшат Ильгиз Ильфат Ирек Марсель Раиль Ранис Рашит
Ринал Салават Фанис Фарит Хамит Эмиль Альфред Ильяс Ильдус Рим Тимерхан Зульфат
"""

RU_FEMALE = """
Елена Ольга Наталья Наталия Татьяна Ирина Светлана Анна Мария Екатерина Юлия Марина Людмила Галина
Надежда Валентина Нина Любовь Вера Лариса Анастасия Дарья Ксения Алина Виктория Евгения Оксана
Полина Александра Софья София Валерия Алёна Алена Кристина Маргарита Тамара Зоя Лидия Раиса
Антонина Вероника Диана Инна Жанна Яна Алла Эльвира Эльмира Лилия Регина Ангелина Арина Варвара
Василиса Ульяна Милана Кира Ева Майя Алиса Олеся Елизавета Зинаида Клавдия Таисия Римма Нелли
Снежана Элина Эвелина Карина Камила Камилла Альбина Инга Инесса Изабелла Злата Стефания Станислава
Ярослава Мирослава Владислава Богдана Дина Динара Диляра Лейла Эльза Фаина Агата Аглая Аделина
Белла Влада Глафира Дана Доминика Зарина Зарема Илона Лада Лиана Лилиана Мадина Милена Нонна
Розалия Роза Сабина Серафима Сусанна Фатима Элеонора Эмилия Юлиана Анжела Анжелика Виолетта
Галия Гульнара Лиля Марьям Евдокия Прасковья Пелагея Марфа Анфиса Алевтина Владлена Ирма Клара
Луиза Гузель Гульшат Ляйсан Резеда Чулпан Алсу Айгуль Венера Наиля Рания Эльвина Лилиана Эрика
Кристиана Виталина Ника Руслана Тамила Эльнара Эсмира
"""

# female names ending in a soft sign: they decline like "тень"
FEMALE_SOFT = {"Любовь", "Айгуль", "Гузель", "Асель", "Нинель", "Гульшат", "Чулпан", "Алсу", "Ляйсан"}

# Latin spellings transliteration does not produce
RU_EXTRA_LATIN = {
    "Александр": ["Alexander", "Alexandre", "Aleksander", "Alexandru"],
    "Пётр": ["Petr", "Piotr", "Pyotr", "Pjotr", "Peter"],
    "Фёдор": ["Fedor", "Fyodor", "Fjodor", "Feodor", "Theodor"],
    "Михаил": ["Mikhail", "Michail", "Mihail", "Michael"],
    "Семён": ["Semyon", "Semen", "Semjon", "Simon"],
    "Артём": ["Artem", "Artyom", "Artjom"],
    "Алёна": ["Alena", "Alyona", "Aljona"],
    "Юрий": ["Yuri", "Yury", "Iouri", "Jurij", "Juri"],
    "Георгий": ["Georgy", "Georgiy", "Georgi", "Georgij", "Georg", "George"],
    "Дмитрий": ["Dmitry", "Dmitri", "Dmitriy", "Dmitrij", "Dimitri", "Dimitry"],
    "Евгений": ["Eugene", "Eugen", "Evgueni"],
    "Григорий": ["Grigory", "Grigori", "Grigoriy", "Gregory"],
    "Яков": ["Yakov", "Jakow", "Jacob"],
    "Лев": ["Lev", "Lew", "Leo"],
    "Павел": ["Pavel", "Pawel", "Paul"],
    "Иосиф": ["Iosif", "Josif", "Joseph"],
    "Никита": ["Nikita"],
    "Даниил": ["Daniil", "Daniel"],
    "Матвей": ["Matvey", "Matvei", "Matwei", "Matwej"],
    "Всеволод": ["Vsevolod", "Wsewolod"],
    "Вячеслав": ["Vyacheslav", "Viacheslav", "Wjatscheslaw"],
    "Владислав": ["Vladislav", "Wladislaw"],
    "Станислав": ["Stanislav", "Stanislaw"],
    "Ярослав": ["Yaroslav", "Jaroslaw", "Jaroslav"],
    "Святослав": ["Svyatoslav", "Sviatoslav", "Swjatoslaw"],
    "Мстислав": ["Mstislav", "Mstislaw"],
    "Ростислав": ["Rostislav", "Rostislaw"],
    "Мирослав": ["Miroslav", "Miroslaw"],
    "Бронислав": ["Bronislav", "Bronislaw"],
    "Вениамин": ["Veniamin", "Wenjamin", "Benjamin"],
    "Илья": ["Ilya", "Ilia", "Ilja", "Ilyas"],
    "Наталья": ["Natalia", "Natalya", "Natalja", "Natalie", "Nathalie"],
    "Наталия": ["Natalia", "Nataliya", "Natalija"],
    "Екатерина": ["Yekaterina", "Ekaterina", "Jekaterina", "Katerina", "Catherine"],
    "Елена": ["Yelena", "Elena", "Jelena", "Helena", "Helene"],
    "Юлия": ["Yulia", "Yuliya", "Julia", "Julija", "Iulia"],
    "Ксения": ["Ksenia", "Kseniya", "Xenia"],
    "Ольга": ["Olga", "Olha"],
    "Софья": ["Sofya", "Sofia", "Sofja", "Sophia"],
    "Елизавета": ["Yelizaveta", "Elizaveta", "Jelisaweta", "Elisabeth"],
    "Мария": ["Maria", "Mariya", "Marija"],
    "Анна": ["Anna"],
    "Ирина": ["Irina"],
    "Эльвира": ["Elvira", "Elwira"],
    "Жанна": ["Zhanna", "Shanna", "Jeanne"],
    "Людмила": ["Lyudmila", "Ludmila", "Ljudmila", "Liudmila"],
    "Любовь": ["Lyubov", "Lubov", "Ljubow", "Liubov"],
    "Надежда": ["Nadezhda", "Nadeschda", "Nadejda"],
    "Майя": ["Maya", "Maja", "Maia"],
    "Лилия": ["Liliya", "Lilia", "Lilija"],
    "Дарья": ["Darya", "Daria", "Darja", "Dariya"],
    "Марьям": ["Maryam", "Marjam"],
    "Магомед": ["Magomed", "Magometow"],
    "Мухаммад": ["Muhammad", "Mukhammad"],
    "Рамзан": ["Ramzan", "Ramsan"],
    "Хасан": ["Khasan", "Hasan", "Hassan", "Chasan"],
    "Хусейн": ["Khuseyn", "Husein", "Hussein"],
    "Ибрагим": ["Ibragim", "Ibrahim"],
    "Ислам": ["Islam", "Islom"],
    "Ахмед": ["Akhmed", "Ahmed", "Achmed"],
    "Ахмат": ["Akhmat", "Ahmat", "Achmat"],
    "Шамиль": ["Shamil", "Schamil"],
    "Эдуард": ["Eduard", "Edward"],
    "Эрнест": ["Ernest"],
    "Генрих": ["Genrikh", "Heinrich"],
    "Вильгельм": ["Vilgelm", "Wilhelm"],
    "Густав": ["Gustav"],
    "Карл": ["Karl"],
    "Рудольф": ["Rudolf"],
    "Альфред": ["Alfred"],
    "Арнольд": ["Arnold"],
    "Феликс": ["Felix", "Feliks"],
    "Филипп": ["Filipp", "Philipp", "Filip"],
    "Эммануил": ["Emmanuil", "Emmanuel"],
    "Исаак": ["Isaak", "Isaac"],
    "Моисей": ["Moisey", "Moisei", "Moses"],
    "Самуил": ["Samuil", "Samuel"],
    "Соломон": ["Solomon"],
    "Гавриил": ["Gavriil", "Gabriel"],
    "Виктория": ["Viktoria", "Victoria", "Viktoriya", "Wiktorija"],
    "Валерия": ["Valeria", "Valeriya", "Walerija"],
    "Анастасия": ["Anastasia", "Anastasiya", "Anastassija"],
    "Евгения": ["Yevgenia", "Evgenia", "Yevgeniya", "Jewgenija", "Eugenia"],
    "Александра": ["Alexandra", "Aleksandra"],
    "Таисия": ["Taisia", "Taisiya", "Taissija"],
    "Василиса": ["Vasilisa", "Wassilissa"],
    "Кристина": ["Kristina", "Christina"],
    "Маргарита": ["Margarita"],
    "Светлана": ["Svetlana", "Swetlana"],
    "Оксана": ["Oksana", "Oxana"],
    "Алексей": ["Alexei", "Alexey", "Aleksei", "Aleksey", "Alexej", "Aleksej"],
    "Максим": ["Maxim", "Maksim", "Maksym"],
    "Константин": ["Konstantin", "Constantin"],
    "Кирилл": ["Kirill", "Kyrylo", "Cyril"],
    "Антон": ["Anton"],
    "Виталий": ["Vitaly", "Vitaliy", "Vitali", "Witali", "Witalij"],
    "Анатолий": ["Anatoly", "Anatoliy", "Anatoli", "Anatolij"],
    "Валерий": ["Valery", "Valeriy", "Valeri", "Waleri", "Walerij"],
    "Геннадий": ["Gennady", "Gennadiy", "Gennadi", "Gennadij"],
    "Аркадий": ["Arkady", "Arkadiy", "Arkadi", "Arkadij"],
    "Василий": ["Vasily", "Vasiliy", "Vassily", "Wassili", "Wassilij"],
    "Олег": ["Oleg", "Oleh"],
    "Игорь": ["Igor", "Ihor"],
    "Андрей": ["Andrei", "Andrey", "Andrej", "Andriy", "Andrii"],
    "Сергей": ["Sergei", "Sergey", "Sergej", "Serguei", "Serhiy"],
    "Владимир": ["Vladimir", "Wladimir", "Volodymyr"],
    "Николай": ["Nikolai", "Nikolay", "Nikolaj", "Nicolai", "Mykola"],
    "Иван": ["Ivan", "Iwan"],
    "Тимур": ["Timur", "Temur"],
    "Руслан": ["Ruslan"],
    "Рустам": ["Rustam", "Rustem"],
    "Эльдар": ["Eldar"],
    "Ринат": ["Rinat"],
    "Марат": ["Marat"],
    "Борис": ["Boris"],
    "Роман": ["Roman"],
    "Денис": ["Denis"],
    "Вадим": ["Vadim", "Wadim"],
    "Степан": ["Stepan", "Stefan"],
    "Тарас": ["Taras"],
    "Богдан": ["Bogdan", "Bohdan"],
    "Назар": ["Nazar", "Nasar"],
    "Леонид": ["Leonid"],
    "Валентин": ["Valentin", "Walentin"],
    "Эрик": ["Erik", "Eric"],
    "Ян": ["Yan", "Jan"],
    "Глеб": ["Gleb"],
    "Егор": ["Yegor", "Egor", "Jegor"],
    "Марк": ["Mark"],
    "Давид": ["David"],
    "Герман": ["German", "Hermann"],
    "Арсений": ["Arseny", "Arseniy", "Arseni", "Arsenij"],
    "Тимофей": ["Timofey", "Timofei", "Timofej"],
    "Зоя": ["Zoya", "Zoja", "Soja"],
    "Раиса": ["Raisa", "Raissa"],
    "Лариса": ["Larisa", "Larissa"],
    "Инесса": ["Inessa"],
    "Алиса": ["Alisa", "Alissa"],
    "Тамара": ["Tamara"],
    "Галина": ["Galina"],
    "Вера": ["Vera", "Wera"],
    "Нина": ["Nina"],
    "Инна": ["Inna"],
    "Алла": ["Alla"],
    "Яна": ["Yana", "Jana"],
    "Ева": ["Eva", "Yeva"],
}

# names too rare or too word-like to get generated Latin spellings; only the listed ones
RU_NO_AUTO = {"Лев", "Ян", "Марк", "Ева", "Роза", "Вера", "Лада", "Дана", "Ника", "Влада", "Клара", "Рим"}


def _dedupe(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def names(block: str) -> list[str]:
    return _dedupe(block.split())


FLEETING = {"Павел": "Павл", "Пётр": "Петр", "Петр": "Петр", "Лев": "Льв"}
HUSHING = set("гкхжшчщ")


def decline(name: str, female_soft: bool = False) -> list[str]:
    """Russian case forms (gen, dat, acc, instr, prep) of a given name."""
    if "-" in name:
        return []
    last = name[-1]
    forms: list[str] = []
    if last == "а":
        stem = name[:-1]
        gen = stem + ("и" if stem[-1] in HUSHING else "ы")
        ins = stem + ("ей" if stem[-1] in "жшчщц" else "ой")
        forms = [gen, stem + "е", stem + "у", ins]
    elif last == "я":
        stem = name[:-1]
        if stem.endswith("и"):
            forms = [stem + "и", stem + "ю", stem + "ей"]
        else:
            forms = [stem + "и", stem + "е", stem + "ю", stem + "ей"]
            if stem.endswith("ь") and len(stem) <= 3:  # Илья -> Ильёй
                forms.append(stem + "ёй")
    elif last == "й":
        stem = name[:-1]
        if stem.endswith("и"):  # Евгений
            forms = [stem + "я", stem + "ю", stem + "ем", stem + "и"]
        else:
            forms = [stem + "я", stem + "ю", stem + "ем", stem + "е"]
    elif last == "ь":
        stem = name[:-1]
        if female_soft:
            forms = [stem + "и", stem + "ью"]
            if name == "Любовь":
                forms = ["Любови", "Любовью"]
        else:
            forms = [stem + "я", stem + "ю", stem + "ем", stem + "е"]
    elif last in "еиоуюэыё":
        return []
    else:
        if female_soft:
            return []
        stem = FLEETING.get(name, name)
        forms = [stem + "а", stem + "у", stem + "ом", stem + "е"]
        if name in ("Пётр",):
            pass
    return _dedupe([f for f in forms if f != name])


if __name__ == "__main__":
    for n in [
        "Николай",
        "Сергей",
        "Евгений",
        "Наталья",
        "Мария",
        "Ольга",
        "Павел",
        "Лев",
        "Илья",
        "Любовь",
        "Игорь",
        "Иван",
        "Никита",
        "Айгуль",
        "Эмомали",
    ]:
        print(n, decline(n, n in FEMALE_SOFT))
