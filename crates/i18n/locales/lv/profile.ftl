# Brīvprātīgā profils (/my/profile) un ieteikumi abos virzienos.

profile-nav = Mans profils
profile-title = Mans brīvprātīgā profils
profile-intro = Norādiet, ko protat, kas jums rūp un kad jums ir brīvs laiks. Tad koordinatori jūsu tuvumā varēs jūs atrast, un jūs redzēsiet maiņas, kas jums der.
profile-notice-saved = Jūsu profils ir saglabāts.
profile-no-platform = Vispirms pievienojieties platformai: prasmes un jomas, no kurām izvēlēties, ir tās sarakstos.
profile-skills = Ko es protu
profile-causes = Kas man rūp
profile-languages = Valodas, kurās runāju
profile-home = Kur es dzīvoju
profile-home-hint = Šo punktu redzat tikai jūs. Pēc tā nosaka, cik tālu no jums ir kāda vieta.
profile-within-km = Cik tālu varu braukt, km
profile-within-km-hint = Vairāk nekā 0 un ne vairāk kā 500.
profile-availability = Kad man ir brīvs laiks
profile-week-hint = Atzīmējiet nedēļas daļas, kad jums parasti ir brīvs laiks, pēc platformas vietējā laika. Ja tas mainās no nedēļas uz nedēļu, atstājiet visu tukšu.
profile-part-morning = Rīts
profile-part-afternoon = Pēcpusdiena
profile-part-evening = Vakars
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Precīzāki laiki
profile-precise-hint = Citām stundām: ne vairāk kā divi laika posmi dienā. Tie papildina to, ko atzīmējāt augstāk.
profile-weekday = Diena
profile-from = No
profile-to = Līdz
profile-window = Laika posms { $number }
profile-choices = Ieteikumi un e-pasts
profile-no-suggestions = Neieteikt mani koordinatoriem un neieteikt man maiņas
profile-no-mails = Nesūtīt man e-pastus par ieteikumiem
profile-save = Saglabāt manu profilu
profile-see-suggestions = Skatīt man piemērotās maiņas

suggestion-my-title = Maiņas man
suggestion-my-intro = Gaidāmās maiņas ar brīvām vietām, kas atbilst manam profilam, vispiemērotākās vispirms.
suggestion-my-none = Pašlaik jūsu profilam neatbilst neviena gaidāmā maiņa.
suggestion-my-no-profile = Aizpildiet savu brīvprātīgā profilu, lai saņemtu ieteikumus.
suggestion-my-opted-out = Jūs lūdzāt nesūtīt jums ieteikumus. To varat mainīt savā profilā.
suggestion-edit-profile = Labot manu profilu
suggestion-score = Atbilstība: { $score } no 100
suggestion-shift-title = Ieteiktie cilvēki
suggestion-shift-intro = Platformas dalībnieki, kuriem tad ir brīvs laiks, kuri dzīvo attālumā, ko ir gatavi mērot, ir pietiekami veci un vēl nav pierakstījušies. Vispiemērotākie vispirms.
suggestion-shift-none = Pašlaik šai maiņai neviens neder.
suggestion-shift-closed = Šī maiņa ir atcelta vai jau sākusies: nav neviena, ko ieteikt.
suggestion-back-to-roster = Atpakaļ uz sarakstu, kas ieradīsies
suggestion-roster-link = Ieteiktie cilvēki šai maiņai

suggestion-reason-skill = prot: { $skill }
suggestion-reason-uses-skill = noderēs jūsu prasme: { $skill }
suggestion-reason-cause = rūp: { $cause }
suggestion-reason-for-cause = jums svarīga joma: { $cause }
suggestion-reason-speaks = runā: { $language }
suggestion-reason-in-language = jūsu valodā: { $language }
suggestion-reason-distance = { $distance } attālumā
suggestion-reason-remote = var darīt no jebkuras vietas
suggestion-reason-free-on = ir brīvs laiks: { $weekday }
suggestion-reason-when-free = { $weekday }, kad jums ir brīvs laiks
suggestion-reason-reliable = ieradās uz { $attended } no { $total } { $total ->
    [zero] maiņām
    [one] maiņas
   *[other] maiņām
}

suggestion-language-bg = bulgāru valoda
suggestion-language-cs = čehu valoda
suggestion-language-da = dāņu valoda
suggestion-language-de = vācu valoda
suggestion-language-el = grieķu valoda
suggestion-language-en = angļu valoda
suggestion-language-es = spāņu valoda
suggestion-language-et = igauņu valoda
suggestion-language-fi = somu valoda
suggestion-language-fr = franču valoda
suggestion-language-ga = īru valoda
suggestion-language-hr = horvātu valoda
suggestion-language-hu = ungāru valoda
suggestion-language-it = itāļu valoda
suggestion-language-lt = lietuviešu valoda
suggestion-language-lv = latviešu valoda
suggestion-language-mt = maltiešu valoda
suggestion-language-nl = nīderlandiešu valoda
suggestion-language-pl = poļu valoda
suggestion-language-pt = portugāļu valoda
suggestion-language-ro = rumāņu valoda
suggestion-language-sk = slovāku valoda
suggestion-language-sl = slovēņu valoda
suggestion-language-sv = zviedru valoda
suggestion-language-ar = arābu valoda
suggestion-language-tr = turku valoda
suggestion-language-uk = ukraiņu valoda
