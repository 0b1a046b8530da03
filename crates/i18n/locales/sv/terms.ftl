# De färdigheter, ändamål och hjälpkategorier som varje plattform börjar med. Plattformens
# administratörer kan byta namn på dem; tills dess visas de här namnen.

term-skill-driving = Bilkörning
term-skill-first-aid = Första hjälpen
term-skill-cooking = Matlagning
term-skill-gardening = Trädgårdsarbete
term-skill-diy = Enklare reparationer
term-skill-computers = Datorer och telefoner
term-skill-languages = Översättning och tolkning
term-skill-teaching = Undervisning och läxhjälp
term-skill-listening = Samtal och sällskap
term-skill-admin = Pappersarbete
term-skill-lifting = Bära och lyfta
term-skill-childcare = Barnpassning

term-cause-elderly = Äldre
term-cause-children = Barn och unga
term-cause-poverty = Fattigdom och mat
term-cause-health = Hälsa och omsorg
term-cause-environment = Miljö och klimat
term-cause-refugees = Flyktingar och nyanlända
term-cause-disability = Personer med funktionsnedsättning
term-cause-culture = Kultur och idrott
term-cause-animals = Djur
term-cause-neighbourhood = Livet i grannskapet

term-help-groceries = Handla mat
term-help-pharmacy = Apotek
term-help-delivery = Leverans av mat eller paket
term-help-lift = Skjuts
term-help-call-or-visit = Ett samtal eller ett besök
term-help-repairs = Enklare reparationer
term-help-paperwork = Pappersarbete och digital hjälp
term-help-pet-care = Djurpassning
term-help-housing = Boende
term-help-other = Annat
