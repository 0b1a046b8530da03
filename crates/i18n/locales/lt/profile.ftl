# Savanorio profilis (/my/profile) ir pasiūlymai abiem kryptimis.

profile-nav = Mano profilis
profile-title = Mano savanorio profilis
profile-intro = Nurodykite, ką mokate, kas jums rūpi ir kada turite laiko. Tada netoliese esantys koordinatoriai galės jus rasti, o jūs matysite jums tinkančias pamainas.
profile-notice-saved = Jūsų profilis išsaugotas.
profile-no-platform = Pirmiausia prisijunkite prie platformos: įgūdžiai ir sritys, iš kurių renkatės, yra jos sąrašuose.
profile-skills = Ką moku
profile-causes = Kas man rūpi
profile-languages = Kalbos, kuriomis kalbu
profile-home = Kur gyvenu
profile-home-hint = Šį tašką matote tik jūs. Pagal jį matuojama, kaip toli nuo jūsų yra vieta.
profile-within-km = Kaip toli galiu vykti, km
profile-within-km-hint = Daugiau nei 0 ir ne daugiau kaip 500.
profile-availability = Kada turiu laiko
profile-week-hint = Pažymėkite savaitės dalis, kai paprastai turite laiko, platformos vietos laiku. Jei tai keičiasi kas savaitę, palikite viską tuščią.
profile-part-morning = Rytas
profile-part-afternoon = Popietė
profile-part-evening = Vakaras
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Tikslesnis laikas
profile-precise-hint = Kitoms valandoms: ne daugiau kaip du laiko tarpai per dieną. Jie pridedami prie to, ką pažymėjote aukščiau.
profile-weekday = Diena
profile-from = Nuo
profile-to = Iki
profile-window = Laiko tarpas { $number }
profile-choices = Pasiūlymai ir el. laiškai
profile-no-suggestions = Nesiūlyti manęs koordinatoriams ir nesiūlyti man pamainų
profile-no-mails = Nesiųsti man el. laiškų apie pasiūlymus
profile-save = Išsaugoti mano profilį
profile-see-suggestions = Žiūrėti man tinkančias pamainas

suggestion-my-title = Pamainos man
suggestion-my-intro = Būsimos pamainos su laisvomis vietomis, tinkančios mano profiliui, tinkamiausios pirma.
suggestion-my-none = Šiuo metu jūsų profiliui netinka nė viena būsima pamaina.
suggestion-my-no-profile = Užpildykite savo savanorio profilį, kad gautumėte pasiūlymų.
suggestion-my-opted-out = Paprašėte negauti pasiūlymų. Tai galite pakeisti savo profilyje.
suggestion-edit-profile = Redaguoti mano profilį
suggestion-score = Atitiktis: { $score } iš 100
suggestion-shift-title = Siūlomi žmonės
suggestion-shift-intro = Platformos nariai, kurie tuo metu turi laiko, gyvena ne toliau, nei sutinka vykti, yra pakankamo amžiaus ir dar neužsiregistravo. Tinkamiausi pirma.
suggestion-shift-none = Šiuo metu šiai pamainai niekas netinka.
suggestion-shift-closed = Ši pamaina atšaukta arba jau prasidėjo: nėra ko pasiūlyti.
suggestion-back-to-roster = Atgal į sąrašą, kas ateis
suggestion-roster-link = Siūlomi žmonės šiai pamainai

suggestion-reason-skill = moka: { $skill }
suggestion-reason-uses-skill = pravers jūsų įgūdis: { $skill }
suggestion-reason-cause = rūpi: { $cause }
suggestion-reason-for-cause = jums rūpima sritis: { $cause }
suggestion-reason-speaks = susikalba { $language }
suggestion-reason-in-language = susikalbėsite { $language }
suggestion-reason-distance = už { $distance }
suggestion-reason-remote = galima atlikti iš bet kur
suggestion-reason-free-on = turi laiko: { $weekday }
suggestion-reason-when-free = { $weekday }, kai turite laiko
suggestion-reason-reliable = atvyko į { $attended } iš { $total } { $total ->
    [one] pamainos
    [few] pamainų
    [many] pamainos
   *[other] pamainų
}

suggestion-language-bg = bulgarų kalba
suggestion-language-cs = čekų kalba
suggestion-language-da = danų kalba
suggestion-language-de = vokiečių kalba
suggestion-language-el = graikų kalba
suggestion-language-en = anglų kalba
suggestion-language-es = ispanų kalba
suggestion-language-et = estų kalba
suggestion-language-fi = suomių kalba
suggestion-language-fr = prancūzų kalba
suggestion-language-ga = airių kalba
suggestion-language-hr = kroatų kalba
suggestion-language-hu = vengrų kalba
suggestion-language-it = italų kalba
suggestion-language-lt = lietuvių kalba
suggestion-language-lv = latvių kalba
suggestion-language-mt = maltiečių kalba
suggestion-language-nl = nyderlandų kalba
suggestion-language-pl = lenkų kalba
suggestion-language-pt = portugalų kalba
suggestion-language-ro = rumunų kalba
suggestion-language-sk = slovakų kalba
suggestion-language-sl = slovėnų kalba
suggestion-language-sv = švedų kalba
suggestion-language-ar = arabų kalba
suggestion-language-tr = turkų kalba
suggestion-language-uk = ukrainiečių kalba
