"""Given names by origin, Latin script (and Cyrillic where Russian copy uses them)."""

GERMAN = """
Olaf Friedrich Karl Gerhard Herbert Alexander Horst Thomas Wolfgang Hans Peter Klaus Jürgen Juergen
Dieter Günter Günther Guenter Manfred Heinz Helmut Helmuth Walter Werner Uwe Rainer Reiner Frank
Markus Marcus Stefan Stephan Michael Andreas Christian Martin Matthias Mathias Jens Tobias Florian
Sebastian Philipp Lars Boris Annalena Angela Ursula Christine Christina Karin Sabine Petra Monika
Claudia Andrea Susanne Birgit Heike Anke Silke Katrin Kathrin Katharina Julia Anna Lena Svenja
Franziska Renate Cem Robert Volker Marco Hubertus Armin Hendrik Nancy Norbert Beate Klaudia Alma
Werner Ignazio Viola Alain Guy Ueli Beat Elisabeth Albert Hanspeter Hansjörg Urs Reto Ruedi Jürg
Jörg Joerg Karl-Heinz Hans-Peter Heinz-Christian Frank-Walter Hans-Georg Hans-Joachim Hans-Jürgen
Klaus-Dieter Karl-Theodor Anne-Kathrin Hans-Dietrich Hans-Werner Karl-Josef Hans-Ulrich Hans-Christian
Marie-Luise Marie-Agnes Eva-Maria Ernst-Ulrich Hans-Dieter Hans-Gert Hans-Friedrich Karl-Heinrich
Johann Johannes Josef Joseph Georg Jakob Konrad Ludwig Otto Paul Rudolf Wilhelm Hermann Heinrich
Ulrich Dietrich Detlef Detlev Bernd Bernhard Burkhard Christoph Dirk Eckhard Eckart Erich Erwin
Fritz Gerd Gert Gottfried Gregor Gunther Hartmut Heiko Holger Ingo Joachim Jochen Kai Kurt Lothar
Lutz Malte Matthäus Nils Niels Olaf Oliver Ralf Ralph Reinhard Reinhold Rüdiger Siegfried Sigmar
Sven Swen Thorsten Torsten Till Timo Ulf Veit Wilfried Winfried Wolfram Achim Adolf Albrecht
Alfons Alfred Alois Andre André Anton Armin Arnd Arne Axel Benedikt Benjamin Björn Carsten Karsten
Christof Clemens Cornelius Daniel David Dennis Dominik Edgar Egon Elmar Emil Erhard Ewald Fabian
Felix Ferdinand Florian Franz Gabriel Georg Gernot Gustav Harald Hauke Heiner Helge Henning Henrik
Hinrich Hubert Hugo Ingolf Jan Janis Jannik Jascha Jonas Jonathan Josef Julian Justus Kilian
Klemens Knut Konstantin Lennart Leon Leonhard Linus Lorenz Lucas Lukas Ludger Manuel Marcel Mario
Marius Maximilian Meinhard Moritz Nico Niko Nikolaus Norman Oskar Oswald Patrick Pascal Raimund
Rolf Roland Rupert Sascha Severin Siegmar Simon Theo Theodor Tilman Tillmann Tim Tom Torben Vincent
Waldemar Wendelin Wieland Willi Willy Wolf-Dieter Wolf-Rüdiger Yannick Yannik Johann-Georg
Agnes Angelika Anja Anne Annette Antje Astrid Barbara Bärbel Bettina Bianca Brigitte Britta
Carola Caroline Charlotte Christa Christiane Cornelia Dagmar Daniela Doris Dorothea Dorothee Edith
Elke Ella Emma Erika Eva Franziska Frauke Friederike Gabriele Gerda Gertrud Gesine Gisela Greta
Gudrun Hannelore Hanna Hannah Heidi Helga Hildegard Ilse Ina Ines Inge Ingrid Irene Iris Jana Jasmin
Jennifer Johanna Judith Jutta Karola Katja Kerstin Kirsten Klara Lea Lisa Luise Magdalena Manuela
Mareike Margarete Margot Maria Marianne Marion Marlene Martina Melanie Michaela Miriam Nadine Nicole
Nina Nora Ramona Regina Rita Ronja Rosemarie Ruth Sandra Sarah Sara Saskia Silvia Simone Sonja
Stefanie Stephanie Svenja Tanja Theresa Therese Ulla Ulrike Ursel Ute Verena Veronika Waltraud
Wiebke Yvonne Anneliese Annegret Josefine Liselotte Lieselotte Marieluise Sieglinde Sigrid
Alexandra Kristina Ricarda Filiz Aydan Serap Canan Aminata Lamya Derya Reem Sawsan Gökay Ali-Can
Omid Tarek Cansel Karamba Kassem Muhanad Nezahat Metin Ekin Aziz Mehmet Rasha Ferat Zaklin Nyke
Toni Sepp Franz-Josef Hans-Josef Karl-Josef Heinz-Peter Peter-Michael Jan-Marco Ann-Kathrin
Hannes Kevin Jannis Leonie Luisa Marie Mia Sophie Sofie Lina Lena Emilia Alina Paula Johanna Vanessa
Manfred Gero Jobst Kuno Ortwin Udo Gunnar Lutz-Peter Wulf Erwin Herwig Helfried Hartwig
"""

