# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Můj profil
profile-title = Můj dobrovolnický profil
profile-intro = Napište, co umíte, na čem vám záleží a kdy máte čas. Koordinátoři ve vašem okolí vás pak najdou a vy uvidíte směny, které se vám hodí.
profile-notice-saved = Váš profil je uložen.
profile-no-platform = Nejdřív se připojte k nějaké platformě: dovednosti a oblasti, ze kterých vybíráte, pocházejí z jejích seznamů.
profile-skills = Co umím
profile-causes = Na čem mi záleží
profile-languages = Jazyky, kterými mluvím
profile-home = Kde bydlím
profile-home-hint = Tento bod vidíte jen vy. Slouží k tomu, aby se dalo změřit, jak daleko od vás nějaké místo je.
profile-within-km = Jak daleko můžu dojíždět, v km
profile-within-km-hint = Víc než 0 a nejvýše 500.
profile-availability = Kdy mám čas
profile-week-hint = Zaškrtněte části týdne, kdy obvykle máte čas, v místním čase platformy. Pokud se to mění týden od týdne, nechte vše prázdné.
profile-part-morning = Dopoledne
profile-part-afternoon = Odpoledne
profile-part-evening = Večer
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Přesnější časy
profile-precise-hint = Pro jiné hodiny: nejvýše dvě časová okna denně. Přidávají se k tomu, co jste zaškrtli výše.
profile-weekday = Den
profile-from = Od
profile-to = Do
profile-window = Časové okno { $number }
profile-choices = Návrhy a e-maily
profile-no-suggestions = Nenavrhovat mě koordinátorům a nenavrhovat mi směny
profile-no-mails = Neposílat mi e-maily o návrzích
profile-save = Uložit můj profil
profile-see-suggestions = Zobrazit směny, které se mi hodí

suggestion-my-title = Směny pro mě
suggestion-my-intro = Nadcházející směny s volnými místy, které odpovídají mému profilu, nejvhodnější jako první.
suggestion-my-none = Vašemu profilu teď neodpovídá nic nadcházejícího.
suggestion-my-no-profile = Vyplňte svůj dobrovolnický profil a budete dostávat návrhy.
suggestion-my-opted-out = Požádali jste, abyste nedostávali návrhy. Můžete to změnit ve svém profilu.
suggestion-edit-profile = Upravit můj profil
suggestion-score = Shoda: { $score } ze 100
suggestion-shift-title = Navržení lidé
suggestion-shift-intro = Členové platformy, kteří mají v tu dobu čas, bydlí ve vzdálenosti, kam jsou ochotni dojíždět, mají dostatečný věk a ještě se nezapsali. Nejvhodnější jako první.
suggestion-shift-none = Na tuto směnu se teď nikdo nehodí.
suggestion-shift-closed = Tato směna je zrušená nebo už začala: není koho navrhnout.
suggestion-back-to-roster = Zpět na seznam přihlášených
suggestion-roster-link = Navržení lidé pro tuto směnu

suggestion-reason-skill = umí: { $skill }
suggestion-reason-uses-skill = využije vaši dovednost: { $skill }
suggestion-reason-cause = zajímá se o: { $cause }
suggestion-reason-for-cause = pro oblast, na které vám záleží: { $cause }
suggestion-reason-speaks = ovládá jazyk: { $language }
suggestion-reason-in-language = v jazyce: { $language }
suggestion-reason-distance = ve vzdálenosti { $distance }
suggestion-reason-remote = lze dělat odkudkoli
suggestion-reason-free-on = má čas: { $weekday }
suggestion-reason-when-free = { $weekday }, kdy máte čas
suggestion-reason-reliable = účast: { $attended } z { $total } { $total ->
    [one] směny
    [few] směn
    [many] směny
   *[other] směn
}

suggestion-language-bg = bulharština
suggestion-language-cs = čeština
suggestion-language-da = dánština
suggestion-language-de = němčina
suggestion-language-el = řečtina
suggestion-language-en = angličtina
suggestion-language-es = španělština
suggestion-language-et = estonština
suggestion-language-fi = finština
suggestion-language-fr = francouzština
suggestion-language-ga = irština
suggestion-language-hr = chorvatština
suggestion-language-hu = maďarština
suggestion-language-it = italština
suggestion-language-lt = litevština
suggestion-language-lv = lotyština
suggestion-language-mt = maltština
suggestion-language-nl = nizozemština
suggestion-language-pl = polština
suggestion-language-pt = portugalština
suggestion-language-ro = rumunština
suggestion-language-sk = slovenština
suggestion-language-sl = slovinština
suggestion-language-sv = švédština
suggestion-language-ar = arabština
suggestion-language-tr = turečtina
suggestion-language-uk = ukrajinština
