# Her platformun başlangıçta sahip olduğu beceriler, alanlar ve yardım türleri. Platform
# yöneticileri bunları yeniden adlandırabilir; o zamana kadar bu adlar gösterilir.

term-skill-driving = Araç kullanma
term-skill-first-aid = İlk yardım
term-skill-cooking = Yemek yapma
term-skill-gardening = Bahçe işleri
term-skill-diy = Küçük onarımlar
term-skill-computers = Bilgisayar ve telefon
term-skill-languages = Çeviri ve tercümanlık
term-skill-teaching = Öğretmenlik ve özel ders
term-skill-listening = Dinleme ve arkadaşlık
term-skill-admin = Evrak işleri
term-skill-lifting = Taşıma ve kaldırma
term-skill-childcare = Çocuk bakımı

term-cause-elderly = Yaşlılar
term-cause-children = Çocuklar ve gençler
term-cause-poverty = Yoksulluk ve gıda
term-cause-health = Sağlık ve bakım
term-cause-environment = Çevre ve iklim
term-cause-refugees = Mülteciler ve yeni gelenler
term-cause-disability = Engelli bireyler
term-cause-culture = Kültür ve spor
term-cause-animals = Hayvanlar
term-cause-neighbourhood = Mahalle yaşamı

term-help-groceries = Alışveriş
term-help-pharmacy = Eczane
term-help-delivery = Yemek veya paket teslimatı
term-help-lift = Arabayla götürme
term-help-call-or-visit = Telefon veya ziyaret
term-help-repairs = Küçük onarımlar
term-help-paperwork = Evrak işleri ve dijital yardım
term-help-pet-care = Evcil hayvan bakımı
term-help-housing = Barınma
term-help-other = Diğer
