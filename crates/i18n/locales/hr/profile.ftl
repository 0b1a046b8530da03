# Volonterski profil (/my/profile) i prijedlozi u oba smjera.

profile-nav = Moj profil
profile-title = Moj volonterski profil
profile-intro = Navedite što znate raditi, do čega vam je stalo i kada imate vremena. Tada vas koordinatori u vašoj blizini mogu pronaći, a vi vidite smjene koje vam odgovaraju.
profile-notice-saved = Vaš je profil spremljen.
profile-no-platform = Najprije se pridružite platformi: vještine i područja između kojih birate nalaze se na njezinim popisima.
profile-skills = Što znam raditi
profile-causes = Do čega mi je stalo
profile-languages = Jezici koje govorim
profile-home = Gdje živim
profile-home-hint = Ovu točku vidite samo vi. Služi za mjerenje koliko je neko mjesto udaljeno od vas.
profile-within-km = Koliko daleko mogu putovati, u km
profile-within-km-hint = Više od 0 i najviše 500.
profile-availability = Kada imam vremena
profile-week-hint = Označite dijelove tjedna kada obično imate vremena, po lokalnom vremenu platforme. Ostavite sve prazno ako se to mijenja iz tjedna u tjedan.
profile-part-morning = Prijepodne
profile-part-afternoon = Poslijepodne
profile-part-evening = Večer
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Točnija vremena
profile-precise-hint = Za druge sate: najviše dva vremenska razdoblja na dan. Dodaju se onome što ste označili gore.
profile-weekday = Dan
profile-from = Od
profile-to = Do
profile-window = Vremensko razdoblje { $number }
profile-choices = Prijedlozi i e-pošta
profile-no-suggestions = Ne predlažite me koordinatorima i ne predlažite mi smjene
profile-no-mails = Ne šaljite mi e-poštu o prijedlozima
profile-save = Spremi moj profil
profile-see-suggestions = Pogledaj smjene koje mi odgovaraju

suggestion-my-title = Smjene za mene
suggestion-my-intro = Nadolazeće smjene sa slobodnim mjestima koje odgovaraju mojem profilu, najprikladnije prve.
suggestion-my-none = Trenutačno nijedna nadolazeća smjena ne odgovara vašem profilu.
suggestion-my-no-profile = Ispunite svoj volonterski profil kako biste dobivali prijedloge.
suggestion-my-opted-out = Zatražili ste da ne dobivate prijedloge. To možete promijeniti u svojem profilu.
suggestion-edit-profile = Uredi moj profil
suggestion-score = Podudarnost: { $score } od 100
suggestion-shift-title = Predložene osobe
suggestion-shift-intro = Članovi platforme koji tada imaju vremena, žive unutar udaljenosti koju su spremni prijeći, dovoljno su stari i još se nisu prijavili. Najprikladniji prvi.
suggestion-shift-none = Trenutačno nitko ne odgovara ovoj smjeni.
suggestion-shift-closed = Ova je smjena otkazana ili je već počela: nema koga predložiti.
suggestion-back-to-roster = Natrag na popis onih koji dolaze
suggestion-roster-link = Predložene osobe za ovu smjenu

suggestion-reason-skill = zna: { $skill }
suggestion-reason-uses-skill = koristi vašu vještinu: { $skill }
suggestion-reason-cause = brine za područje: { $cause }
suggestion-reason-for-cause = za područje do kojeg vam je stalo: { $cause }
suggestion-reason-speaks = govori { $language }
suggestion-reason-in-language = na jeziku koji govorite: { $language }
suggestion-reason-distance = udaljenost: { $distance }
suggestion-reason-remote = može se obaviti s bilo kojeg mjesta
suggestion-reason-free-on = ima vremena: { $weekday }
suggestion-reason-when-free = { $weekday }, kad imate vremena
suggestion-reason-reliable = dolasci: { $attended } od { $total } { $total ->
    [one] smjene
    [few] smjene
   *[other] smjena
}

suggestion-language-bg = bugarski
suggestion-language-cs = češki
suggestion-language-da = danski
suggestion-language-de = njemački
suggestion-language-el = grčki
suggestion-language-en = engleski
suggestion-language-es = španjolski
suggestion-language-et = estonski
suggestion-language-fi = finski
suggestion-language-fr = francuski
suggestion-language-ga = irski
suggestion-language-hr = hrvatski
suggestion-language-hu = mađarski
suggestion-language-it = talijanski
suggestion-language-lt = litavski
suggestion-language-lv = latvijski
suggestion-language-mt = malteški
suggestion-language-nl = nizozemski
suggestion-language-pl = poljski
suggestion-language-pt = portugalski
suggestion-language-ro = rumunjski
suggestion-language-sk = slovački
suggestion-language-sl = slovenski
suggestion-language-sv = švedski
suggestion-language-ar = arapski
suggestion-language-tr = turski
suggestion-language-uk = ukrajinski