ENGLISH = """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas
Zachary Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl
Harold Dylan Arthur Lawrence Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie
Elijah Wayne Randy Vincent Russell Louis Philip Bobby Johnny Bradley Antony Tony Mike Nick Jim Tom
Bob Bill Dave Steve Chris Matt Jeff Dan Ron Ken Jon Josh Ben Sam Greg Pete Rick Rob Andy Tim Ted
Fred Hank Jake Luke Mark Roy Glenn Neil Barry Derek Gordon Graham Hugh Ian Colin Alistair Alastair
Angus Duncan Fergus Malcolm Murray Nigel Owen Rhys Gareth Dafydd Geraint Liam Sean Seamus Ciaran
Declan Eamon Eamonn Fintan Niall Oisin Padraig Rory Shane Brendan Connor Conor Kieran Leo Oscar
Oliver Harry Charlie Alfie Archie Freddie Theo Toby Rishi Boris Theresa Keir Liz Priti Suella Yvette
Rachel Kemi Jeremy Dominic Ben Priti Sajid Nadhim Kwasi Wes Angela Kamala Joe Barack Hillary
Condoleezza Madeleine Antony Lloyd Marco Pete Tulsi Kash Kristi Alejandro Mary Patricia Jennifer
Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly
Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra
Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly
Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann
Teresa Kathryn Sara Janice Jean Alice Doris Abigail Julia Judy Beverly Denise Marilyn Amber Danielle
Brittany Diana Natalie Sophia Alexis Lori Kayla Jane Harriet Penelope Penny Fiona Gillian Jill
Alison Allison Caroline Clare Claire Eleanor Eileen Geraldine Gwen Hazel Imogen Joanna Kate Kirsty
Lucy Maureen Moira Nicola Philippa Sally Sheila Siobhan Tessa Valerie Wendy Yvonne Zoe Bridget
Kristalina Hillary Nikki Kristi Tulsi Susie Stacey Kristen Kirsten Erin Meghan Molly Paige Tracy
Tracey Vanessa Wanda Whitney Yolanda Jeanne Josephine Louise Lynn Lynne Marion Marjorie Mildred
Norma Pauline Rosemary Shannon Sonia Stella Sylvia Tina Elaine Edith Esther Ethel Gail Gladys Irene
Janine Jenny Kathy Kay Lillian Lois Lorraine Lucille Bernard Cecil Clarence Clifford Curtis Dale
Darren Dean Edgar Edwin Ernest Eugene Floyd Francis Franklin Gilbert Glen Harvey Herbert Herman
Howard Ivan Jay Jimmy Joel Leonard Leroy Lewis Lonnie Marvin Maurice Melvin Milton Mitchell Morris
Norman Perry Phillip Ralph Ray Rodney Ross Roy Sidney Stanley Stuart Stewart Theodore Travis Troy
Vernon Victor Warren Wesley Calvin Clayton Clint Craig Cody Corey Dwight Elliott Elliot Emmett
Everett Garrett Jared Jeffery Lee Nathaniel Neal Nelson Reginald Rodney Seth Shawn Spencer Trevor
Tyrone Wallace Zach
"""

FRENCH = """
Emmanuel Jean Jean-Yves Jean-Pierre Jean-Claude Jean-Marc Jean-Luc Jean-Michel Jean-Louis Jean-Paul
Jean-Baptiste Jean-Noël Jean-François Jean-Marie Jean-Jacques Pierre François Francois Nicolas
Sébastien Sebastien Gérald Gerald Gérard Gerard Michel Laurent Ségolène Marine Élisabeth Elisabeth
Édouard Edouard Bruno Olivier Thierry Dominique Yves Luc Christophe Catherine Sylvie Jacques Alain
Philippe Bernard Patrick Didier Éric Frédéric Frederic Gilles Guillaume Hervé Herve Jérôme Jerome
Julien Lionel Mathieu Maxime Pascal Raphaël Raphael Rémi Remi Stéphane Stephane Sylvain Thibault
Valéry Valery Xavier Yann Yannick Arnaud Benoît Benoit Cédric Cedric Damien Fabien Fabrice Florent
Franck Grégoire Gregoire Hugues Loïc Loic Ludovic Marcel Régis Regis Romain Serge Vincent Gabriel
Bérangère Brigitte Christiane Delphine Florence Françoise Francoise Hélène Helene Isabelle Josiane
Laurence Martine Mireille Nathalie Pascale Rachida Roselyne Simone Valérie Valerie Véronique
Veronique Agnès Agnes Amélie Amelie Anne-Marie Aurélie Aurelie Cécile Cecile Chantal Claire
Claudine Colette Corinne Élodie Elodie Émilie Emilie Geneviève Genevieve Jacqueline Juliette Léa
Lucie Manon Marie-Claude Marie-France Marie-Hélène Marine Monique Murielle Nadège Odile Patricia
Sandrine Séverine Severine Solène Sophie Stéphanie Sylviane Virginie Yvette Najat Rama Fadela Myriam
Jean-Victor Marc Clément Clement Antoine Adrien Alexis Baptiste Bastien Corentin Gaël Gael Kylian
Hubert Gaston Henri Jules Léon Leon Lucien Marcel Maurice Paul-Henri Roger Yannis
"""

ITALIAN = """
Lamberto Giuseppe Giorgia Matteo Sergio Mario Luigi Paolo Giovanni Roberto Massimo Lorenzo Enrico
Romano Silvio Franco Federica Carlo Alberto Piero Pietro Gianni Emma Alessandro Andrea Angelo
Antonio Claudio Daniele Davide Domenico Emanuele Fabio Fabrizio Federico Filippo Francesco Gabriele
Giacomo Gianluca Gianfranco Giancarlo Gino Giorgio Giulio Guido Ignazio Leonardo Luca Marcello
Maurizio Michele Nicola Pier Pierluigi Pier-Luigi Raffaele Riccardo Salvatore Simone Stefano
Tommaso Umberto Valerio Vincenzo Vittorio Alfredo Arturo Bruno Dario Elio Ettore Fausto Flavio
Gaetano Giampiero Luciano Nino Ottavio Renato Renzo Rocco Sandro Tiziano Ugo Adolfo Amedeo
Alessandra Anna Antonella Barbara Beatrice Carla Chiara Cristina Daniela Elena Elisabetta Federica
Francesca Gabriella Giovanna Giulia Ilaria Laura Lucia Luisa Marta Maria Marina Marta Mariastella
Michela Monica Nadia Paola Patrizia Raffaella Roberta Rosa Rossella Sabrina Serena Silvia Simona
Stefania Teresa Valentina Valeria Virginia Annalisa Mara Marisa Licia Ornella Tiziana Lucia
"""

IBERIAN = """
António Antonio Josep José Jose Pedro Juan Carlos Javier Miguel Luis Luís Fernando Mariano Felipe
Alfonso Jorge Raúl Raul Manuel Francisco João Joao Paulo Rui Marcelo Augusto Álvaro Alvaro Alberto
Alejandro Andrés Andres Ángel Angel Arturo Cristóbal Cristobal Diego Eduardo Emilio Enrique Esteban
Fausto Federico Félix Gabriel Gonzalo Guillermo Gustavo Héctor Hector Hugo Ignacio Jaime Jesús Jesus
Joaquín Joaquin Julio Lorenzo Marcos Mario Martín Matías Nicolás Óscar Oscar Pablo Rafael Ramón
Ramon Ricardo Roberto Rodrigo Santiago Sergio Tomás Vicente Xavier Íñigo Inigo Iñaki Inaki Josu
Borja Unai Luiz Inácio Inacio Jair Dilma Michel Ciro Nuno Duarte Tiago Vasco Gonçalo Ana Ángela
Beatriz Carmen Cristina Dolores Elena Esperanza Francisca Gloria Inés Isabel Josefina Juana Leonor
Lucía Luisa Margarita María Mercedes Montserrat Nuria Pilar Raquel Rocío Rosa Soledad Susana Teresa
Yolanda Arancha Begoña Irene Meritxell Margarida Mariana Marta Catarina Leonor Cláudia Kaja Nayib
Gustavo Claudia Xiomara Andrés Evo Rafael Lenín Nicolás Delcy
"""

