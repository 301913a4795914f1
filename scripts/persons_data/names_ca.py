"""Given names of Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Turkmenistan, Azerbaijan and the
North Caucasus: Russian-Cyrillic form | Latin spellings | forms in the national alphabet.
The English and German romanisations of the Cyrillic form are added by the builder."""

KZ = """
Нурсултан | Nursultan | Нұрсұлтан
Касым-Жомарт | Kassym-Jomart, Kasym-Zhomart, Kassym-Zhomart, Qasym-Jomart, Kassym-Schomart, Kassym-Jomart | Қасым-Жомарт
Касым | Kassym, Kasym, Qasym | Қасым
Жомарт | Jomart, Zhomart, Schomart |
Карим | Karim, Kerim |
Аскар | Askar, Asqar | Асқар
Алихан | Alikhan, Alichan, Alihan | Әлихан
Ерлан | Yerlan, Erlan, Jerlan |
Марат | Marat |
Канат | Kanat, Qanat | Қанат
Нурлан | Nurlan | Нұрлан
Бахыт | Bakhyt, Bakyt, Bachyt, Bakhit | Бақыт
Бахытжан | Bakhytzhan, Bakytzhan, Bakhytjan | Бақытжан
Бакытжан | Bakytzhan, Bakytjan |
Данияр | Daniyar, Daniar, Danijar |
Ержан | Yerzhan, Erzhan, Jerschan, Yerjan, Erjan |
Имангали | Imangali, Imanghali | Иманғали
Берик | Berik | Берік
Бейбут | Beibut, Beybut |
Серик | Serik | Серік
Самат | Samat |
Талгат | Talgat, Talghat | Талғат
Жанат | Zhanat, Janat |
Даурен | Dauren | Дәурен
Дархан | Darkhan, Darchan |
Кайрат | Kairat, Kayrat, Qairat | Қайрат
Арман | Arman |
Айдос | Aidos, Aydos |
Азамат | Azamat |
Асхат | Askhat, Aschat, Asqat |
Ардак | Ardak, Ardaq | Ардақ
Адиль | Adil | Әділ
Бауыржан | Bauyrzhan, Baurzhan, Bauyrjan, Baurjan |
Бауржан | Baurzhan, Baurjan |
Болат | Bolat, Bulat |
Габит | Gabit, Ghabit | Ғабит
Галымжан | Galymzhan, Ghalymzhan | Ғалымжан
Галым | Galym, Ghalym | Ғалым
Ербол | Yerbol, Erbol |
Ерболат | Yerbolat, Erbolat |
Ермек | Yermek, Ermek |
Еркин | Yerkin, Erkin | Еркін
Куаныш | Kuanysh, Quanysh | Қуаныш
Мухтар | Mukhtar, Muchtar, Mukhtarbek |
Мурат | Murat |
Нурбек | Nurbek | Нұрбек
Нуржан | Nurzhan, Nurjan | Нұржан
Сакен | Saken | Сәкен
Султан | Sultan | Сұлтан
Жандос | Zhandos, Jandos |
Мади | Madi |
Алмас | Almas, Almaz |
Бекзат | Bekzat |
Абай | Abai, Abay |
Аблай | Ablai, Ablay |
Абылай | Abylai, Abylay |
Айбек | Aibek, Aybek |
Айдар | Aidar, Aydar |
Алибек | Alibek |
Амангельды | Amangeldy, Amangeldi |
Ахметжан | Akhmetzhan, Akhmetjan |
Бахтияр | Bakhtiyar, Bakhtiar, Baxtiyar |
Бекболат | Bekbolat |
Болатбек | Bolatbek |
Дамир | Damir |
Даулет | Daulet | Дәулет
Дулат | Dulat |
Жаксылык | Zhaksylyk | Жақсылық
Жаслан | Zhaslan |
Жасулан | Zhasulan |
Ильяс | Ilyas, Iliyas |
Куат | Kuat, Quat | Қуат
Максат | Maksat, Maqsat |
Мейрам | Meiram, Meyram |
Ондасын | Ondasyn |
Рустем | Rustem |
Саят | Sayat |
Серикжан | Serikzhan | Серікжан
Сапар | Sapar |
Умирзак | Umirzak, Umirzaq | Өмірзақ
Шокан | Shokan |
Кайсар | Kaisar, Qaisar | Қайсар
Мирас | Miras |
Нурдаулет | Nurdaulet |
Олжас | Olzhas, Oljas |
Рахат | Rakhat |
Темирлан | Temirlan | Темірлан
Толеген | Tolegen | Төлеген
Ернар | Yernar, Ernar |
Женис | Zhenis | Жеңіс
Мажит | Mazhit |
Абзал | Abzal |
Алтынбек | Altynbek |
Ахмет | Akhmet, Ahmet |
Бекжан | Bekzhan |
Женисбек | Zhenisbek |
Нургали | Nurgali |
Нурали | Nurali |
Тимур | Timur, Temur |
Руслан | Ruslan |
Ерик | Yerik |
Кенес | Kenes |
Оралбек | Oralbek |
Нурлыбек | Nurlybek |
Бакытбек | Bakytbek |
Самат | Samat |
Серикбол | Serikbol |
Талгатбек | Talgatbek |
Жанибек | Zhanibek, Janibek |
Ерден | Yerden, Erden |
Ерлик | Yerlik |
Ерназар | Yernazar |
Ержигит | Yerzhigit |
Ерсин | Yersin, Ersin |
Есен | Yesen, Esen |
Есим | Yessim, Essim | Есім
Жумабек | Zhumabek |
Кажымукан | Kazhymukan |
Канатбек | Kanatbek |
Мукагали | Mukagali |
Нурлыхан | Nurlykhan |
Оразали | Orazali |
Сагынтай | Sagyntai |
Тулеген | Tulegen |
Уалихан | Ualikhan |
Шахмардан | Shakhmardan |
Асель | Assel, Asel | Әсел
Айгерим | Aigerim, Aygerim |
Алия | Aliya, Aliia, Alia |
Динара | Dinara |
Гульнара | Gulnara |
Жанар | Zhanar, Janar |
Сауле | Saule | Сәуле
Айжан | Aizhan, Ayzhan, Aijan |
Дарига | Dariga | Дариға
Бибигуль | Bibigul |
Гульмира | Gulmira |
Айнур | Ainur, Aynur |
Аружан | Aruzhan |
Томирис | Tomiris |
Акмарал | Akmaral |
Ляззат | Lyazzat, Lazzat |
Назгуль | Nazgul |
Салтанат | Saltanat |
Айгуль | Aigul, Aygul |
Гаухар | Gaukhar |
Карлыгаш | Karlygash | Қарлығаш
Раушан | Raushan |
Асем | Assem, Asem | Әсем
Асия | Asiya, Assiya |
Меруерт | Meruert |
Ботагоз | Botagoz | Ботагөз
Лаура | Laura |
Шолпан | Sholpan |
Актоты | Aktoty | Ақтоты
Инкар | Inkar | Іңкәр
Аяулым | Ayaulym |
Балжан | Balzhan |
Гульжан | Gulzhan |
Жадыра | Zhadyra |
Куралай | Kuralai, Kuralay |
Мольдир | Moldir | Мөлдір
Нургуль | Nurgul |
Тогжан | Togzhan | Тоғжан
Умит | Umit | Үміт
Шынар | Shynar |
Гульшара | Gulshara |
Камила | Kamila |
Майра | Maira |
Зауре | Zaure |
Бахыткуль | Bakhytkul |
Роза | Roza |
Галия | Galiya |
"""

