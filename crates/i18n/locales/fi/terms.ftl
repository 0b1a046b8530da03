# Taidot, teemat ja avun luokat, joilla jokainen alusta aloittaa. Alustan ylläpitäjät voivat
# nimetä ne uudelleen; siihen asti näytetään nämä nimet.

term-skill-driving = Autolla ajo
term-skill-first-aid = Ensiapu
term-skill-cooking = Ruoanlaitto
term-skill-gardening = Puutarhatyöt
term-skill-diy = Pienet korjaukset
term-skill-computers = Tietokoneet ja puhelimet
term-skill-languages = Kääntäminen ja tulkkaus
term-skill-teaching = Opetus ja tukiopetus
term-skill-listening = Kuuntelu ja seuranpito
term-skill-admin = Paperiasiat
term-skill-lifting = Kantaminen ja nostaminen
term-skill-childcare = Lastenhoito

term-cause-elderly = Ikäihmiset
term-cause-children = Lapset ja nuoret
term-cause-poverty = Köyhyys ja ruoka-apu
term-cause-health = Terveys ja hoiva
term-cause-environment = Ympäristö ja ilmasto
term-cause-refugees = Pakolaiset ja maahan muuttaneet
term-cause-disability = Vammaiset ihmiset
term-cause-culture = Kulttuuri ja liikunta
term-cause-animals = Eläimet
term-cause-neighbourhood = Asuinalueen elämä

term-help-groceries = Kauppa-asiat
term-help-pharmacy = Apteekki
term-help-delivery = Aterian tai paketin kuljetus
term-help-lift = Kyyti
term-help-call-or-visit = Puhelu tai vierailu
term-help-repairs = Pienet korjaukset
term-help-paperwork = Paperiasiat ja digiapu
term-help-pet-care = Lemmikin hoito
term-help-housing = Asuminen
term-help-other = Muu