DUTCH_NORDIC = """
Mark Dick Wopke Frans Sigrid Hanke Geert Jesse Rob Hugo Stef Ruben Sybrand Jaap Jan-Peter Wouter Ank
Kajsa Femke Dilan Marjolein Ferdinand Pieter Maarten Joost Bart Bas Gijs Koen Sander Thijs Wim
Willem Hendrik Herman Hans Jeroen Jelle Kees Klaas Lodewijk Luuk Marnix Niek Rutger Sjoerd Teun
Tjeerd Alexander Didier Charles Sophie Petra Hadja Theo Herman Guy Yves Elio Bart Jan Jens Sauli
Sanna Petteri Pekka Jussi Antti Mikko Juha Matti Kari Timo Alexander Elina Pekka Ville Heikki Jari
Jukka Jyrki Kimmo Lauri Markku Martti Mauno Olli Paavo Risto Seppo Tapio Tarja Tuomas Tuomo Urho Anu
Anna-Maja Leena Maria Minna Päivi Riikka Ritva Satu Tytti Eero Harri Hannu Mette Lars Lars-Erik Ulf
Magnus Stefan Anders Annika Ann Ann-Sofie Tobias Erna Jonas Espen Henrik Jakob Jeppe Jesper Kasper
Mogens Morten Nikolaj Poul Rasmus Søren Soren Troels Torben Pernille Trine Tine Dorte Birthe
Margrethe Anne-Marie Kristian Kim Karsten Bjørn Bjorn Erlend Eirik Espen Geir Gro Harald Ine Jonas
Kjell Knut Ola Petter Rolf Sigbjørn Svein Terje Thorbjørn Torbjørn Trond Trygve Vidar Anniken Ine
Marit Siv Solveig Kari Stefan Per Göran Goran Gunnar Håkan Hakan Ingvar Jan-Olof Lennart Mats Mikael
Olof Pål Sten Sven-Erik Tomas Torbjörn Ulf Åsa Asa Carina Ebba Eva-Lena Ingela Karin Lena Magdalena
Margot Märta Ylva Morgan Ingrid Anneli Aino Heidi Tiina Iiro Jaakko Jarmo Pentti Raimo Sakari Veikko
Väinö Bjarni Katrín Ólafur Olafur Guðni Gudni Þórdís Kristrún Halla Birgitta Thórdís
"""

POLISH = """
Andrzej Mateusz Donald Radosław Radoslaw Zbigniew Mariusz Jarosław Jaroslaw Lech Aleksander
Bronisław Bronislaw Bogdan Tomasz Piotr Paweł Pawel Michał Michal Krzysztof Marcin Grzegorz Wojciech
Marek Jacek Janusz Władysław Wladyslaw Stanisław Stanislaw Tadeusz Wiesław Wieslaw Zdzisław Zdzislaw
Czesław Czeslaw Leszek Ryszard Jerzy Waldemar Dariusz Sławomir Slawomir Przemysław Przemyslaw Łukasz
Lukasz Rafał Rafal Kamil Szymon Jakub Maciej Adam Bartosz Bartłomiej Bartlomiej Borys Bolesław
Boleslaw Bogusław Boguslaw Mirosław Miroslaw Wincenty Witold Zygmunt Kazimierz Eugeniusz Henryk
Ireneusz Józef Jozef Karol Konrad Kacper Mieczysław Mieczyslaw Norbert Sebastian Tymoteusz Wacław
Waclaw Włodzimierz Wlodzimierz Zenon Beata Ewa Małgorzata Malgorzata Agnieszka Katarzyna Joanna
Magdalena Barbara Elżbieta Elzbieta Dorota Renata Krystyna Jadwiga Halina Urszula Grażyna Grazyna
Bożena Bozena Danuta Teresa Iwona Aleksandra Monika Jolanta Wanda Zofia Genowefa Marzena Izabela
Justyna Paulina Sylwia Weronika Wioletta Żaneta Zaneta Kinga Agata Emilia Gabriela Hanna Alicja
Marta Natalia Karolina Anna Kamila Edyta Ilona Lidia Marianna Mirosława Stanisława Hubert Cezary
Kosma Ludwik Oskar Feliks Florian Ignacy Julian Leon Seweryn Wiktor Fryderyk Jan
"""

CZECH_SLOVAK = """
Petr Miloš Milos Andrej Jan Zuzana Robert Igor Peter Eduard Tomáš Tomas Pavel Václav Vaclav Jiří
Jiri Josef Karel Vladimír Vladimir Jaroslav Zdeněk Zdenek Miroslav Bohuslav Bohumil Lubomír Lubomir
Martin Marek Michal Jakub Lukáš Lukas Ondřej Ondrej Radek Roman Vít Vit Vojtěch Vojtech Libor
Ladislav Ľubomír Lubos Luboš Milan Marián Marian Juraj Jozef Štefan Stefan Ivan Dušan Dusan Matúš
Matus Richard Boris Róbert Jana Eva Hana Lenka Věra Vera Alena Helena Lucie Marie Markéta Marketa
Kateřina Katerina Veronika Ivana Iveta Martina Radka Zdeňka Ľudmila Lucia Mária Andrea Denisa
Zora Olga Jitka Dagmar Dana Simona Šárka Sarka Vlasta Libuše Bohdana Blanka Klára Klara
"""

BALTIC = """
Gitanas Dalia Ingrida Vytautas Algirdas Valdas Linas Arvydas Gabrielius Agnė Agne Saulius Rimantas
Audronius Darius Mindaugas Arūnas Arunas Rūta Ruta Aušra Ausra Kęstutis Kestutis Eglė Egle Gintautas
Žygimantas Zygimantas Algimantas Povilas Andrius Jonas Petras Kazys Antanas Juozas Vilija Laima
Jurgita Aurelijus Dainius Giedrius Gediminas Laurynas Marius Rolandas Simonas Tadas Vaidotas
Viktoras Virginijus Žilvinas Zilvinas Raimundas Remigijus Ramūnas Ramunas Artūras Arturas Edvardas
Evaldas Kęstas Aistė Aiste Asta Birutė Birute Daiva Danutė Giedrė Giedre Inga Irena Jolanta Judita
Kristina Lina Loreta Milda Neringa Rasa Sandra Vaida Vaiva Viktorija Živilė Zivile Skaidra Aurimas
Egils Krišjānis Krisjanis Edgars Artis Raimonds Valdis Māris Maris Jānis Janis Andris Guntis Aivars
Ainārs Ainars Kārlis Karlis Imants Vaira Evika Solvita Inese Ilze Baiba Zanda Līga Liga Dace Sandra
Kristīne Kristine Arvils Ringolds Rihards Aigars Alvis Armands Atis Dainis Dzintars Ēriks Eriks
Gatis Ivars Juris Kaspars Mārtiņš Martins Normunds Oskars Raivis Reinis Roberts Uldis Valters
Viesturs Vilis Anda Anita Aija Daiga Dzintra Ieva Ināra Inara Laila Rita Sarmīte Sarmite Vita Kaja
Kersti Alar Jüri Juri Urmas Hanno Lauri Margus Taavi Toomas Hendrik Kalle Mart Märt Tiit Indrek
Kristjan Jaak Marko Siim Kadri Kristiina Liina Urve Eiki Jaanus Rein Andrus Ain Aivar Arvo Enn
Hannes Heiki Jaan Janek Kaido Lembit Madis Mihhail Peeter Priit Raivo Rasmus Sven Tõnis Tonis Tarmo
Tanel Tõnu Tonu Urmas Vello Ülle Ulle Anneli Annely Helir Hille Keit Kersti Maarja Mari Marina
Merike Piret Riina Signe Tiina Triin Ülo Ulo Yoko
"""