KG = """
Садыр | Sadyr |
Камчыбек | Kamchybek, Kamtschybek |
Кубанычбек | Kubanychbek, Kubanytschbek |
Улан | Ulan |
Алмазбек | Almazbek |
Сооронбай | Sooronbay, Sooronbai |
Курманбек | Kurmanbek |
Темир | Temir |
Талант | Talant |
Улукбек | Ulukbek |
Мелис | Melis |
Адылбек | Adylbek |
Жениш | Zhenish, Jenish, Dschenisch |
Акылбек | Akylbek |
Таалатбек | Taalatbek |
Омурбек | Omurbek | Өмүрбек
Токон | Tokon |
Кадырбек | Kadyrbek |
Эдиль | Edil |
Бакыт | Bakyt |
Нурланбек | Nurlanbek |
Эрмек | Ermek |
Мирлан | Mirlan |
Чингиз | Chingiz, Tschingis, Chyngyz | Чыңгыз
Рыскелди | Ryskeldi |
Мирбек | Mirbek |
Бектур | Bektur |
Эмилбек | Emilbek |
Марлен | Marlen |
Канатбек | Kanatbek |
Жолдошбек | Zholdoshbek, Joldoshbek |
Медет | Medet |
Таалай | Taalai, Taalay |
Нурдин | Nurdin |
Эркин | Erkin |
Эсенгул | Esengul |
Кубат | Kubat |
Бактыбек | Baktybek |
Замирбек | Zamirbek |
Дастан | Dastan |
Урмат | Urmat |
Тилек | Tilek |
Мыктыбек | Myktybek |
Эмил | Emil |
Бакытбек | Bakytbek |
Кадыр | Kadyr |
Асылбек | Asylbek |
Жаныш | Zhanysh, Janysh |
Азиз | Aziz |
Алмаз | Almaz |
Бекташ | Bektash |
Курсан | Kursan |
Максатбек | Maksatbek |
Нурбек | Nurbek |
Рысбек | Rysbek |
Талайбек | Talaibek, Talaybek |
Туратбек | Turatbek |
Улукман | Ulukman |
Шайлообек | Shailoobek |
Эрлан | Erlan |
Азамат | Azamat |
Абдыкадыр | Abdykadyr |
Апас | Apas |
Бекболот | Bekbolot |
Жээнбек | Jeenbek, Zheenbek |
Роза | Roza |
Айдай | Aidai, Aiday |
Айпери | Aiperi |
Бермет | Bermet |
Жылдыз | Jyldyz, Zhyldyz, Dschyldys |
Чолпон | Cholpon, Tscholpon |
Бактыгуль | Baktygul |
Жаныл | Zhanyl, Janyl |
Каныкей | Kanykei, Kanykey |
Мээрим | Meerim |
Толгонай | Tolgonai |
Айнура | Ainura |
Венера | Venera |
Гулзат | Gulzat |
Эльвира | Elvira |
Нургуль | Nurgul |
Асель | Asel |
Динара | Dinara |
Гульнара | Gulnara |
Айгуль | Aigul |
Назгуль | Nazgul |
Жамиля | Jamilya, Zhamilya |
"""

