"""Build src/kordon/data/agencies.json: national bodies by kind and country, with their names in en/de/ru
(and regional languages), Russian case forms expanded from "stem|ending,ending" specs. Run from the repo root."""
import json


def ru(*stems_endings):
    """Expand 'stem|e1,e2,...' into forms."""
    out = []
    for spec in stems_endings:
        if "|" in spec:
            stem, ends = spec.split("|")
            items = ends.split(",")
            suffix = ""
            # "stem|a,b,c words": the words after the last ending belong to every ending
            if " " in items[-1] and not any(" " in i for i in items[:-1]):
                last, suffix = items[-1].split(" ", 1)
                items[-1] = last
                suffix = " " + suffix
            out += [stem + e + suffix for e in items]
        else:
            out.append(spec)
    return out

N_F = "а,ы,е,у,ой"          # полиция-type handled separately
generic = [
 ("interior_ministry", {
   "en": ["Interior Ministry", "Ministry of Interior", "Ministry of the Interior", "Ministry of Internal Affairs", "interior minister", "Minister of Internal Affairs", "Minister of the Interior", "Home Ministry", "home minister", "MoI"],
   "de": ["Innenministerium", "Innenministeriums", "Innenministerien", "Innenminister", "Innenministers", "Innenministerin", "Bundesinnenministerium", "Bundesinnenminister", "Ministerium des Innern", "Ministerium für Innere Angelegenheiten", "Ministeriums für Innere Angelegenheiten", "Leiter des Innenministeriums"],
   "ru": ["МВД", "ГУВД", "УВД", *ru("Министерств|о,а,у,ом,е внутренних дел", "министр|,а,у,ом,е внутренних дел", "глав|а,ы,е,у,ой МВД")],
   "kk": ["ІІМ", "Ішкі істер министрлігі"], "uz": ["IIV", "ИИВ", "Ichki ishlar vazirligi"], "tg": ["ВКД"], "az": ["DİN", "Daxili İşlər Nazirliyi"], "tr": ["İçişleri Bakanlığı", "İçişleri Bakanı"]}),
 ("police", {
   "en": ["police", "police force", "policemen", "police officers", "National Police", "traffic police", "gendarmerie"],
   "de": ["Polizei", "Polizisten", "Polizeibeamte", "Polizeibeamten", "Polizeikontrolle", "Polizeieinheit", "Polizeieinheiten", "Kriminalpolizei", "Landespolizei", "Bundespolizei", "Drogenpolizei", "Gendarmerie", "Sicherheitskräfte", "Sicherheitskräften", "Ordnungshüter", "Ordnungshütern"],
   "ru": ru("полици|я,и,ю,ей", "полицейск|ие,их,им,ими", "милици|я,и,ю,ей", "правоохранител|и,ей,ям,ями"),
   "tr": ["Emniyet", "polis"], "az": ["polis"]}),
 ("customs", {
   "en": ["customs service", "customs officers", "customs officials", "customs authorities", "Customs Committee", "customs agency", "Customs Administration", "customs control"],
   "de": ["Zoll", "Zolls", "Zollbehörde", "Zollbehörden", "Zollbeamte", "Zollbeamten", "Zollfahndung", "Zollfahnder", "Hauptzollamt", "Hauptzollamts", "Zollamt", "Zollverwaltung"],
   "ru": ru("таможн|я,и,е,ю,ей", "таможенник|и,ов,ам,ами", "таможенн|ая служба,ой службы,ой службе,ую службу,ой службой,ые органы,ых органов", "Таможенн|ая служба,ой службы,ой службе,ую службу,ой службой", "таможенн|ый комитет,ого комитета", "оперативн|ая таможня,ой таможни,ой таможне")}),
 ("border_service", {
   "en": ["border guards", "border guard", "border service", "Border Service", "border troops", "Border Troops", "border police", "coast guard", "Coast Guard", "border detachment", "border outpost", "frontier guards"],
   "de": ["Grenzschützer", "Grenzschutz", "Grenzschutzes", "Grenzpolizei", "Grenztruppen", "Grenzsoldaten", "Grenzbeamte", "Grenzbeamten", "Grenzdienst", "Grenzdienstes", "Grenzwache", "Küstenwache"],
   "ru": ru("пограничник|и,ов,ам,ами,ах", "пограничн|ая служба,ой службы,ой службе,ую службу,ой службой", "Пограничн|ая служба,ой службы,ой службе,ую службу,ой службой", "пограничн|ые войска,ых войск,ым войскам", "погранвойск|а,", "Погранвойск|а,", "погранслужб|а,ы,е,у,ой", "пограничн|ый отряд,ого отряда,ом отряде", "погранотряд|,а,е,ом", "пограничн|ая застава,ой заставы,ой заставе", "погранзастав|а,ы,е,у,ой", "береговая охрана", "береговой охраны", "пограничн|ая охрана,ой охраны,ой охраной")}),
 ("security_service", {
   "en": ["security service", "State Security Service", "National Security Committee", "State Committee for National Security", "intelligence service", "intelligence agency", "special services", "security services"],
   "de": ["Geheimdienst", "Geheimdienstes", "Sicherheitsdienst", "Inlandsgeheimdienst", "Staatssicherheitsdienst", "Komitee für Nationale Sicherheit", "Komitees für Nationale Sicherheit", "Staatskomitee für nationale Sicherheit", "Staatskomitees für nationale Sicherheit", "Staatskomitees für Nationale Sicherheit"],
   "ru": ru("спецслужб|а,ы,е,у,ой,ам,ами,", "Служб|а,ы,е,у,ой государственной безопасности", "Комитет|,а,у,ом,е национальной безопасности", "Государственн|ый комитет,ого комитета,ому комитету,ым комитетом национальной безопасности", "ГКНБ", "КНБ", "СГБ", "СНБ")}),
 ("prosecutor", {
   "en": ["prosecutor", "prosecutors", "Prosecutor General", "Prosecutor General's Office", "Prosecutor's Office", "prosecutor's office", "public prosecutor", "Attorney General"],
   "de": ["Staatsanwaltschaft", "Staatsanwalt", "Staatsanwälte", "Generalstaatsanwaltschaft", "Generalstaatsanwalt", "Oberstaatsanwalt", "Anklagebehörde"],
   "ru": ru("прокуратур|а,ы,е,у,ой", "Прокуратур|а,ы,е,у,ой", "Генеральн|ая прокуратура,ой прокуратуры,ой прокуратуре,ую прокуратуру", "Генпрокуратур|а,ы,е,у,ой", "прокурор|,а,у,ом,ы,ов", "Генпрокурор|,а,у,ом", "Генеральн|ый прокурор,ого прокурора")}),
 ("drug_control", {
   "en": ["Drug Control Agency", "drug control agency", "anti-drug agency", "counter-narcotics police", "Counter Narcotics Police", "anti-narcotics force", "drug enforcement", "narcotics control", "Drug Control Service", "anti-drug agencies", "anti-drug trafficking agencies", "drug control agencies", "counter-narcotics agencies", "drug enforcement agencies", "anti-drug services", "anti-drug trafficking services", "anti-drug units", "drug control services", "drug control units", "counter-narcotics units", "counter-narcotics services", "anti-narcotics units", "anti-narcotics agency"],
   "de": ["Drogenbekämpfung", "Drogenbekämpfungsbehörde", "Antidrogenbehörde", "Drogenbehörde", "Drogenfahndung", "Drogenfahnder", "Rauschgiftfahnder", "Drogenkontrollbehörde", "Beamte der Drogenbekämpfung", "Behörden für Drogenbekämpfung", "Behörden zur Drogenbekämpfung"],
   "ru": ru("Агентств|о,а,у,ом,е по контролю за наркотиками", "АКН", "наркополици|я,и,ю,ей", "Госнаркоконтрол|ь,я,ю,ем", "ФСКН", "ГУНК", "СБНОН", "наркоконтрол|ь,я")}),
 ("revenue_service", {
   "en": ["State Revenue Committee", "State Revenues Committee", "tax service", "tax authorities", "revenue service", "Tax Committee"],
   "de": ["Steuerbehörde", "Steuerbehörden", "Finanzamt", "Steuerfahndung", "Komitee für Staatseinnahmen"],
   "ru": ru("Комитет|,а,у,ом,е государственных доходов", "налогов|ая служба,ой службы,ой службе", "налогов|ые органы,ых органов", "КГД")}),
 ("financial_intelligence", {
   "en": ["financial intelligence unit", "financial intelligence units", "Financial Monitoring Agency", "Financial Monitoring Service", "Financial Intelligence Unit", "financial monitoring"],
   "de": ["Finanzermittler", "Financial Intelligence Unit", "Zentralstelle für Finanztransaktionsuntersuchungen", "Finanzaufsicht"],
   "ru": ru("финансов|ая разведка,ой разведки,ой разведке", "подразделени|я,й,ям финансовой разведки", "Агентств|о,а,у,ом,е по финансовому мониторингу", "Служб|а,ы,е,у,ой финансового мониторинга", "АФМ", "Росфинмониторинг|,а,у,ом,е")}),
 ("foreign_ministry", {
   "en": ["Foreign Ministry", "Ministry of Foreign Affairs", "foreign minister", "Minister of Foreign Affairs", "MFA", "State Department", "Foreign Office", "Secretary of State"],
   "de": ["Außenministerium", "Außenministeriums", "Außenminister", "Außenministers", "Außenministerin", "Auswärtiges Amt", "Auswärtigen Amt", "Auswärtigen Amtes", "Auswärtigen Amts"],
   "ru": ru("МИД", "Министерств|о,а,у,ом,е иностранных дел", "министр|,а,у,ом,е иностранных дел", "глав|а,ы,е,у,ой МИД", "внешнеполитическ|ое ведомство,ого ведомства")}),
 ("defense_ministry", {
   "en": ["Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense", "defence minister", "defense minister", "Pentagon"],
   "de": ["Verteidigungsministerium", "Verteidigungsministeriums", "Verteidigungsminister", "Verteidigungsministers", "Verteidigungsministerin"],
   "ru": ru("Минобороны", "Министерств|о,а,у,ом,е обороны", "министр|,а,у,ом,е обороны")}),
 ("justice_ministry", {
   "en": ["Justice Ministry", "Ministry of Justice", "justice minister", "Minister of Justice"],
   "de": ["Justizministerium", "Justizministeriums", "Justizminister", "Justizministers", "Justizministerin"],
   "ru": ru("Минюст|,а,у,ом,е", "Министерств|о,а,у,ом,е юстиции", "министр|,а,у,ом,е юстиции")}),
 ("emergency_service", {
   "en": ["Emergency Situations Ministry", "Ministry of Emergency Situations", "emergency services", "rescue service", "civil defence"],
   "de": ["Katastrophenschutz", "Rettungsdienst", "Zivilschutz", "Ministerium für Notfallsituationen"],
   "ru": ru("МЧС", "Министерств|о,а,у,ом,е по чрезвычайным ситуациям", "спасател|и,ей,ям,ями")}),
 ("embassy", {
   "en": ["embassy", "Embassy", "ambassador", "Ambassador", "consulate", "Consulate", "consul general", "chargé d'affaires"],
   "de": ["Botschaft", "Botschafter", "Botschafters", "Botschafterin", "Generalkonsulat", "Konsulat", "Generalkonsul"],
   "ru": ru("посольств|о,а,у,ом,е", "Посольств|о,а,у,ом,е", "посол|,а,у,ом,е", "Посол|,а,у,ом,е", "консульств|о,а,у,ом,е", "генеральн|ое консульство,ого консульства", "генконсульств|о,а,е")}),
 ("court", {
   "en": ["Supreme Court", "district court", "city court", "regional court", "military court", "court of appeal", "the court", "a court"],
   "de": ["Gericht", "Gerichts", "Landgericht", "Landgerichts", "Oberlandesgericht", "Amtsgericht", "Amtsgerichts", "Oberstes Gericht", "Obersten Gericht", "Obersten Gerichts", "Strafgericht", "Militärgericht"],
   "ru": ru("районн|ый суд,ого суда,ому суду,ым судом,ом суде", "городск|ой суд,ого суда,ому суду,им судом,ом суде", "областн|ой суд,ого суда,ом суде", "Верховн|ый суд,ого суда,ому суду,ом суде", "Верховн|ый Суд,ого Суда,ом Суде", "военн|ый суд,ого суда")}),
 ("government", {
   "en": ["government", "Government", "President", "president", "Prime Minister", "prime minister", "Cabinet of Ministers", "parliament", "Parliament", "presidential administration", "head of state", "National Assembly", "Security Council of"],
   "de": ["Regierung", "Regierungen", "Präsident", "Präsidenten", "Staatspräsident", "Staatspräsidenten", "Staatschef", "Staatschefs", "Ministerpräsident", "Regierungschef", "Premierminister", "Parlament", "Parlaments", "Kabinett", "Staatsführung", "Staatschefs"],
   "ru": ru("правительств|о,а,у,ом,е", "Правительств|о,а,у,ом,е", "президент|,а,у,ом,е", "Президент|,а,у,ом,е", "премьер-министр|,а,у,ом,е", "парламент|,а,у,ом,е", "Парламент|,а,у,ом,е", "Кабинет|,а,у,ом,е министров", "Меджлис|,а,е", "Мажилис|,а,е", "Жогорку Кенеш|,а,е", "Олий Мажлис|,а,е", "Государственн|ая Дума,ой Думы,ой Думе", "Администраци|я,и,ю,ей Президента", "глав|а,ы,е,у,ой государства")}),
 ("military", {
   "en": ["army", "Army", "armed forces", "Armed Forces", "soldiers", "troops", "military", "navy", "air force", "National Guard"],
   "de": ["Armee", "Streitkräfte", "Streitkräften", "Soldaten", "Militär", "Militärs", "Truppen", "Marine", "Luftwaffe", "Nationalgarde", "afghanische Soldaten"],
   "ru": ru("арми|я,и,ю,ей", "Вооруженн|ые силы,ых сил,ым силам,ыми силами", "вооруженн|ые силы,ых сил,ым силам,ыми силами", "военн|ые,ых,ым,ыми", "Нацгварди|я,и,ю,ей", "Росгварди|я,и,ю,ей")}),
]