HUNGARIAN = """
Viktor Péter Peter Sándor Sandor Zoltán Zoltan László Laszlo István Istvan János Janos Gábor Gabor
Ferenc Attila Balázs Balazs Zsolt Tamás Tamas Gergely Katalin Judit Ildikó Ildiko Zsuzsanna Erzsébet
Erzsebet Ágnes Agnes Andrea Anikó Aniko Beáta Beata Csaba Dániel Daniel Dénes Denes Endre Ernő Erno
Gyula György Gyorgy Imre Jenő Jeno József Jozsef Kálmán Kalman Károly Karoly Lajos Levente Márton
Marton Miklós Miklos Mihály Mihaly Norbert Pál Pal Richárd Róbert Robert Szabolcs Tibor Ádám Adam
Árpád Arpad Bálint Balint Bence Botond Dávid Krisztián Krisztian Kristóf Kristof Máté Mate Nándor
Nandor Ottó Szilárd Szilard Tivadar Vilmos Zsigmond Eszter Éva Eva Gabriella Hajnalka Ilona Irén
Klára Krisztina Magdolna Mária Marta Márta Melinda Mónika Monika Nóra Noemi Noémi Orsolya Piroska
Réka Reka Rita Szilvia Tímea Timea Veronika Zsófia Zsofia Kata Dóra Dora Boglárka Enikő Eniko
"""

ROMANIAN = """
Maia Igor Vlad Dorin Ion Ioan Andrei Natalia Zinaida Pavel Vladimir Mihai Nicolae Vasile Gheorghe
Iurie Valeriu Octavian Adrian Marian Tudor Victor Sergiu Oleg Ilan Renato Dumitru Constantin
Alexandru Ana Elena Ioana Mihaela Veronica Klaus Ludovic Nicușor Nicusor Marcel Florin Liviu Traian
Călin Calin Cătălin Catalin Cristian Emil Eugen Gabriel Horia Iulian Lucian Marius Mircea Ovidiu
Petru Radu Remus Sorin Teodor Titus Viorel Vitalie Veaceslav Anatol Valentin Serghei Ghenadie
Grigore Ilie Iacob Iosif Lilian Nicolai Pavel Petru Simion Stanislav Tudor Vadim Andrian Anatolie
Dan Doina Ecaterina Lilia Liliana Lidia Lucia Marina Maria Monica Olesea Olga Rodica Silvia
Svetlana Tatiana Valentina Violeta Viorica Zinaida Corina Cristina Daniela Diana Gabriela Irina
Laura Loredana Luminița Luminita Oana Raluca Roxana Simona Alina Anca Angela Carmen Claudia Dana
Iulia Larisa Mariana Nadia Nicoleta Adriana Aurelia Cornelia Delia Florentina Georgiana Ileana
"""

SOUTH_SLAVIC = """
Aleksandar Zoran Dragan Milorad Ivica Nebojša Nebojsa Goran Miroslav Milan Slobodan Tomislav Željko
Zeljko Andrej Branko Boris Bojan Borislav Dejan Darko Dragoljub Dušan Dusan Đorđe Djordje Ivan Igor
Jovan Ljubomir Marko Milorad Miloš Milos Mladen Nenad Nikola Ognjen Petar Predrag Radovan Ratko Saša
Sasa Siniša Sinisa Srđan Srdjan Stevan Stefan Uroš Uros Veljko Vladimir Vojislav Vuk Zdravko Željko
Ante Andrej Damir Davor Domagoj Franjo Gordan Hrvoje Ivo Josip Kolinda Krešimir Kresimir Mate Mario
Stjepan Tihomir Vedran Zlatko Zvonimir Bakir Denis Elmedin Haris Izet Muhamed Nermin Šefik Sefik
Sulejman Zlatan Alija Amer Adnan Armin Dženan Dzenan Edin Fadil Mirza Nedim Samir Sead Senad Almir
Ahmet Robert Janez Marjan Borut Milan Tanja Natasa Nataša Jelena Ana Maja Marija Milica Mirjana
Snežana Snezana Tatjana Vesna Zorana Jadranka Ljiljana Dragana Gordana Ivana Katarina Ksenija Sanja
Slavica Svetlana Biljana Dubravka Anamarija Andrea Zoran Hristijan Stevo Gjorge Talat Dimitar Nikola
Ali Ilir Edi Sali Bajram Hashim Vjosa Albin Kadri Fatmir Isa Enver Ramush Bujar Arben Besnik Driton
Fatos Ilir Lulzim Xhafer Blerim Ardian Agim Afrim Edmond Erion Genc Gëzim Lindita Majlinda Mimoza
Arta Teuta
"""

BULGARIAN_GREEK = """
Rumen Boyko Kiril Nikolai Nikolay Galab Denitsa Iliana Ivaylo Krasimir Lyubomir Plamen Radoslav
Stefan Tsvetan Tomislav Valentin Vasil Veselin Zhivko Yordan Georgi Hristo Dimitar Atanas Asen
Ognyan Momchil Petar Slavi Simeon Todor Emil Anton Desislava Gergana Kristalina Mariya Meglena
Rositsa Teodora Tsvetelina Yana Yanitsa Milena Zornitsa Radostina Elena Kyriakos Alexis Antonis
Georgios Giorgos Konstantinos Kostas Dimitris Dimitrios Nikos Nikolaos Panagiotis Andreas Ioannis
Yannis Giannis Vangelis Evangelos Christos Michalis Stavros Spyros Thanos Athanasios Vassilis
Vasilis Theodoros Adonis Nikos Katerina Dora Fofi Maria Eleni Sofia Anna Ekaterini Marietta Niki
Olga Zoe Anastasios Nicos Nikos Ersin Mustafa Tahsin
"""

