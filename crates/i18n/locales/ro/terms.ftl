# Competențele, cauzele și categoriile de ajutor cu care pornește fiecare platformă. Administratorii
# platformei le pot redenumi; până atunci se afișează aceste nume.

term-skill-driving = Condus auto
term-skill-first-aid = Prim ajutor
term-skill-cooking = Gătit
term-skill-gardening = Grădinărit
term-skill-diy = Reparații mărunte
term-skill-computers = Calculatoare și telefoane
term-skill-languages = Traduceri și interpretariat
term-skill-teaching = Predare și meditații
term-skill-listening = Ascultare și companie
term-skill-admin = Acte și formalități
term-skill-lifting = Cărat și ridicat greutăți
term-skill-childcare = Îngrijirea copiilor

term-cause-elderly = Persoane vârstnice
term-cause-children = Copii și tineri
term-cause-poverty = Sărăcie și hrană
term-cause-health = Sănătate și îngrijire
term-cause-environment = Mediu și climă
term-cause-refugees = Refugiați și nou-veniți
term-cause-disability = Persoane cu dizabilități
term-cause-culture = Cultură și sport
term-cause-animals = Animale
term-cause-neighbourhood = Viața cartierului

term-help-groceries = Cumpărături
term-help-pharmacy = Farmacie
term-help-delivery = Livrare de mâncare sau colete
term-help-lift = Un drum cu mașina
term-help-call-or-visit = Un telefon sau o vizită
term-help-repairs = Reparații mărunte
term-help-paperwork = Acte și ajutor digital
term-help-pet-care = Îngrijirea animalelor de companie
term-help-housing = Locuință
term-help-other = Altceva
