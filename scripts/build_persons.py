"""Build src/kordon/data/persons.json: given names (with their Russian case forms and their
English and German romanisations), Chinese family names, roles in en/de/ru and capitalised
words that are never names. The name lists live in scripts/persons_data/ (written for Kordon);
the roles and non-names are below. Run from the repository root."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from persons_data import names_ca, names_ru, names_ua, names_world, tr

SOURCE = "Kordon editors"


def _words(block: str) -> list[str]:
    return [w for w in block.split() if w]


def given_names() -> list[str]:
    out: list[str] = []
    for block in (names_ru.RU_MALE, names_ru.RU_FEMALE):
        for name in names_ru.names(block):
            out.append(name)
            out += (
                names_ru.decline(name, female_soft=name in names_ru.FEMALE_SOFT)
                if name not in names_ru.RU_NO_AUTO
                else []
            )
            out += tr.variants(name)
            out += names_ru.RU_EXTRA_LATIN.get(name, [])
    for block in (names_ua.UA, names_ua.BY):
        for name in _words(block):
            out.append(name)
            out += names_ua.variants(name)
    for block in names_ca.ALL.values():
        for cyr, latin, national in names_ca.parse(block):
            for name in [cyr, *latin, *national]:
                if name:
                    out.append(name)
            if cyr:
                out += tr.variants(cyr)
                out += names_ru.decline(cyr)
    for attr in dir(names_world):
        if attr.isupper() and attr not in ("CHINESE_FAMILY", "CHINESE_FAMILY_CYRILLIC"):
            value = getattr(names_world, attr)
            if isinstance(value, str):
                out += _words(value)
    return sorted({n for n in out if len(n) >= 2 and n[0].isupper()})


ROLES: dict[str, dict[str, list[str]]] = {
    "interior minister": {
        "en": [
            "interior minister",
            "Minister of Internal Affairs",
            "Minister of the Interior",
            "Home Minister",
        ],
        "de": [
            "Innenminister",
            "Innenministerin",
            "Innenministers",
            "Bundesinnenminister",
            "Minister für Innere Angelegenheiten",
        ],
        "ru": [
            "министр внутренних дел",
            "министра внутренних дел",
            "министром внутренних дел",
            "министру внутренних дел",
            "глава МВД",
            "главы МВД",
            "главой МВД",
            "главе МВД",
        ],
    },
    "deputy interior minister": {
        "en": ["deputy interior minister", "Deputy Minister of Internal Affairs"],
        "de": [
            "stellvertretender Innenminister",
            "stellvertretende Innenminister",
            "stellvertretenden Innenminister",
            "Vize-Innenminister",
        ],
        "ru": [
            "заместитель министра внутренних дел",
            "заместителя министра внутренних дел",
            "замминистра внутренних дел",
            "замглавы МВД",
        ],
    },
    "foreign minister": {
        "en": ["foreign minister", "Minister of Foreign Affairs"],
        "de": ["Außenminister", "Außenministerin", "Außenministers"],
        "ru": [
            "министр иностранных дел",
            "министра иностранных дел",
            "министром иностранных дел",
            "глава МИД",
            "главы МИД",
            "главой МИД",
        ],
    },
    "defence minister": {
        "en": ["defence minister", "defense minister", "Minister of Defence", "Minister of Defense"],
        "de": ["Verteidigungsminister", "Verteidigungsministerin"],
        "ru": ["министр обороны", "министра обороны", "министром обороны", "глава Минобороны"],
    },
    "justice minister": {
        "en": ["justice minister", "Minister of Justice"],
        "de": ["Justizminister", "Justizministerin"],
        "ru": ["министр юстиции", "министра юстиции"],
    },
    "prime minister": {
        "en": ["prime minister", "Prime Minister", "premier"],
        "de": ["Ministerpräsident", "Premierminister", "Regierungschef", "Regierungschefin"],
        "ru": [
            "премьер-министр",
            "премьер-министра",
            "премьер-министром",
            "председатель правительства",
            "председателя правительства",
        ],
    },
    "president": {
        "en": ["President", "president"],
        "de": ["Präsident", "Präsidenten", "Präsidentin", "Staatspräsident", "Staatschef"],
        "ru": [
            "президент",
            "президента",
            "президенту",
            "президентом",
            "Президент",
            "Президента",
            "Президенту",
            "Президентом",
            "глава государства",
            "главы государства",
        ],
    },
    "national leader": {
        "en": ["national leader"],
        "de": ["nationaler Führer", "nationalen Führers"],
        "ru": ["общенациональный лидер", "общенационального лидера"],
    },
    "secretary general": {
        "en": ["Secretary General", "Secretary-General", "secretary general", "General Secretary"],
        "de": ["Generalsekretär", "Generalsekretärs", "Generalsekretärin", "Generalsekretären"],
        "ru": [
            "Генеральный секретарь",
            "Генерального секретаря",
            "Генеральному секретарю",
            "Генеральным секретарем",
            "генеральный секретарь",
            "генерального секретаря",
            "генеральным секретарем",
            "генеральным секретарём",
            "генсек",
            "генсека",
            "Генсек",
            "Генсека",
        ],
    },
    "deputy secretary general": {
        "en": ["Deputy Secretary General"],
        "de": ["stellvertretender Generalsekretär"],
        "ru": ["заместитель генерального секретаря", "заместителя генерального секретаря"],
    },
    "ambassador": {
        "en": ["Ambassador", "ambassador"],
        "de": [
            "Botschafter",
            "Botschafterin",
            "Botschafters",
            "Außerordentlichen und Bevollmächtigten Botschafter",
        ],
        "ru": [
            "посол",
            "посла",
            "послом",
            "послу",
            "Посол",
            "Посла",
            "Чрезвычайный и Полномочный Посол",
            "Чрезвычайного и Полномочного Посла",
        ],
    },
    "prosecutor general": {
        "en": ["Prosecutor General", "Attorney General"],
        "de": ["Generalstaatsanwalt", "Generalstaatsanwältin"],
        "ru": ["Генеральный прокурор", "Генерального прокурора", "генпрокурор", "генпрокурора"],
    },
    "spokesman": {
        "en": ["spokesman", "spokeswoman", "spokesperson", "press secretary"],
        "de": [
            "Sprecher",
            "Sprecherin",
            "Polizeisprecher",
            "Sprechers",
            "Regierungssprecher",
            "Pressesprecher",
        ],
        "ru": [
            "пресс-секретарь",
            "пресс-секретаря",
            "официальный представитель",
            "официального представителя",
        ],
    },
    "head": {
        "en": ["Head", "head", "chief", "Chief"],
        "de": ["Leiter", "Leiterin", "Chef", "Chefin", "Leiters"],
        "ru": [
            "глава",
            "главы",
            "руководитель",
            "руководителя",
            "руководителем",
            "начальник",
            "начальника",
            "начальником",
        ],
    },
    "deputy head": {
        "en": ["deputy head", "Deputy Head", "deputy chief"],
        "de": ["stellvertretender Leiter", "Vizechef"],
        "ru": [
            "заместитель начальника",
            "заместителя начальника",
            "заместитель руководителя",
            "заместителя руководителя",
        ],
    },
    "director": {
        "en": ["Director", "director", "Director General", "Director-General"],
        "de": ["Direktor", "Direktorin", "Generaldirektor"],
        "ru": ["директор", "директора", "директором", "Директор"],
    },
    "deputy director": {
        "en": ["Deputy Director", "deputy director"],
        "de": ["stellvertretender Direktor", "Vizedirektor"],
        "ru": ["заместитель директора", "заместителя директора"],
    },
    "executive director": {
        "en": ["Executive Director"],
        "de": ["Exekutivdirektor", "Exekutivdirektorin"],
        "ru": ["исполнительный директор", "исполнительного директора"],
    },
    "chairman": {
        "en": ["Chairman", "chairman", "Chair", "chairwoman"],
        "de": ["Vorsitzender", "Vorsitzende", "Vorsitzenden"],
        "ru": ["председатель", "председателя", "председателем", "Председатель"],
    },
    "deputy chairman": {
        "en": ["Deputy Chairman", "deputy chairman", "Vice Chairman"],
        "de": ["stellvertretender Vorsitzender"],
        "ru": ["заместитель председателя", "заместителя председателя", "зампредседателя"],
    },
    "commander": {
        "en": ["Commander", "commander"],
        "de": ["Kommandeur", "Befehlshaber", "Kommandant"],
        "ru": ["командующий", "командующего", "командир", "командира", "Командующий"],
    },
    "deputy commander": {
        "en": ["deputy commander"],
        "de": ["stellvertretender Kommandeur"],
        "ru": ["заместитель командующего", "заместителя командующего"],
    },
    "general": {
        "en": ["General", "Major General", "Lieutenant General", "Brigadier General", "Colonel General"],
        "de": ["General", "Generalmajor", "Generalleutnant", "Generaloberst", "Brigadegeneral"],
        "ru": [
            "генерал",
            "генерала",
            "генерал-майор",
            "генерал-майора",
            "генерал-лейтенант",
            "генерал-лейтенанта",
            "генерал-полковник",
            "генерал-полковника",
            "бригадный генерал",
        ],
    },
    "colonel": {
        "en": ["Colonel", "colonel", "Lieutenant Colonel"],
        "de": ["Oberst", "Oberstleutnant"],
        "ru": ["полковник", "полковника", "подполковник", "подполковника"],
    },
    "minister": {
        "en": ["Minister", "minister"],
        "de": ["Minister", "Ministerin"],
        "ru": ["министр", "министра", "министром", "Министр"],
    },
    "deputy minister": {
        "en": ["Deputy Minister", "deputy minister", "Vice Minister"],
        "de": ["Vizeminister", "stellvertretender Minister"],
        "ru": ["заместитель министра", "заместителя министра", "замминистра"],
    },
    "state secretary": {
        "en": ["State Secretary", "Secretary of State"],
        "de": ["Staatssekretär", "Staatssekretärin", "Parlamentarischer Staatssekretär"],
        "ru": ["государственный секретарь", "госсекретарь", "госсекретаря", "статс-секретарь"],
    },
    "secretary": {
        "en": ["Secretary"],
        "de": ["Sekretär"],
        "ru": ["секретарь", "секретаря", "Секретарь", "Секретаря"],
    },
    "representative": {
        "en": ["Representative", "representative", "envoy", "Special Representative"],
        "de": ["Vertreter", "Vertreterin", "Sonderbeauftragter", "Gesandter"],
        "ru": ["представитель", "представителя", "спецпредставитель", "специальный представитель"],
    },
    "head of mission": {
        "en": ["Head of Mission", "head of mission", "Head of the Mission"],
        "de": ["Missionschef", "Leiter der Mission"],
        "ru": ["глава миссии", "руководитель миссии"],
    },
    "coordinator": {
        "en": ["Coordinator", "coordinator"],
        "de": ["Koordinator", "Koordinatorin"],
        "ru": ["координатор", "координатора"],
    },
    "expert": {
        "en": ["expert", "analyst"],
        "de": ["Experte", "Expertin", "Analyst"],
        "ru": ["эксперт", "эксперта", "аналитик"],
    },
    "judge": {"en": ["Judge", "judge"], "de": ["Richter", "Richterin"], "ru": ["судья", "судьи"]},
    "governor": {
        "en": ["Governor", "governor"],
        "de": ["Gouverneur", "Provinzgouverneur"],
        "ru": ["губернатор", "губернатора", "аким", "акима", "хоким", "хокима", "глава администрации"],
    },
    "mayor": {
        "en": ["Mayor", "mayor"],
        "de": ["Bürgermeister", "Bürgermeisterin", "Oberbürgermeister"],
        "ru": ["мэр", "мэра", "градоначальник"],
    },
    "police chief": {
        "en": ["police chief", "chief of police", "police commander"],
        "de": ["Polizeichef", "Polizeipräsident", "Polizeikommandant"],
        "ru": ["начальник полиции", "начальника полиции", "начальник УВД", "начальника УВД"],
    },
    "border service head": {
        "en": ["head of the border service", "border service chief"],
        "de": ["Chef des Grenzschutzes", "Leiter des Grenzdienstes"],
        "ru": [
            "начальник пограничной службы",
            "начальника пограничной службы",
            "командующий пограничными войсками",
        ],
    },
    "customs head": {
        "en": ["customs chief", "head of customs"],
        "de": ["Zollchef", "Leiter des Zolls"],
        "ru": [
            "глава таможенной службы",
            "руководитель таможенной службы",
            "председатель таможенного комитета",
        ],
    },
    "officer": {"en": ["officer", "Officer"], "de": ["Offizier", "Beamter"], "ru": ["офицер", "офицера"]},
    "speaker": {
        "en": ["Speaker", "speaker of parliament"],
        "de": ["Parlamentspräsident", "Parlamentssprecher"],
        "ru": ["спикер", "спикера", "председатель парламента"],
    },
    "senator": {"en": ["Senator", "senator"], "de": ["Senator"], "ru": ["сенатор", "сенатора"]},
    "deputy": {
        "en": ["member of parliament", "MP", "lawmaker"],
        "de": ["Abgeordneter", "Abgeordnete", "Abgeordneten"],
        "ru": ["депутат", "депутата", "депутатом"],
    },
}

NOT_NAMES = {
    "en": "The This That These Those There Then When While After Before During Since Under Over About According Also But And Or "
    "In On At By For From With Without Into Through Across Between Among Against Toward Towards Near Along Around "
    "Border Police Ministry State Service Committee Republic Security Council Organization Organisation General President "
    "Minister Government Department Office Agency Customs Guard Guards Forces Army Troops National International Regional "
    "Central Southern Northern Eastern Western Federal Union United Nations Embassy Court Prosecutor Interior Foreign "
    "Defence Defense Affairs Justice Emergency Drug Drugs Control Anti Counter Operation Operations Head Deputy Chief "
    "Director Chairman Commander Secretary Spokesman Representative Ambassador Colonel Major Captain Lieutenant Sergeant "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Islamic Democratic People Kingdom Federation Territory Province District City "
    "Region Village Centre Center Program Programme Project Conference Summit Meeting Session Forum Treaty Agreement "
    "Declaration Memorandum Protocol Plan Strategy Initiative Channel Telegram Twitter Facebook News Reports Report "
    "Press Media Photo Video Source Read More Share Subscribe Home World Politics Economy Society Today Yesterday Tomorrow "
    "However Meanwhile Moreover Furthermore Therefore Thus Although Some Many Most All Both Each Every Several Other "
    "Its Their His Her Our Your Mr Mrs Ms Dr Prof Sir His Excellency "
    "Asia Europe Africa America Pacific Atlantic Arctic Caspian Middle East West North South Gulf Sea Ocean "
    "Golden Crescent Triangle Silk Road Route Balkans Caucasus Eurasia Eurasian Asian European African",
    "de": "Der Die Das Den Dem Des Ein Eine Einer Einem Einen Eines Im Am Zum Zur Vom Beim Auch Aber Und Oder Nach Vor Seit "
    "Bei Mit Ohne Durch Gegen Um Über Unter Zwischen Laut Wie Als Wenn Während Nachdem Dort Hier Da Dann Damit Dabei "
    "Dazu Zudem Außerdem Jedoch Bereits Insgesamt Demnach Zunächst Schließlich Heute Gestern Morgen "
    "Polizei Grenze Grenzen Minister Innenminister Regierung Sicherheit Zusammenarbeit Drogen Heroin Kokain Opium "
    "Haschisch Cannabis Marihuana Kilogramm Kilo Tonnen Tonne Gramm Liter Euro Dollar Millionen Milliarden Prozent "
    "Behörden Behörde Beamte Beamten Soldaten Armee Militär Truppen Ministerium Innenministerium Außenministerium "
    "Staatsanwaltschaft Gericht Richter Präsident Präsidenten Botschafter Generalsekretär Sprecher Leiter Chef "
    "Organisation Vertrag Vertrags Mitgliedstaaten Mitgliedsstaaten Staaten Staat Land Länder Landes Republik "
    "Provinz Stadt Hauptstadt Großstadt Region Bezirk Dorf Gebiet Grenzposten Hafen Flughafen Straße "
    "Operation Einsatz Razzia Kontrolle Durchsuchung Fund Drogenfund Schlag Schmuggel Schmuggler Schmugglerbande "
    "Bande Verdächtige Verdächtigen Festnahme Festnahmen Haft Anklage Prozess Urteil Terrorismus Extremismus "
    "Drogenhandel Menschenhandel Migration Kriminalität Korruption Geldwäsche Waffen Munition Sprengstoff "
    "Lastwagen Lkw Fahrzeug Fahrzeuge Auto Schiff Boot Container Behälter Ware Waren Zigaretten Tabak "
    "Treffen Sitzung Konferenz Gipfel Gespräch Gespräche Erklärung Abkommen Vereinbarung Memorandum Protokoll "
    "Teilnehmer Delegation Delegationen Vertreter Experten Experte Seminar Training Übung Ausbildung Schulung "
    "Nachrichten Nachrichtenagentur Agentur Meldung Bericht Angaben Informationen Interview Pressedienst "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August "
    "September Oktober November Dezember Jahr Jahre Jahren Jahres Monat Monate Woche Wochen Tag Tage Tagen "
    "Welt Europa Asien Zentralasien Nahost Westen Osten Süden Norden Pazifik Kaspisches Meer Golf Seidenstraße Krieg Frieden Konflikt Krise Lage "
    "Herausforderungen Bedrohungen Aufgabe Ziel Maßnahmen Projekt Projekte Programm Kampf Bekämpfung "
    "Wir Sie Er Es Ihm Ihr Ihre Unsere Unser Dieses Diese Dieser Jeder Jede Alle Viele Mehrere Einige "
    "Herr Frau Dr Prof Generalmajor Oberst Kommandeur Offizier Fahrer Kapitän Besatzung Crew",
    "ru": "Министерство Министерства Республика Республики Служба Службы Совет Совета Комитет Комитета Организация "
    "Организации Президент Президента Правительство Правительства Государственный Государственной Генеральный "
    "Генеральная Главное Главного Управление Управления Федеральная Федеральной Национальный Национальной "
    "Центр Центра Агентство Агентства Пограничная Пограничной Таможенная Таможенной Погранвойск Погранвойска "
    "Содружества Независимых Государств Объединенных Наций Шанхайской Договора Коллективной Безопасности "
    "Бюро Секретариат Секретариата Штаб Штаба Академия Колледж Университет Институт "
    "Москва Россия Казахстан Таджикистан Узбекистан Кыргызстан Афганистан Туркменистан Азербайджан Беларусь "
    "Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье Январь Февраль Март Апрель Май Июнь Июль "
    "Август Сентябрь Октябрь Ноябрь Декабрь Напомним Также Кроме Однако Всего Итого Фото Источник Как По При "
    "Во В На С Со Из За До От Об О Для Это Этот Эта Все Всё Они Он Она Мы Вы Его Ее Их",
}


def main() -> None:
    data = {
        "version": 1,
        "source": SOURCE,
        "given_names": {
            "source": f"{SOURCE} (given names by origin, with Russian case forms and English/German romanisations)",
            "names": given_names(),
        },
        "chinese_family_names": {
            "source": SOURCE,
            "names": sorted(
                set(_words(names_world.CHINESE_FAMILY)) | set(_words(names_world.CHINESE_FAMILY_CYRILLIC))
            ),
        },
        "surname_endings": {
            "source": f"{SOURCE}: endings of surnames in the nominative (Russian and Central Asian)",
            "ru": [
                "ов",
                "ев",
                "ёв",
                "ин",
                "ын",
                "ова",
                "ева",
                "ёва",
                "ина",
                "ына",
                "ский",
                "цкий",
                "ская",
                "цкая",
                "ской",
                "енко",
                "ко",
                "ук",
                "юк",
                "чук",
                "ич",
                "дзе",
                "швили",
                "ян",
                "янц",
                "ли",
                "заде",
                "зода",
                "зоде",
                "бек",
                "беков",
                "баев",
                "бай",
                "уулу",
                "улы",
                "кызы",
                "оглы",
            ],
        },
        "roles": [{"role": role, "patterns": patterns, "source": SOURCE} for role, patterns in ROLES.items()],
        "not_names": {
            "source": f"{SOURCE}: capitalised words that open sentences or name things, never a person's name",
            **{lang: sorted(set(words.split())) for lang, words in NOT_NAMES.items()},
        },
    }
    path = Path("src/kordon/data/persons.json")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(data['given_names']['names'])} given names, {len(data['chinese_family_names']['names'])} Chinese family names, "
        f"{len(ROLES)} roles"
    )


if __name__ == "__main__":
    main()