TURKISH = """
Süleyman Suleyman Ali Mehmet Mehmed Recep Tayyip Hakan Dursun Hulusi Mevlüt Mevlut Binali Abdullah
Kemal Yaşar Yasar İsmail Ismail İbrahim Ibrahim Fahrettin Ömer Omer Numan Bekir Bülent Bulent Devlet
Ekrem Meral Tansu Turgut Nihat Cevdet Efkan Selahattin Hüseyin Huseyin Murat Emre Cem Kaan Burak
Serkan Osman Orhan Erdal Fatih Yılmaz Yilmaz Ahmet Mustafa Abdülhamit Abdulhamit Adnan Akif
Alparslan Arif Aykut Baran Barış Baris Berat Berk Birol Celal Cemal Cengiz Cihan Davut Doğan Dogan
Ercan Erdem Erkan Ersin Erol Ertuğrul Ertugrul Eyüp Eyup Faruk Ferhat Fikri Gökhan Gokhan Güray
Halil Hamza Hasan Haluk Hayati Hikmet İhsan Ihsan İlhan Ilhan İlker Ilker Kadir Kerem Kürşat Levent
Mahmut Mesut Metin Mithat Muharrem Mücahit Nazım Nazim Necati Necmettin Nurettin Oğuz Oguz Oktay
Onur Ozan Özgür Ozgur Recai Reşat Resat Rıza Riza Sadık Sadik Sait Salih Sami Sedat Selçuk Selcuk
Sinan Soner Suat Şükrü Sukru Talat Taner Tarık Tarik Tayfun Tuncay Turan Uğur Ugur Umut Utku Veli
Volkan Yavuz Yücel Yucel Yunus Yusuf Zafer Zeki Ziya Abdulkadir Ekmeleddin Zekeriya Ufuk Haşim Hasim
Taha Tuğrul Tugrul Vedat Oğuzhan Oguzhan Ertan Gürsel Gursel Numan Ayşe Ayse Fatma Emine Hatice
Zeynep Elif Meryem Şerife Serife Sultan Hülya Hulya Özlem Ozlem Nur Esra Büşra Busra Derya Gül Gul
Gülay Gulay Hande Leyla Melike Nilüfer Nilufer Pınar Pinar Selin Seda Sevgi Sevim Tuba Tuğba Tugba
Yasemin Zehra Berna Canan Çiğdem Cigdem Dilek Ebru Filiz Gonca Hacer İpek Ipek Merve Nazlı Nazli
Nesrin Oya Sibel Songül Songul Şule Sule Tülay Tulay Ümran Yeliz
"""

PERSO_ARABIC = """
Mohammad Muhammad Mohammed Mohamed Muhammed Mohamad Mohd Mohamud Mehmood Ahmad Ahmed Ahmet Hamid
Ashraf Abdul Abdel Abdal Abdullah Abdallah Abdulla Amrullah Sayed Sajed Said Saeed Sayyid Seyed
Sayyed Syed Mahdi Mehdi Hassan Hasan Hossein Hussein Husain Hussain Hosein Ebrahim Ibrahim Javad
Jawad Mohsen Muhsin Reza Ali Gholam Ghulam Rahmatullah Zabihullah Zabiullah Sirajuddin Siraj
Haibatullah Hibatullah Hebatullah Amir Yaqoob Yaqub Yakub Yaqoub Yakoub Anwar Atta Hanif Rahim Karim
Kareem Qasim Kazem Kazim Kadhim Nasser Naser Nasir Nasr Masoud Massoud Masood Gulbuddin Rashid
Rasheed Salahuddin Zalmay Zalmai Hamdullah Mohibullah Fazal Fazl Khalid Khaled Omar Umar Osama Usama
Yusuf Yousef Youssef Yousuf Tariq Tarek Tareq Bilal Faisal Fahad Fahd Nawaz Imran Shehbaz Shahbaz
Asif Pervez Parvez Ishaq Bilawal Benazir Qamar Javed Javaid Asim Munir Nadeem Shahid Zahid Sajjad
Sajid Wajid Waqar Zulfikar Zulfiqar Ayaz Abbas Mahmoud Mahmud Mahmood Mostafa Mustafa Moustafa Saleh
Salih Hadi Mojtaba Morteza Mortaza Murtaza Hamed Majid Majeed Esmail Ismail Hojjat Ruhollah Ruhullah
Abdolrahim Abdolreza Abolfazl Gholamreza Gholamhossein Mohammadreza Mohammadbagher Mohammad-Bagher
Mohammad-Javad Alireza Hamidreza Amirhossein Kamal Jalal Jamal Nader Parviz Dariush Kourosh Farhad
Farzad Behrouz Bijan Shahram Shahriar Manouchehr Fereydoun Mehran Mehrdad Payam Sadegh Sadiq Sadeq
Baqer Bagher Qassem Ghasem Qasem Yahya Zakaria Zakariya Younes Younis Yunus Ayman Bakr Ahmadullah
Habibullah Naqibullah Nasrullah Samiullah Shafiullah Saifullah Hekmatullah Inayatullah Sanaullah
Obaidullah Ubaidullah Wahidullah Kalimullah Ehsanullah Mujib Mujibur Najib Najibullah Hamidullah
Sharif Nazar Noor Nooruddin Nuruddin Wali Walid Daud Dawood Dawud Abdulghani Ghani Abdulhakim Hakim
Jalaluddin Anas Khalil Khalilurrahman Khairullah Fazel Fazlullah Abdulrahman Abdurrahman
Abdul-Rahman Abdulrahim Zabihollah Hanif Hamdullah Rahmatullah Sher Shir Taj Latif Latifullah
Lutfullah Mirwais Mirvais Najeeb Nangyalai Noorullah Rasul Rasool Sediq Siddiq Siddique Sulaiman
Sulaiman Suhail Suhail Tamim Tayeb Yasin Yaseen Zia Ziaullah Ziaulhaq Bashar Hafez Hafiz Abdelaziz
Abdulaziz Salman Tamim Hamad Khalifa Zayed Turki Nayef Naif Sultan Qaboos Haitham Abdelfattah
Abdel-Fattah Fattah Hosni Gamal Muammar Moammar Saif Rached Nabil Nabih Riad Riyad Saad Najib Rafik
Rafiq Adel Adil Fuad Fouad Haider Haidar Nouri Nuri Nechirvan Qubad Masrour Massoud Barham Fuad
Mustafa Tahseen Hakan Muqtada Hadi Falih Ammar Qais Iyad Ayad Mazen Marwan Ismail Yahya Hani Hisham
Hesham Ibrahim Issa Jamil Jameel Kamel Karam Latif Maher Mahir Mansour Mansur Mohannad Muhannad
Mounir Munir Nabil Nizar Omar Osman Othman Rami Ramzi Sabri Sabah Salim Saleem Sami Samir Sameer
Tawfik Tawfiq Wael Waleed Walid Yasser Yasir Ziad Zaid Zayd Zuhair Ehsan Ihsan Farid Fareed Farouk
Farooq Faruq Fawaz Fawzi Hamza Hamzah Harun Haroun Haroon Hashem Hashim Idris Ilyas Imad Jafar
Jaafar Kamran Khurram Mujtaba Naeem Nadir Nasrallah Nasrollah Nawaf Qadir Qadeer Rafael Rahman
Ramzan Rauf Raouf Sabir Sadik Sadiq Safwat Sohail Taher Tahir Talal Tamer Usman Uthman Wasim Waseem
Yaser Yazid Zakir Zubair Zubayr Zafar Zahir Abbas Ibrahim-Khalil Mir Mirza Pouya Saman Siavash
Sohrab Soroush Vahid Yaghoub Abbasali Ahmadreza Alaeddin Ardeshir Aref Arash Babak Bahram Bahman
Behzad Dariush Davood Ehsan Eskandar Esfandiar Farrokh Faramarz Farshad Fereidoun Ghasem Gholamali
Habib Hamidreza Heshmat Iraj Jafar Kaveh Keyvan Khosrow Mahmoud Mansour Masih Mehrzad Milad Mohsen
Naser Nima Omid Peyman Pedram Ramin Rasoul Rostam Saeid Sajjad Shapour Shahab Sohrab Taghi Yadollah
Younes Zarif Aliakbar Ali-Akbar Ali-Asghar Asghar Akbar Fatima Fatemeh Zahra Maryam Roya Farzana
Fawzia Habiba Sima Malalai Malala Shukria Rangina Masuda Zarifa Homa Leila Layla Laila Nasrin Parvin
Shirin Soraya Tahmina Nargis Marzia Samira Amina Aisha Ayesha Aysha Khadija Hina Nilofar Nilufar
Fereshteh Mahsa Masoumeh Mitra Nahid Narges Niloufar Parisa Roxana Sara Sepideh Shahla Shahnaz
Sousan Tahereh Zeinab Zainab Zeynab Hanan Huda Lina Mona Nour Noura Rania Reem Salma Samar Suad
Yasmin Yasmine Jamila Sabra Shabana Shazia Bushra Asma Uzma Sadia Rubina Razia Mariam Madiha Hira
Ambreen Sughra Nafisa Nazia Palwasha Farahnaz Fahima Hasina Roshan Rukhsana Shamima Zohra
"""