specific = [
 ("Border Troops of the GKNB", "TJ", "border_service", ru("Погранвойск|а,,ам ГКНБ РТ", "Пограничн|ые войска,ых войск ГКНБ РТ", "Пограничн|ые войска,ых войск ГКНБ Таджикистана", "Пограничн|ые войска,ых войск Государственного комитета национальной безопасности Республики Таджикистан", "Grenztruppen des tadschikischen Staatskomitees für nationale Sicherheit", "Border Troops of the GKNB of Tajikistan", "Border Troops of Tajikistan")),
 ("State Committee for National Security of Tajikistan", "TJ", "security_service", ["ГКНБ РТ", "ГКНБ Таджикистана", "GKNB of Tajikistan", "GKNB RT", "ҚДАМ"]),
 ("State Committee for National Security of Kyrgyzstan", "KG", "security_service", ["ГКНБ КР", "ГКНБ Кыргызстана", "ГКНБ Киргизии", "GKNB of Kyrgyzstan", "UKMK"]),
 ("Border Service of the GKNB of Kyrgyzstan", "KG", "border_service", ru("Пограничн|ая служба,ой службы,ой службе ГКНБ КР", "Пограничн|ая служба,ой службы,ой службе Государственного комитета национальной безопасности Кыргызской Республики", "Border Service of the GKNB of Kyrgyzstan")),
 ("National Security Committee of Kazakhstan", "KZ", "security_service", ["КНБ РК", "КНБ Казахстана", "KNB of Kazakhstan", "ҰҚК", "Комитет национальной безопасности Республики Казахстан", "Комитета национальной безопасности Республики Казахстан"]),
 ("Border Service of the KNB of Kazakhstan", "KZ", "border_service", ru("Пограничн|ая служба,ой службы,ой службе КНБ РК", "Пограничн|ая служба,ой службы,ой службе КНБ Казахстана", "Border Service of the KNB", "Border Service of the National Security Committee of Kazakhstan")),
 ("State Revenue Committee of Kazakhstan", "KZ", "revenue_service", ["КГД МФ РК", "State Revenues Committee of the Finance Ministry", "State Revenue Committee of the Ministry of Finance", "Комитет государственных доходов Министерства финансов Республики Казахстан", "Комитета государственных доходов Министерства финансов РК", "МКК"]),
 ("Financial Monitoring Agency of Kazakhstan", "KZ", "financial_intelligence", ["АФМ РК", "Агентство Республики Казахстан по финансовому мониторингу", "Agency for Financial Monitoring of Kazakhstan"]),
 ("State Security Service of Uzbekistan", "UZ", "security_service", ["СГБ РУз", "СГБ Узбекистана", "DXX", "Davlat xavfsizlik xizmati", "Служба государственной безопасности Республики Узбекистан", "Службы государственной безопасности Республики Узбекистан"]),
 ("Border Troops of the SGB of Uzbekistan", "UZ", "border_service", ru("Пограничн|ые войска,ых войск СГБ РУз", "Погранвойск|а, СГБ", "Border Troops of the State Security Service of Uzbekistan")),
 ("State Customs Committee of Uzbekistan", "UZ", "customs", ["ГТК РУз", "ГТК Узбекистана", "Государственный таможенный комитет Республики Узбекистан", "Государственного таможенного комитета Республики Узбекистан", "State Customs Committee of Uzbekistan", "Davlat bojxona qo'mitasi"]),
 ("Drug Control Agency of Tajikistan", "TJ", "drug_control", ["АКН РТ", "АКН при Президенте РТ", "Агентство по контролю за наркотиками при Президенте Республики Таджикистан", "Агентства по контролю за наркотиками при Президенте Республики Таджикистан", "Drug Control Agency under the President of Tajikistan", "Drug Control Agency of Tajikistan"]),
 ("Customs Service of Tajikistan", "TJ", "customs", ["Таможенная служба при Правительстве Республики Таджикистан", "Таможенной службы при Правительстве Республики Таджикистан", "Таможенная служба РТ", "Customs Service under the Government of Tajikistan"]),
 ("Federal Security Service", "RU", "security_service", ["ФСБ", "ФСБ России", "ФСБ РФ", "FSB", "Federal Security Service", "Федеральная служба безопасности", "Федеральной службы безопасности", "Inlandsgeheimdienst FSB"]),
 ("Border Service of the FSB", "RU", "border_service", ru("Погранслужб|а,ы,е,у,ой ФСБ", "Пограничн|ая служба,ой службы,ой службе ФСБ России", "Пограничн|ое управление,ого управления,ом управлении ФСБ", "Border Service of the FSB")),
 ("Federal Customs Service", "RU", "customs", ["ФТС", "ФТС России", "ФТС РФ", "Федеральная таможенная служба", "Федеральной таможенной службы", "Federal Customs Service", "FCS of Russia", "Главное управление по борьбе с контрабандой", "Главного управления по борьбе с контрабандой", "Центральная оперативная таможня", "Центральной оперативной таможни", "Сибирская оперативная таможня", "Сибирской оперативной таможни", "Московская таможня", "Московской таможни"]),
 ("Interior Ministry of Russia", "RU", "interior_ministry", ["МВД России", "МВД РФ", "Russian Interior Ministry"]),
 ("Main Directorate for Drug Control", "RU", "drug_control", ["ГУНК МВД России", "ГУНК МВД", "Главное управление по контролю за оборотом наркотиков", "Главного управления по контролю за оборотом наркотиков"]),
 ("Rosfinmonitoring", "RU", "financial_intelligence", ["Росфинмониторинг", "Росфинмониторинга", "Rosfinmonitoring", "Federal Financial Monitoring Service"]),
 ("Investigative Committee of Russia", "RU", "other", ["СК России", "СКР", "Следственный комитет России", "Следственного комитета России", "Следственный комитет РФ", "Investigative Committee of Russia"]),
 ("National Guard of Russia", "RU", "military", ["Росгвардия", "Росгвардии", "Rosgvardia"]),
 ("State Border Service of Azerbaijan", "AZ", "border_service", ru("ГПС АР", "ГПС Азербайджана", "Государственн|ая пограничная служба,ой пограничной службы,ой пограничной службе,ую пограничную службу Азербайджана", "Государственн|ая пограничная служба,ой пограничной службы Азербайджанской Республики", "State Border Service of Azerbaijan", "Azerbaijani State Border Service", "Azerbaijan's State Border Service", "Dövlət Sərhəd Xidməti", "DSX", "Staatlicher Grenzdienst Aserbaidschans", "Staatlichen Grenzdienstes Aserbaidschans")),
 ("State Customs Committee of Azerbaijan", "AZ", "customs", ["ГТК Азербайджана", "Государственный таможенный комитет Азербайджана", "State Customs Committee of Azerbaijan", "DGK", "Dövlət Gömrük Komitəsi"]),
 ("State Security Service of Azerbaijan", "AZ", "security_service", ["СГБ Азербайджана", "DTX", "Dövlət Təhlükəsizlik Xidməti", "State Security Service of Azerbaijan"]),
 ("Committee for State Security of Belarus", "BY", "security_service", ["КГБ Беларуси", "КГБ РБ", "KGB of Belarus", "belarussische KGB", "belarussischen KGB"]),
 ("State Border Committee of Belarus", "BY", "border_service", ["Госпогранкомитет", "Госпогранкомитета", "ГПК Беларуси", "State Border Committee of Belarus", "Staatliches Grenzkomitee"]),
 ("State Customs Committee of Belarus", "BY", "customs", ["ГТК Беларуси", "ГТК РБ", "State Customs Committee of Belarus"]),
 ("Security Service of Ukraine", "UA", "security_service", ["СБУ", "SBU", "Security Service of Ukraine", "Служба безпеки України", "Службы безопасности Украины"]),
 ("State Border Guard Service of Ukraine", "UA", "border_service", ["ГПСУ", "ДПСУ", "Госпогранслужба Украины", "Госпогранслужбы Украины", "State Border Guard Service of Ukraine", "Державна прикордонна служба України"]),
 ("State Border Service of Turkmenistan", "TM", "border_service", ["ГПС Туркменистана", "Государственная пограничная служба Туркменистана", "Государственной пограничной службы Туркменистана", "State Border Service of Turkmenistan"]),
 ("Ministry of National Security of Turkmenistan", "TM", "security_service", ["МНБ Туркменистана", "Министерство национальной безопасности Туркменистана", "Ministry of National Security of Turkmenistan"]),
 ("State Customs Service of Turkmenistan", "TM", "customs", ["ГТС Туркменистана", "Государственная таможенная служба Туркменистана", "State Customs Service of Turkmenistan"]),
 ("State Customs Service of Kyrgyzstan", "KG", "customs", ["ГТС КР", "Государственная таможенная служба Кыргызской Республики", "Государственной таможенной службы Кыргызстана", "State Customs Service of Kyrgyzstan"]),
 ("Service for Combating Drug Trafficking of Kyrgyzstan", "KG", "drug_control", ["СБНОН МВД КР", "СБНОН МВД", "Служба по борьбе с незаконным оборотом наркотиков", "Службы по борьбе с незаконным оборотом наркотиков"]),
 ("Bundeskriminalamt", "DE", "police", ["Bundeskriminalamt", "Bundeskriminalamts", "Bundeskriminalamtes", "BKA", "Federal Criminal Police Office"]),
 ("Bundesnachrichtendienst", "DE", "security_service", ["Bundesnachrichtendienst", "Bundesnachrichtendienstes", "BND"]),
 ("Bundesamt für Verfassungsschutz", "DE", "security_service", ["Verfassungsschutz", "Verfassungsschutzes", "Bundesamt für Verfassungsschutz", "BfV"]),
 ("Zollkriminalamt", "DE", "customs", ["Zollkriminalamt", "Zollkriminalamts", "ZKA"]),
 ("Bundeskriminalamt Österreich", "AT", "police", ["Bundeskriminalamt Österreich", "Cobra"]),
 ("Drug Enforcement Administration", "US", "drug_control", ["DEA", "Drug Enforcement Administration", "US-Drogenbehörde", "US-Drogenbekämpfungsbehörde"]),
 ("Federal Bureau of Investigation", "US", "police", ["FBI", "Federal Bureau of Investigation"]),
 ("U.S. Customs and Border Protection", "US", "border_service", ["CBP", "Customs and Border Protection"]),
 ("National Crime Agency", "GB", "police", ["National Crime Agency", "NCA"]),
 ("National Directorate of Security", "AF", "security_service", ["NDS", "National Directorate of Security", "Nationale Sicherheitsdirektion"]),
 ("Counter Narcotics Police of Afghanistan", "AF", "drug_control", ["Counter Narcotics Police of Afghanistan", "CNPA"]),
 ("Afghan National Police", "AF", "police", ["Afghan National Police", "ANP"]),
 ("Anti-Narcotics Force", "PK", "drug_control", ["Anti-Narcotics Force", "ANF"]),
 ("Federal Investigation Agency", "PK", "police", ["Federal Investigation Agency", "FIA"]),
 ("Drug Control Headquarters of Iran", "IR", "drug_control", ["Drug Control Headquarters", "DCHQ", "Штаб по борьбе с наркотиками Ирана"]),
 ("Islamic Revolutionary Guard Corps", "IR", "military", ["IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionsgarden", "КСИР", "Корпус стражей исламской революции"]),
 ("Border Guard Command of Iran", "IR", "border_service", ["Командование пограничной охраны Исламской Республики Иран", "Командования пограничной охраны Исламской Республики Иран", "Iranian Border Guard", "Border Guard Command of Iran"]),
 ("Turkish National Police", "TR", "police", ["Emniyet Genel Müdürlüğü", "Turkish National Police", "EGM"]),
 ("Turkish Gendarmerie", "TR", "military", ["Jandarma", "Gendarmerie General Command", "türkische Gendarmerie"]),
 ("Turkish Coast Guard", "TR", "border_service", ["Sahil Güvenlik", "Turkish Coast Guard", "türkische Küstenwache"]),
 ("National Intelligence Organization", "TR", "security_service", ["MİT", "MIT", "Millî İstihbarat Teşkilatı", "National Intelligence Organization"]),
 ("Ministry of Public Security of China", "CN", "police", ["Ministry of Public Security", "Министерство общественной безопасности КНР", "Министерства общественной безопасности КНР", "Ministerium für öffentliche Sicherheit"]),
 ("General Administration of Customs of China", "CN", "customs", ["General Administration of Customs", "Главное таможенное управление КНР", "Главного таможенного управления КНР"]),
]