UZ = """
Шавкат | Shavkat, Schawkat, Shawkat |
Шерзод | Sherzod |
Рустам | Rustam |
Фаррух | Farrukh, Farruch, Farrux |
Азиз | Aziz |
Абдулла | Abdulla, Abdullah |
Абдулазиз | Abdulaziz |
Бахтиёр | Bakhtiyor, Baxtiyor, Bachtijor |
Бахром | Bakhrom, Bahrom, Baxrom |
Ботир | Botir |
Джамшид | Jamshid, Dzhamshid, Dschamschid |
Жасур | Jasur, Zhasur |
Зафар | Zafar |
Ислом | Islom |
Ислам | Islam |
Иброхим | Ibrokhim, Ibrohim |
Ильхом | Ilkhom, Ilhom |
Камол | Kamol |
Комил | Komil |
Лазиз | Laziz |
Махмуд | Makhmud, Mahmud |
Мурод | Murod |
Нодир | Nodir |
Нодирбек | Nodirbek |
Отабек | Otabek |
Пулат | Pulat, Po'lat |
Равшан | Ravshan, Rawschan |
Рахим | Rakhim, Rahim |
Санжар | Sanjar, Sanzhar |
Сардор | Sardor |
Сарвар | Sarvar |
Содик | Sodik, Sodiq |
Сирожиддин | Sirojiddin |
Уткир | Utkir, O'tkir |
Улугбек | Ulugbek, Ulughbek, Ulug'bek |
Фарход | Farkhod, Farhod |
Хуршид | Khurshid, Hurshid, Xurshid |
Шухрат | Shukhrat, Shuhrat |
Шерали | Sherali |
Элёр | Elyor |
Абдурахмон | Abdurakhmon, Abdurahmon |
Акмал | Akmal |
Алишер | Alisher |
Анвар | Anvar, Anwar |
Бобур | Bobur, Babur |
Дильшод | Dilshod |
Жахонгир | Jakhongir, Jahongir, Dzhakhongir |
Журабек | Jurabek, Zhurabek |
Кахрамон | Kakhramon, Qahramon |
Мансур | Mansur |
Нуриддин | Nuriddin |
Одил | Odil |
Ойбек | Oybek, Oibek |
Рауф | Rauf |
Рашид | Rashid |
Толиб | Tolib |
Тохир | Tokhir, Tohir |
Умид | Umid |
Файзулла | Fayzulla, Faizulla |
Хамид | Khamid, Hamid |
Хусан | Khusan, Husan |
Шохрух | Shokhrukh, Shohruh |
Эльдор | Eldor |
Юсуф | Yusuf |
Якуб | Yakub |
Ахмад | Akhmad, Ahmad |
Баходир | Bakhodir, Bahodir |
Тулкин | Tulkin, To'lqin |
Фахриддин | Fakhriddin |
Гайрат | Gayrat, G'ayrat |
Кудрат | Kudrat |
Сухроб | Sukhrob, Suhrob |
Бекзод | Bekzod |
Достон | Doston |
Жавохир | Javokhir, Javohir |
Фозил | Fozil |
Икром | Ikrom |
Абдулхаким | Abdulkhakim, Abdulhakim |
Бахтиер | Bakhtiyer |
Дилшод | Dilshod |
Ориф | Orif |
Рахматулла | Rakhmatulla, Rahmatulla |
Тимур | Timur |
Улмас | Ulmas |
Шухратулла | Shukhratulla |
Эркин | Erkin |
Абдужаббор | Abdujabbor |
Аброр | Abror |
Аваз | Avaz |
Азамат | Azamat |
Алимжан | Alimjan, Alimzhan |
Баходир | Bakhodir, Bahodir |
Бегзод | Begzod |
Валижон | Valijon |
Журабой | Jurabay |
Зокир | Zokir |
Исроил | Isroil |
Мирзиёд | Mirziyod |
Мирзо | Mirzo |
Мухаммадали | Muhammadali |
Мухиддин | Mukhiddin, Muhiddin |
Нурмат | Nurmat |
Отажон | Otajon |
Пахлавон | Pahlavon |
Рахимжон | Rakhimjon, Rahimjon |
Саидакбар | Saidakbar |
Сайфулла | Sayfulla |
Тохиржон | Tokhirjon |
Хайрулла | Khayrulla |
Шамсиддин | Shamsiddin |
Шерзодбек | Sherzodbek |
Эркинжон | Erkinjon |
Саида | Saida |
Зиёда | Ziyoda |
Шахноза | Shakhnoza, Shahnoza |
Нилуфар | Nilufar |
Дилноза | Dilnoza |
Гульнора | Gulnora |
Мадина | Madina |
Нодира | Nodira |
Феруза | Feruza |
Севара | Sevara |
Зулфия | Zulfiya |
Мухаббат | Mukhabbat, Muhabbat |
Дильфуза | Dilfuza |
Хилола | Khilola, Hilola |
Малика | Malika |
Лола | Lola |
Умида | Umida |
Нигора | Nigora |
Шахло | Shakhlo, Shahlo |
Гулчехра | Gulchekhra, Gulchehra |
Танзила | Tanzila |
Мохира | Mokhira, Mohira |
Дилором | Dilorom |
Ширин | Shirin |
Камола | Kamola |
Мунира | Munira |
Гулноза | Gulnoza |
Дилдора | Dildora |
Зухра | Zukhra, Zuhra |
Мавжуда | Mavjuda |
Ойбек | Oybek |
"""