SOUTH_ASIAN = """
Narendra Ajit Subrahmanyam Rajnath Amit Arvind Manmohan Atal Rahul Sonia Priyanka Nirmala Piyush
Sushma Vikram Vinay Anil Sunil Rajesh Ramesh Suresh Mahesh Ravi Sanjay Vijay Ashok Arun Deepak
Pradeep Sandeep Rakesh Mukesh Dinesh Ajay Anand Harsh Krishna Manoj Naveen Nitin Pankaj Rohit Sachin
Sameer Shashi Shiv Siddharth Sudhir Tarun Varun Venkaiah Adityanath Kiren Mamata Mayawati Smriti
Pratibha Droupadi Indira Jawaharlal Lal Bahadur Gotabaya Mahinda Ranil Sajith Anura Hasina Khaleda
Muhammad Yunus Sher Bahadur Pushpa Kamal Khadga Prasad Gyanendra
"""

CHINESE_GIVEN = """
Jinping Keqiang Qiang Yi Jiechi Xiaohong Xiaoyong Yang Wei Jun Hua Hui Ming Lei Ying Yan Hong
Zhenhua Mingzhe Guoqiang Zhaoxu Zhongwei Yuzhen Dongsheng Yong Chunying Chunhua Lijian Ning Wenbin
Huning Zhaohui Hanhui Liming Jianguo Jianmin Jianhua Jianjun Xiaoming Xiaoping Xiaodong Xiaolong
Xiaojun Xiaogang Xiaobo Xiaowei Xiaoyan Xiaoli Xiaoling Yanping Yanhong Yaping Yuanchao Yunshan
Zhengsheng Jintao Zemin Jiabao Peng Qishan Huning Zhaoji Dexiang Changlong Youxia Zhaoxia Liqun
Yuzheng Gaoli Gang Shouhe Rongrong Guangyuan Shenggen Ruiqing Jianming Guangchang Zhijun Haixing
Yanchuan Jiadong Yongkang Bo Xilai Kuan Hao Yu Jie Jing Lin Rui Tao Xin Yun Feng Gang Hai Jian Kai
Liang Tian Wen Xiang Yanjun Weidong Zhiqiang Zhiyong Haitao Haiyan Hongwei Hongmei Jianping Jingwen
Lihua Lijun Meiling Qingyun Shuang Tingting Weiguo Weimin Wenjun Xiaojie Yaqing Yifan Yuhang Zhiwei
Zihan Haifeng Xiaofeng Yunfeng Chunlin Guangming Hongbin Jinhua Qingfeng Shanshan Xuefeng Yongjun
Zhigang Xiaotian Lirong Ruixue Yuxin Weiwei Wenming Hongjun Zhongxiang Xiaoqing Huichang Huanqing
Xudong Wenqing Shaowen Xiaokang Yuhua Zhaodong
"""

CHINESE_FAMILY = """
Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng
Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lü Lu Su Jiang Cai Jia Ding
Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Jiang Fan Fang Shi Yao Tan Liao Zou Xiong Jin Lu Hao
Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Tang Yin Li Yi Chang Qi Xi
Wen Niu Ge Mo Hong Qu Ou Zhai Ke Geng Gong Lai Hua Jiao Ji Lan Lian Ling Mei Miao Ni Pang Pei Qiao
Rao Ruan Sha Shang Tao Tong Wan Wei Wen Xing Xiang Yan Yue Zang Zhan Zhuang Zuo Yun Ai Bao Bi Bian
Chai Chu Dou Gan Guan Hang He Heng Jing Kuang Lang Leng Liu Lou Mu Nie Ning Qu Quan Rong Shu Si
Tu Xin Xuan You Yu Zha Zhi
"""

