# Veščine, področja in vrste pomoči, s katerimi začne vsaka platforma. Skrbniki platforme jih
# lahko preimenujejo; do takrat so prikazana ta imena.

term-skill-driving = Vožnja avtomobila
term-skill-first-aid = Prva pomoč
term-skill-cooking = Kuhanje
term-skill-gardening = Vrtnarjenje
term-skill-diy = Manjša popravila
term-skill-computers = Računalniki in telefoni
term-skill-languages = Prevajanje in tolmačenje
term-skill-teaching = Poučevanje in inštrukcije
term-skill-listening = Poslušanje in druženje
term-skill-admin = Urejanje dokumentov
term-skill-lifting = Prenašanje in dvigovanje
term-skill-childcare = Varstvo otrok

term-cause-elderly = Starejši
term-cause-children = Otroci in mladi
term-cause-poverty = Revščina in hrana
term-cause-health = Zdravje in oskrba
term-cause-environment = Okolje in podnebje
term-cause-refugees = Begunci in priseljenci
term-cause-disability = Invalidi
term-cause-culture = Kultura in šport
term-cause-animals = Živali
term-cause-neighbourhood = Življenje v soseski

term-help-groceries = Nakupi
term-help-pharmacy = Lekarna
term-help-delivery = Dostava obrokov ali paketov
term-help-lift = Prevoz
term-help-call-or-visit = Klic ali obisk
term-help-repairs = Manjša popravila
term-help-paperwork = Urejanje dokumentov in digitalna pomoč
term-help-pet-care = Skrb za hišne ljubljenčke
term-help-housing = Bivanje
term-help-other = Drugo