TJ = """
Эмомали | Emomali, Emomalii |
Рустам | Rustam |
Шерали | Sherali |
Саймумин | Saimumin |
Рамазон | Ramazon |
Кохир | Kokhir, Qohir | Қоҳир
Давлатали | Davlatali |
Махмадтоир | Makhmadtoir, Mahmadtoir |
Сироджиддин | Sirojiddin, Sirodzhiddin | Сироҷиддин
Махмадсаид | Makhmadsaid, Mahmadsaid |
Фаридун | Faridun |
Хуршед | Khurshed, Hurshed |
Джамшед | Jamshed, Dzhamshed | Ҷамшед
Фируз | Firuz |
Абдулло | Abdullo |
Абдурахим | Abdurakhim, Abdurahim |
Бахтовар | Bakhtovar |
Гафур | Gafur, Ghafur | Ғафур
Далер | Daler |
Джумахон | Jumakhon, Dzhumakhon |
Зариф | Zarif |
Исмоил | Ismoil |
Музаффар | Muzaffar |
Озод | Ozod |
Рахмон | Rakhmon, Rahmon | Раҳмон
Рахматулло | Rakhmatullo, Rahmatullo |
Саид | Said |
Сайфулло | Sayfullo |
Сухроб | Sukhrob, Suhrob |
Умед | Umed |
Убайдулло | Ubaydullo |
Фирдавс | Firdavs |
Хайрулло | Khayrullo |
Шерхон | Sherkhon |
Шариф | Sharif |
Акбар | Akbar |
Баходур | Bakhodur |
Давлат | Davlat |
Комрон | Komron |
Манучехр | Manuchekhr, Manuchehr |
Низом | Nizom |
Парвиз | Parviz |
Сафар | Safar |
Собир | Sobir |
Хабибулло | Khabibullo |
Шамсиддин | Shamsiddin |
Нусратулло | Nusratullo |
Рахимжон | Rakhimjon |
Абдуфаттох | Abdufattokh |
Ашурали | Ashurali |
Бахриддин | Bakhriddin |
Джурабек | Jurabek |
Ибодулло | Ibodullo |
Косим | Kosim, Qosim | Қосим
Мирзошохрух | Mirzoshokhrukh |
Муродали | Murodali |
Назарали | Nazarali |
Ниёзмамад | Niyozmamad |
Одина | Odina |
Рамзиддин | Ramziddin |
Саидмурод | Saidmurod |
Султон | Sulton |
Тоджиддин | Tojiddin |
Хусрав | Khusrav |
Шохин | Shokhin |
Ёдгор | Yodgor |
Озода | Ozoda |
Шабнам | Shabnam |
Мавлуда | Mavluda |
Нигина | Nigina |
Гулрухсор | Gulrukhsor |
Парвина | Parvina |
Сабохат | Sabokhat |
Тахмина | Takhmina, Tahmina |
Фарзона | Farzona |
Дилафруз | Dilafruz |
Рухшона | Rukhshona |
Хуршеда | Khursheda |
Сурайё | Surayo |
Мехринисо | Mehriniso |
Зебо | Zebo |
"""

