# Die Fähigkeiten, Themen und Hilfekategorien, mit denen jede Plattform beginnt. Die Admins der
# Plattform können sie umbenennen; bis dahin werden diese Namen angezeigt.

term-skill-driving = Autofahren
term-skill-first-aid = Erste Hilfe
term-skill-cooking = Kochen
term-skill-gardening = Gartenarbeit
term-skill-diy = Kleine Reparaturen
term-skill-computers = Computer und Handy
term-skill-languages = Übersetzen und Dolmetschen
term-skill-teaching = Unterrichten und Nachhilfe
term-skill-listening = Zuhören und Gesellschaft
term-skill-admin = Papierkram
term-skill-lifting = Tragen und Heben
term-skill-childcare = Kinderbetreuung

term-cause-elderly = Ältere Menschen
term-cause-children = Kinder und Jugendliche
term-cause-poverty = Armut und Ernährung
term-cause-health = Gesundheit und Pflege
term-cause-environment = Umwelt und Klima
term-cause-refugees = Geflüchtete und Neuzugewanderte
term-cause-disability = Menschen mit Behinderung
term-cause-culture = Kultur und Sport
term-cause-animals = Tiere
term-cause-neighbourhood = Leben im Viertel

term-help-groceries = Einkäufe
term-help-pharmacy = Apotheke
term-help-delivery = Lieferung von Essen oder Paketen
term-help-lift = Eine Fahrt
term-help-call-or-visit = Ein Anruf oder Besuch
term-help-repairs = Kleine Reparaturen
term-help-paperwork = Papierkram und digitale Hilfe
term-help-pet-care = Haustierbetreuung
term-help-housing = Wohnen
term-help-other = Sonstiges