JAPANESE = """
Kunio Shinzo Fumio Yoshihide Taro Yoko Toshimitsu Yoshimasa Shigeru Kenji Hiroshi Takeshi Nobuo
Yasukazu Yoshitaka Yasuhide Katsunobu Koichi Takako Toshimitsu Hirokazu Minoru Akira Atsushi Daisuke
Haruki Hideki Hideo Hiroki Hiroyuki Hisashi Ichiro Isamu Jiro Jun Junichi Junichiro Kazuo Kazuhiro
Kazuki Keiji Keiichi Kenichi Kenta Koji Kosuke Makoto Masahiro Masaki Masao Masaru Masato Masayuki
Michio Minoru Mitsuo Naoki Naoto Noboru Norihiko Osamu Ryo Ryota Ryuichi Satoshi Seiji Shigeo Shinji
Shinichi Shintaro Shuichi Sho Sota Susumu Tadashi Takashi Takahiro Takuya Tatsuya Tetsuo Tetsuya
Tomohiro Toru Toshiaki Toshihiro Tsuyoshi Yasuo Yasushi Yoshiaki Yoshihiko Yoshinori Yoshio Yoshiro
Yuji Yuki Yukio Yusuke Yutaka Akiko Ayumi Chieko Emiko Haruka Hiroko Junko Kazuko Keiko Kumiko
Mariko Masako Megumi Michiko Midori Naoko Noriko Reiko Sachiko Sanae Seiko Tomoko Yasuko Yoshiko
Yuko Yumiko Yuriko Kyoko Mika Misaki Natsuko Shigeharu Itsunori Gen Nobuteru Takeaki Sanae Yukiko
Kenichiro Hideaki Tomomi Mitsuru
"""

KOREAN_MONGOLIAN = """
Jae-in Suk-yeol Geun-hye Myung-bak Jae-myung Jong-un Jong-il Il-sung Yo-jong Ki-moon Kyung-wha
Eui-yong Chung-hee Dae-jung Moo-hyun Young-sam Tae-woo Doo-hwan Seung-hoon Khurelsukh Luvsannamsrai
Oyun-Erdene Battulga Elbegdorj Enkhbayar Bagabandi Ochirbat Zandanshatar Batbold Sukhbaatar
Enkhtaivan Bat-Erdene Battsetseg Oyun Batmunkh Munkh-Orgil Erdenebat Chinzorig Gankhuyag Ganzorig
Amarjargal
"""

GEORGIAN = """
Irakli | Ираклий, Иракли
Giorgi | Георгий, Гиорги, Георги
Davit | Давит, Давид
David |
Levan | Леван
Zurab | Зураб
Mikheil | Михаил, Михеил
Eduard | Эдуард
Bidzina | Бидзина
Salome | Саломе
Nino | Нино
Tea | Теа
Vakhtang | Вахтанг
Gocha | Гоча
Zviad | Звиад
Gia | Гия
Tamar | Тамар
Tamara | Тамара
Ketevan | Кетеван
Lasha | Лаша
Shalva | Шалва
Temur | Темур
Archil | Арчил
Nika | Ника
Giga | Гига
Kakha | Каха
Kakhaber | Кахабер
Mamuka | Мамука
Otar | Отар
Revaz | Реваз
Tengiz | Тенгиз
Badri | Бадри
Gela | Гела
Paata | Паата
Nodar | Нодар
Guram | Гурам
Merab | Мераб
Zaza | Заза
Ilia | Илья
Vano | Вано
Beka | Бека
Tornike | Торнике
Kote | Котэ
Gigi | Гиги
Akaki | Акакий, Акаки
Shota | Шота
Dimitri | Дмитрий
Grigol | Григол
Avtandil | Автандил
Valeri | Валерий
Vladimer | Владимер
Anzor | Анзор
Sandro | Сандро
Kakhi | Кахи
Ramaz | Рамаз
Teimuraz | Теймураз
Jemal | Джемал
Rusudan | Русудан
Maia | Майя
Eka | Эка
Ekaterine | Екатерине
Natia | Натия
Khatia | Хатия
Sopho | Софо
Mariam | Мариам
Manana | Манана
Lela | Лела
Nana | Нана
Eter | Этер
Tinatin | Тинатин
Thea | Теа
Mzia | Мзия
Keti | Кети
Nato | Нато
Lika | Лика
Ana | Анна
Irma | Ирма
Shorena | Шорена
"""

ARMENIAN = """
Nikol | Никол
Serzh | Серж
Robert | Роберт
Armen | Армен
Ararat | Арарат
Arayik | Араик
Vahagn | Ваагн
Vahan | Ваан
Ashot | Ашот
Aram | Арам
Tigran | Тигран
Gagik | Гагик
Samvel | Самвел
Levon | Левон
Ruben | Рубен
Hovhannes | Ованес, Оганес
Hovik | Овик
Suren | Сурен
Karen | Карен
Artur | Артур
Arsen | Арсен
Artak | Артак
Mher | Мгер
Mkrtich | Мкртич
Narek | Нарек
Hayk | Айк
Gevorg | Геворк, Геворг
Grigor | Григор
Vardan | Вардан
Vazgen | Вазген
Edmon | Эдмон
Andranik | Андраник
Armenak | Арменак
Arshak | Аршак
Artsvik | Арцвик
Avetik | Аветик
Gurgen | Гурген
Hrant | Грант
Khachatur | Хачатур
Mikayel | Микаел
Norayr | Норайр
Onik | Оник
Sargis | Саргис
Sergo | Серго
Seyran | Сейран
Smbat | Смбат
Vagharshak | Вагаршак
Varuzhan | Варужан
Zhirayr | Жирайр
Artyom | Артем
Davit | Давид
Ararat | Арарат
Anahit | Анаит
Lilit | Лилит
Mariam | Мариам
Ani | Ани
Zaruhi | Заруи
Zara | Зара
Tatevik | Татевик
Nune | Нуне
Gohar | Гоар
Lusine | Лусине
Armine | Армине
Shushan | Шушан
Kristine | Кристине
Anna | Анна
Hasmik | Асмик
Marine | Марине
Srbuhi | Србуи
Arpine | Арпине
Siranush | Сирануш
Naira | Наира
Alla |
"""

# Latin spellings of Central Asian and Caucasus names commonly in English and German copy but not
# derivable from a Cyrillic form above
EXTRA_LATIN = """
Kassym Qasym Nursultan Jerschan Jerlan Kanat Nurlan Daniyar Imangali Murat Muratzhan Muratjan Sadyr
Kamchybek Kubanychbek Ulan Emomali Rahmon Rakhmon Rachmon Saparmurat Gurbanguly Serdar Ilham Heydar
Haidar Gaidar Vilayat Elchin Ramil Shavkat Schawkat Sherzod Rustam Farrukh Aziz Bakhyt Askar Yerzhan
Erzhan Yerlan Ajdar Bachtijor Dschamschid Sardor Alischer Ulugbek Uluqbek Bakhtiyor Bakhodir Botir
Batir Dilshod Dilschod Jasur Schuchrat Shukhrat Djamshid Jamshid Zhenis Zhandos Yerbol Abdulaziz
Abdulla Abdullah Ilhom Ravshan Rawschan Orzu Gulnara Dinara Aigul Assel Aizhan Nurzhan Yerbolat
Kairat Kajrat Darkhan Ulan Tschingis Chinghiz Dzhenish Jenish Dschenisch Almazbek Sooronbai
Kurmanbek Kadyrbek Adakhan Edil Askat Taalatbek Melis Myktybek Emomalii Mahmadsaid Saimumin Sherali
Kohir Qohir Ramazon Sirojiddin Davlatali Mahmadtoir Gurbanguly Raşit Rashid Myrat Begench Batyr
Yazmyrat Mammad Elmar Ceyhun Jeyhun Hikmet Zakir Ramiz Madat Hikmat Hidayat Mukhtar Kamaladdin Imran
Murad Polad Fizuli Mubariz Hafiz Akif Orkhan Sahib Eldar Ogtay Oqtay Samad Fuad Farid
"""