TM = """
Гурбангулы | Gurbanguly, Gurbanguli, Gurbangulı |
Сердар | Serdar |
Сапармурат | Saparmurat, Saparmyrat |
Рашид | Rashid, Raşit |
Мурад | Murad, Myrat |
Бегенч | Begench, Begenç |
Агаджан | Agadzhan, Agajan |
Батыр | Batyr |
Довлет | Dovlet, Döwlet |
Бяшим | Byashim, Bäşim |
Гуванч | Guvanch, Guwanç |
Максат | Maksat |
Мекан | Mekan |
Мердан | Merdan |
Нурмухаммет | Nurmuhammet |
Сапар | Sapar |
Хыдыр | Khydyr, Hydyr |
Чары | Chary, Çary |
Аллаберди | Allaberdi |
Байрам | Bayram |
Довран | Dovran, Döwran |
Мухаммет | Muhammet |
Эзиз | Eziz |
Аннагелди | Annageldi |
Бердымухамед | Berdimuhamed |
Гочмурад | Gochmurad, Goçmyrat |
Иламан | Ylaman |
Какагелди | Kakageldi |
Мяликгулы | Malikguly |
Пыгамбергулы | Pygamberguly |
Розыгелди | Rozygeldi |
Шамухаммет | Shamuhammet |
Ягшимурад | Yagshymurat |
Акджа | Akja |
Мяхри | Mahri, Mähri |
Гульшат | Gulshat |
Бахар | Bahar |
Дженнет | Jennet |
Сельби | Selbi |
Лейли | Leyli |
Огулгерек | Ogulgerek |
Огульшат | Ogulshat |
Майса | Maysa |
"""

