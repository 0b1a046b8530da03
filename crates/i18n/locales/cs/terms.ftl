# Dovednosti, oblasti a druhy pomoci, se kterými začíná každá platforma. Správci platformy je
# mohou přejmenovat; do té doby se zobrazují tyto názvy.

term-skill-driving = Řízení auta
term-skill-first-aid = První pomoc
term-skill-cooking = Vaření
term-skill-gardening = Zahradničení
term-skill-diy = Drobné opravy
term-skill-computers = Počítače a telefony
term-skill-languages = Překlady a tlumočení
term-skill-teaching = Výuka a doučování
term-skill-listening = Naslouchání a společnost
term-skill-admin = Úřední záležitosti
term-skill-lifting = Nošení a zvedání
term-skill-childcare = Hlídání dětí

term-cause-elderly = Senioři
term-cause-children = Děti a mládež
term-cause-poverty = Chudoba a potraviny
term-cause-health = Zdraví a péče
term-cause-environment = Životní prostředí a klima
term-cause-refugees = Uprchlíci a nově příchozí
term-cause-disability = Lidé s postižením
term-cause-culture = Kultura a sport
term-cause-animals = Zvířata
term-cause-neighbourhood = Život v sousedství

term-help-groceries = Nákupy
term-help-pharmacy = Lékárna
term-help-delivery = Donáška jídla nebo balíků
term-help-lift = Odvoz autem
term-help-call-or-visit = Telefonát nebo návštěva
term-help-repairs = Drobné opravy
term-help-paperwork = Úřady a pomoc s technikou
term-help-pet-care = Péče o domácí zvířata
term-help-housing = Bydlení
term-help-other = Jiné