# foreign given names as Russian copy spells them
CYRILLIC_FOREIGN = """
Олаф Фридрих Ангела Анналена Урсула Эммануэль Дональд Джо Джозеф Джон Джеймс Майкл Уильям Дэвид
Ричард Роберт Томас Чарльз Кристофер Энтони Марко Кир Риши Тереза Лиз Антониу Антонио Ламберто
Жозеп Йенс Кая Петер Реджеп Тайип Хакан Мевлют Хулуси Сулейман Мехмет Ахмет Ибрахим Масуд Аббас
Хоссейн Хосейн Мохаммад Мохаммед Мухаммед Эбрахим Джавад Ахмад Хамид Ашраф Абдул Амрулла Амрулло
Забихулла Сираджуддин Хайбатулла Хибатулла Амир Шехбаз Шахбаз Имран Наваз Асим Нарендра Фумио
Синдзо Сигэру Ёсихидэ Кунио Ким Нэнси Хорст Герхард Херберт Герберт Себастьян Вольфганг Хайко
Аннегрет Кристине Бернд Кай Клаус Ханс Ганс Йоханн Иоганн Мартин Маркус Штефан Кристиан Франк
Оливер Флориан Андреас Михаэль Юрген Дитер Гюнтер Хельмут Вальтер Вернер Уве Райнер Ларс Тобиас
Свенья Катарина Ренате Сабине Беате Мануэла Хельга Ульрике Феридун Камала Марко Ллойд Тулси Пит
Хиллари Барак Джордж Кондолиза Мадлен Франсуа Николя Жан Жан-Ив Жан-Пьер Пьер Мишель Лоран
Себастьен Доминик Жерар Жеральд Брюно Кэтрин Катрин Джорджа Маттео Сильвио Джузеппе Марио Паоло
Федерика Жузе Педро Хосе Хавьер Мигель Луис Карлос Фернандо Хуан Жоау Лула Инасиу Дилма Жаир
Нарендра Раджнатх Амит Субраманьям Рахул Манмохан Шарад Реджеп Эрдоган Акиф Хулуси Ялчин Мустафа
Кемаль Бинали Ахмет Абдулла Фахреттин Ибрагим Мехмет Омер Бекир Джевдет Мевлют Хакан Нуман Йылмаз
Эрсин Турсун Эмре Мурат Али Абдель Абдул-Фаттах Башар Хафез Мохаммед-бин-Салман Тамим Зайед
Халифа Файсал Ахмед Хосни Муаммар Саддам Нури Масрур Нечирван Мустафа Хади Аббас Хасан Хусейн
Насер Насрулла Исмаил Ихсан Ашраф Абдулла Гульбеддин Хамид Забиулла Муттаки Ахмадшах Ахмад-Шах
Мирвайс Абдул-Гани Гани Абдуррахман Абдурахман Аманулла Хамдулла Моулави Мухаммад-Наби Наби Салахуддин
Хайрулла Халиль Халил Сирадж Якуб Хибатулла Закир Рахматулла Нуруддин Шир Шер Абдул-Рашид Атта
Масуд Фахим Назир Надир Вахид Вали Джавед Шахид Зульфикар Первез Беназир Билавал Асиф Асим Кямал
Цзиньпин Кэцян Цян Цзечи Сяохун Сяоюн Чжэньхуа Цзюнь Вэй Хуа Вэньбинь Минчжэ Чжаосюй Цзяньминь
Цзиньтао Цзэминь Цзябао Мэн Хуэй Хун Мин Лэй Ин Чуньин Лицзянь Ин Юн Цзюнь Чжунвэй Гоцян Юйчжэн
Мирча Кристалина Румен Бойко Зоран Александр Вучич Милорад Игор Майя Виорика Майя Андрей Ион Игорь
Вадим Кэлин Клаус Маргус Тоомас Алар Кая Гитанас Науседа Ингрида Эгилс Кришьянис Эдгарс Вайра
Алар Урмас Юри Виктор Петер Каталин Сийярто Иштван Янош Ласло Золтан Ференц Шандор Дьюла Имре
Анджей Матеуш Дональд Радослав Збигнев Мариуш Ярослав Лех Александер Бронислав Томаш Петр Павел
Михал Кшиштоф Марцин Гжегож Войцех Анджей Ежи Йоанна Малгожата Агнешка Катажина Беата
Ираклий Ираклий Михеил Бидзина Саломе Гиорги Леван Вахтанг Тенгиз Нино Ираклия Давит Зураб
Никол Серж Роберт Арарат Араик Ваагн Мгер Аршак Тигран Армен Ашот Ваан Сурен Гагик Анаит Анна
Илхам Ильхам Мехрибан Гейдар Эльмар Джейхун Закир Рамиз Вилаят Эльчин Самир Хикмет Мадат Али
"""

CHINESE_FAMILY_CYRILLIC = """
Ван Ли Чжан Лю Чэнь Чен Ян Чжао Хуан Чжоу Сюй Сунь Ху Чжу Гао Линь Хэ Го Ма Ло Лян Сун Чжэн
Се Хань Тан Фэн Юй Дун Сяо Чэн Цао Юань Дэн Фу Шэнь Цзэн Пэн Люй Лу Су Цзян Цай Цзя Дин Вэй Сюэ
Янь Пань Ду Дай Ся Чжун Тянь Жэнь Фань Фан Ши Яо Тань Ляо Цзоу Сюн Цзинь Хао Кун Бай Цуй Кан
Мао Цю Цинь Гу Хоу Шао Мэн Лун Вань Дуань Лэй Цянь Инь Си Вэнь Ню Гэ Мо Хун Цюй Оу Чжай Кэ
Гэн Гун Лай Цзяо Цзи Лань Лянь Лин Мэй Мяо Ни Пан Пэй Цяо Жао Жуань Ша Шан Тао Тун Син Сян Юэ
"""