AZ = """
Ильхам | Ilham, İlham |
Вилаят | Vilayat, Vilayət, Wilajat |
Эльчин | Elchin, Elçin |
Рамиль | Ramil |
Гейдар | Heydar, Haydar, Geydar, Heydər |
Рамиз | Ramiz |
Закир | Zakir |
Джейхун | Jeyhun, Ceyhun, Dzheyhun |
Эльмар | Elmar |
Камаладдин | Kamaladdin, Kamaleddin |
Мадат | Madat |
Новруз | Novruz |
Мамед | Mammad, Mamed, Məmməd |
Эльдар | Eldar |
Фуад | Fuad |
Фарид | Farid |
Анар | Anar |
Орхан | Orkhan, Orxan |
Турал | Tural |
Рашад | Rashad, Rəşad |
Самир | Samir |
Эльнур | Elnur |
Айдын | Aydin, Aydın |
Эмин | Emin |
Хикмет | Hikmet, Hikmət |
Акиф | Akif |
Мухтар | Mukhtar, Muxtar |
Нариман | Nariman, Nəriman |
Огтай | Ogtay, Oqtay |
Самед | Samed, Samad, Səməd |
Сахиб | Sahib |
Тофиг | Tofig, Tofiq |
Фикрет | Fikret, Fikrət |
Шахин | Shahin, Şahin |
Эльман | Elman |
Эльвин | Elvin |
Заур | Zaur |
Ровшан | Rovshan, Rövşən |
Азер | Azer, Azər |
Бахтияр | Bakhtiyar, Bəxtiyar |
Вугар | Vugar, Vüqar |
Гусейн | Huseyn, Hüseyn, Guseyn |
Гасан | Hasan, Gasan, Həsən |
Джавид | Javid, Cavid |
Ильгар | Ilgar, İlqar |
Кямран | Kamran, Kəmran |
Магеррам | Maharram, Məhərrəm |
Натиг | Natig, Natiq |
Рамин | Ramin |
Теймур | Teymur |
Фархад | Farhad |
Эльшад | Elshad, Elşad |
Эльхан | Elkhan, Elxan |
Шахмар | Shahmar, Şahmar |
Зия | Ziya |
Мубариз | Mubariz |
Асиф | Asif |
Аяз | Ayaz |
Сеймур | Seymur |
Эльдениз | Eldaniz, Eldəniz |
Эльмир | Elmir |
Ильгам | Ilgam |
Кенан | Kanan, Kənan |
Намиг | Namig, Namiq |
Нусрат | Nusrat |
Рафиг | Rafig, Rafiq |
Рагим | Ragim, Rahim |
Сабир | Sabir |
Тахир | Tahir |
Фазиль | Fazil |
Халид | Khalid |
Чингиз | Chingiz |
Шахлар | Shahlar |
Ягуб | Yagub, Yaqub |
Мехрибан | Mehriban |
Лейла | Leyla |
Арзу | Arzu |
Севиндж | Sevinj, Sevinc |
Айтен | Ayten, Aytən |
Гюнай | Gunay, Günay |
Нигяр | Nigar, Nigyar |
Аида | Aida |
Гюльнара | Gulnara |
Конул | Konul, Könül |
Ульвия | Ulviyya, Ülviyyə |
Самира | Samira |
Севда | Sevda |
Нармин | Narmin, Nərmin |
Фидан | Fidan |
Туркан | Turkan |
Хадиджа | Khadija |
Гюльшан | Gulshan |
Эльмира | Elmira |
Сабина | Sabina |
Лала | Lala |
Фатма | Fatma |
Шахла | Shahla |
Зарифа | Zarifa |
"""

CAUCASUS = """
Рамзан | Ramzan |
Ахмат | Akhmat |
Магомед | Magomed |
Апти | Apti |
Хамзат | Khamzat |
Адам | Adam |
Муса | Musa |
Султан | Sultan |
Салман | Salman |
Умар | Umar |
Абдул-Кадыр | Abdul-Kadyr |
Даниял | Daniyal |
Зелимхан | Zelimkhan |
Руслан | Ruslan |
Алихан | Alikhan |
Мурад | Murad |
Магомедсалам | Magomedsalam |
Гаджимурад | Gadzhimurad |
Магомедали | Magomedali |
Абдулмуслим | Abdulmuslim |
Шарип | Sharip |
Хусейн | Khuseyn |
Ислам | Islam |
Юнус-Бек | Yunus-Bek, Yunus-bek |
Мурат | Murat |
Казбек | Kazbek |
Батраз | Batraz |
Сослан | Soslan |
Таймураз | Taimuraz, Taymuraz |
Алан | Alan |
Аслан | Aslan |
Анзор | Anzor |
Заурбек | Zaurbek |
Хетаг | Khetag |
Эльбрус | Elbrus |
Тамерлан | Tamerlan |
Малика | Malika |
Зарема | Zarema |
Хеда | Kheda |
Мадина | Madina |
Патимат | Patimat |
Хадижат | Khadizhat |
"""


def parse(block: str):
    rows = []
    for line in block.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 3:
            parts.append("")
        cyr, lat, nat = parts[:3]
        rows.append(
            (
                cyr,
                [x.strip() for x in lat.split(",") if x.strip()],
                [x.strip() for x in nat.split(",") if x.strip()],
            )
        )
    return rows


ALL = {"kz": KZ, "kg": KG, "uz": UZ, "tj": TJ, "tm": TM, "az": AZ, "caucasus": CAUCASUS}
