# Il-ħiliet, il-kawżi u l-kategoriji ta' għajnuna li biha tibda kull pjattaforma. L-amministraturi
# tal-pjattaforma jistgħu jibdlulhom isimhom; sa dak iż-żmien jintwerew dawn l-ismijiet.

term-skill-driving = Sewqan
term-skill-first-aid = L-ewwel għajnuna
term-skill-cooking = Tisjir
term-skill-gardening = Ġardinaġġ
term-skill-diy = Tiswijiet żgħar
term-skill-computers = Kompjuters u telefowns
term-skill-languages = Traduzzjoni u interpretazzjoni
term-skill-teaching = Tagħlim u lezzjonijiet privati
term-skill-listening = Smigħ u kumpanija
term-skill-admin = Xogħol tal-karti
term-skill-lifting = Ġarr u rfigħ
term-skill-childcare = Kura tat-tfal

term-cause-elderly = Anzjani
term-cause-children = Tfal u żgħażagħ
term-cause-poverty = Faqar u ikel
term-cause-health = Saħħa u kura
term-cause-environment = Ambjent u klima
term-cause-refugees = Refuġjati u nies ġodda fil-pajjiż
term-cause-disability = Persuni b'diżabilità
term-cause-culture = Kultura u sport
term-cause-animals = Annimali
term-cause-neighbourhood = Ħajja fil-lokalità

term-help-groceries = Xiri
term-help-pharmacy = Spiżerija
term-help-delivery = Twassil ta' ikel jew pakketti
term-help-lift = Trasport bil-karozza
term-help-call-or-visit = Telefonata jew żjara
term-help-repairs = Tiswijiet żgħar
term-help-paperwork = Xogħol tal-karti u għajnuna diġitali
term-help-pet-care = Kura tal-annimali domestiċi
term-help-housing = Akkomodazzjoni
term-help-other = Oħra
