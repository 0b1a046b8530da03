# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Môj profil
profile-title = Môj dobrovoľnícky profil
profile-intro = Napíšte, čo viete robiť, na čom vám záleží a kedy máte čas. Koordinátori vo vašom okolí vás potom môžu nájsť a vy uvidíte termíny, ktoré vám vyhovujú.
profile-notice-saved = Váš profil je uložený.
profile-no-platform = Najprv sa pridajte k platforme: zručnosti a oblasti, z ktorých si vyberáte, sú jej zoznamy.
profile-skills = Čo viem robiť
profile-causes = Na čom mi záleží
profile-languages = Jazyky, ktorými hovorím
profile-home = Kde bývam
profile-home-hint = Tento bod vidíte iba vy. Slúži na zistenie, ako ďaleko je od vás nejaké miesto.
profile-within-km = Ako ďaleko môžem cestovať, v km
profile-within-km-hint = Viac ako 0 a najviac 500.
profile-availability = Kedy mám čas
profile-week-hint = Zaškrtnite časti týždňa, keď máte zvyčajne čas, v miestnom čase platformy. Ak sa to mení z týždňa na týždeň, nechajte všetko prázdne.
profile-part-morning = Dopoludnie
profile-part-afternoon = Popoludnie
profile-part-evening = Večer
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Presnejšie časy
profile-precise-hint = Pre iné hodiny: najviac dva časové úseky za deň. Pridávajú sa k tomu, čo ste zaškrtli vyššie.
profile-weekday = Deň
profile-from = Od
profile-to = Do
profile-window = Časový úsek { $number }
profile-choices = Návrhy a e-maily
profile-no-suggestions = Nenavrhovať ma koordinátorom a nenavrhovať mi termíny
profile-no-mails = Neposielať mi e-maily o návrhoch
profile-save = Uložiť môj profil
profile-see-suggestions = Zobraziť termíny, ktoré mi vyhovujú

suggestion-my-title = Termíny pre mňa
suggestion-my-intro = Nadchádzajúce termíny s voľnými miestami, ktoré zodpovedajú môjmu profilu, od najvhodnejších.
suggestion-my-none = Momentálne vášmu profilu nezodpovedá žiadny nadchádzajúci termín.
suggestion-my-no-profile = Ak chcete dostávať návrhy, vyplňte svoj dobrovoľnícky profil.
suggestion-my-opted-out = Požiadali ste, aby ste nedostávali návrhy. Môžete to zmeniť vo svojom profile.
suggestion-edit-profile = Upraviť môj profil
suggestion-score = Zhoda: { $score } zo 100
suggestion-shift-title = Navrhované osoby
suggestion-shift-intro = Členovia platformy, ktorí majú vtedy čas, bývajú v dosahu, kam môžu cestovať, majú dostatočný vek a ešte sa nezapísali. Od najvhodnejších.
suggestion-shift-none = Momentálne sa na tento termín nehodí nikto.
suggestion-shift-closed = Tento termín je zrušený alebo sa už začal: nie je koho navrhnúť.
suggestion-back-to-roster = Späť na zoznam zapísaných
suggestion-roster-link = Navrhované osoby na tento termín

suggestion-reason-skill = ovláda: { $skill }
suggestion-reason-uses-skill = využije vašu zručnosť: { $skill }
suggestion-reason-cause = zaujíma sa o oblasť: { $cause }
suggestion-reason-for-cause = v oblasti, na ktorej vám záleží: { $cause }
suggestion-reason-speaks = ovláda jazyk: { $language }
suggestion-reason-in-language = v jazyku, ktorý ovládate: { $language }
suggestion-reason-distance = vo vzdialenosti { $distance }
suggestion-reason-remote = dá sa to robiť odkiaľkoľvek
suggestion-reason-free-on = { $weekday }: má vtedy čas
suggestion-reason-when-free = { $weekday }: vtedy máte čas
suggestion-reason-reliable = účasť: { $attended } z { $total } { $total ->
    [one] termínu
    [few] termínov
    [many] termínu
   *[other] termínov
}

suggestion-language-bg = bulharčina
suggestion-language-cs = čeština
suggestion-language-da = dánčina
suggestion-language-de = nemčina
suggestion-language-el = gréčtina
suggestion-language-en = angličtina
suggestion-language-es = španielčina
suggestion-language-et = estónčina
suggestion-language-fi = fínčina
suggestion-language-fr = francúzština
suggestion-language-ga = írčina
suggestion-language-hr = chorvátčina
suggestion-language-hu = maďarčina
suggestion-language-it = taliančina
suggestion-language-lt = litovčina
suggestion-language-lv = lotyština
suggestion-language-mt = maltčina
suggestion-language-nl = holandčina
suggestion-language-pl = poľština
suggestion-language-pt = portugalčina
suggestion-language-ro = rumunčina
suggestion-language-sk = slovenčina
suggestion-language-sl = slovinčina
suggestion-language-sv = švédčina
suggestion-language-ar = arabčina
suggestion-language-tr = turečtina
suggestion-language-uk = ukrajinčina