explicit = [
 ("police", {"en": ["law enforcement agencies", "law enforcement agency", "law enforcement bodies", "law enforcement officers", "law enforcement authorities", "law enforcement units"],
             "de": ["Strafverfolgungsbehörden", "Sicherheitsbehörden", "Polizeibehörden"],
             "ru": ru("правоохранительн|ые органы,ых органов,ым органам,ыми органами", "силовик|и,ов,ами", "силов|ые структуры,ых структур")}),
]

ambiguous = [
 {"pattern": "ГКНБ", "countries": ["TJ", "KG"], "kind": "security_service"},
 {"pattern": "GKNB", "countries": ["TJ", "KG"], "kind": "security_service"},
 {"pattern": "КНБ", "countries": ["KZ"], "kind": "security_service"},
 {"pattern": "ГПС", "countries": ["AZ", "TM"], "kind": "border_service"},
 {"pattern": "State Border Service", "countries": ["AZ", "TM", "UA"], "kind": "border_service"},
 {"pattern": "ГТК", "countries": ["UZ", "BY", "AZ"], "kind": "customs"},
 {"pattern": "КГБ", "countries": ["BY"], "kind": "security_service"},
 {"pattern": "СГБ", "countries": ["UZ", "AZ"], "kind": "security_service"},
]

