# Umiejętności, obszary działania i rodzaje pomocy, od których zaczyna każda platforma.
# Administratorzy platformy mogą zmienić ich nazwy; do tego czasu wyświetlane są te.

term-skill-driving = Prowadzenie samochodu
term-skill-first-aid = Pierwsza pomoc
term-skill-cooking = Gotowanie
term-skill-gardening = Prace ogrodowe
term-skill-diy = Drobne naprawy
term-skill-computers = Komputery i telefony
term-skill-languages = Tłumaczenia pisemne i ustne
term-skill-teaching = Nauczanie i korepetycje
term-skill-listening = Słuchanie i towarzystwo
term-skill-admin = Sprawy urzędowe
term-skill-lifting = Noszenie i dźwiganie
term-skill-childcare = Opieka nad dziećmi

term-cause-elderly = Osoby starsze
term-cause-children = Dzieci i młodzież
term-cause-poverty = Ubóstwo i żywność
term-cause-health = Zdrowie i opieka
term-cause-environment = Środowisko i klimat
term-cause-refugees = Uchodźcy i nowo przybyli
term-cause-disability = Osoby z niepełnosprawnościami
term-cause-culture = Kultura i sport
term-cause-animals = Zwierzęta
term-cause-neighbourhood = Życie sąsiedzkie

term-help-groceries = Zakupy
term-help-pharmacy = Apteka
term-help-delivery = Dostawa posiłków lub paczek
term-help-lift = Podwiezienie
term-help-call-or-visit = Telefon lub odwiedziny
term-help-repairs = Drobne naprawy
term-help-paperwork = Sprawy urzędowe i pomoc cyfrowa
term-help-pet-care = Opieka nad zwierzętami
term-help-housing = Mieszkanie
term-help-other = Inne
