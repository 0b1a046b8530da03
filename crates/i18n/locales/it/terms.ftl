# Le competenze, le cause e le categorie di aiuto con cui parte ogni piattaforma. Chi amministra
# la piattaforma può rinominarle; fino ad allora si mostrano questi nomi.

term-skill-driving = Guida
term-skill-first-aid = Primo soccorso
term-skill-cooking = Cucina
term-skill-gardening = Giardinaggio
term-skill-diy = Piccole riparazioni
term-skill-computers = Computer e telefoni
term-skill-languages = Traduzione e interpretariato
term-skill-teaching = Insegnamento e ripetizioni
term-skill-listening = Ascolto e compagnia
term-skill-admin = Pratiche burocratiche
term-skill-lifting = Trasporto di pesi
term-skill-childcare = Cura dei bambini

term-cause-elderly = Anziani
term-cause-children = Bambini e ragazzi
term-cause-poverty = Povertà e cibo
term-cause-health = Salute e assistenza
term-cause-environment = Ambiente e clima
term-cause-refugees = Rifugiati e nuovi arrivati
term-cause-disability = Persone con disabilità
term-cause-culture = Cultura e sport
term-cause-animals = Animali
term-cause-neighbourhood = Vita di quartiere

term-help-groceries = Spesa
term-help-pharmacy = Farmacia
term-help-delivery = Consegna di pasti o pacchi
term-help-lift = Un passaggio
term-help-call-or-visit = Una telefonata o una visita
term-help-repairs = Piccole riparazioni
term-help-paperwork = Pratiche e aiuto digitale
term-help-pet-care = Cura degli animali
term-help-housing = Casa
term-help-other = Altro