src = "Kordon editors (official names as the bodies use them on their sites and in their releases)"
data = {"version": 1, "source": src,
        "note": "generic: a kind of body whose country is bound from the text around it (or the article's country); explicit: vague terms bound only to a country written next to them; specific: one country's body; ambiguous_patterns: a name several countries use, bound to the one the article names",
        "kinds": ["interior_ministry", "police", "customs", "border_service", "security_service", "prosecutor", "drug_control", "revenue_service", "financial_intelligence", "foreign_ministry", "defense_ministry", "justice_ministry", "emergency_service", "embassy", "court", "government", "military", "other"],
        "generic": [{"kind": k, "langs": sorted(forms), "patterns": sorted({p for fs in forms.values() for p in fs if p.strip()}), "source": src} for k, forms in generic],
        "explicit": [{"kind": k, "bind": "explicit", "langs": sorted(forms), "patterns": sorted({p for fs in forms.values() for p in fs}), "source": src} for k, forms in explicit],
        "specific": [{"name": n, "country": c, "kind": k, "patterns": list(dict.fromkeys(p for p in ps if p.strip())), "source": src} for n, c, k, ps in specific],
        "ambiguous_patterns": ambiguous}
# drop the accidental template artefact
for g in data["generic"]:
    g["patterns"] = [p for p in g["patterns"] if "|" not in p and not p.endswith(" ")]
with open("src/kordon/data/agencies.json", "w") as fh:
    json.dump(data, fh, ensure_ascii=False, indent=1)
print(sum(len(g["patterns"]) for g in data["generic"]), len(data["specific"]))
