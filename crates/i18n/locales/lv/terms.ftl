# Prasmes, jomas un palīdzības veidi, ar kuriem sāk katra platforma. Platformas administratori
# tos var pārdēvēt; līdz tam tiek rādīti šie nosaukumi.

term-skill-driving = Auto vadīšana
term-skill-first-aid = Pirmā palīdzība
term-skill-cooking = Ēst gatavošana
term-skill-gardening = Dārza darbi
term-skill-diy = Sīki remontdarbi
term-skill-computers = Datori un telefoni
term-skill-languages = Tulkošana
term-skill-teaching = Mācīšana un privātstundas
term-skill-listening = Uzklausīšana un sabiedrība
term-skill-admin = Dokumentu kārtošana
term-skill-lifting = Nešana un celšana
term-skill-childcare = Bērnu pieskatīšana

term-cause-elderly = Seniori
term-cause-children = Bērni un jaunieši
term-cause-poverty = Nabadzība un pārtika
term-cause-health = Veselība un aprūpe
term-cause-environment = Vide un klimats
term-cause-refugees = Bēgļi un jaunpienācēji
term-cause-disability = Cilvēki ar invaliditāti
term-cause-culture = Kultūra un sports
term-cause-animals = Dzīvnieki
term-cause-neighbourhood = Apkaimes dzīve

term-help-groceries = Iepirkumi
term-help-pharmacy = Aptieka
term-help-delivery = Ēdiena vai sūtījumu piegāde
term-help-lift = Aizvešana ar auto
term-help-call-or-visit = Zvans vai apciemojums
term-help-repairs = Sīki remontdarbi
term-help-paperwork = Dokumenti un digitālā palīdzība
term-help-pet-care = Mājdzīvnieku aprūpe
term-help-housing = Mājoklis
term-help-other = Cits
