# Az önkéntes profil (/my/profile) és a javaslatok mindkét irányban.

profile-nav = Profilom
profile-title = Önkéntes profilom
profile-intro = Írja le, mihez ért, mi fontos Önnek, és mikor ér rá. Így a közelében lévő koordinátorok megtalálhatják Önt, Ön pedig láthatja az Önnek megfelelő műszakokat.
profile-notice-saved = A profilját elmentettük.
profile-no-platform = Először csatlakozzon egy platformhoz: a választható készségek és ügyek a platform listáiról származnak.
profile-skills = Amihez értek
profile-causes = Ami fontos nekem
profile-languages = Nyelvek, amelyeken beszélek
profile-home = Ahol lakom
profile-home-hint = Ezt a pontot csak Ön látja. Arra használjuk, hogy megmérjük, milyen messze van Öntől egy helyszín.
profile-within-km = Milyen messzire utaznék el, km-ben
profile-within-km-hint = 0-nál több, legfeljebb 500.
profile-availability = Mikor érek rá
profile-availability-hint = A platform helyi ideje szerint, ÓÓ:PP formában (éjfélre 24:00). Hagyja üresen azt a napot, amikor nem ér rá. Naponta legfeljebb két időszak adható meg.
profile-weekday = Nap
profile-from = Ettől
profile-to = Eddig
profile-window = { $number }. időszak
profile-choices = Javaslatok és e-mailek
profile-no-suggestions = Ne javasoljanak engem a koordinátoroknak, és ne javasoljanak nekem műszakokat
profile-no-mails = Ne küldjenek nekem e-mailt a javaslatokról
profile-save = Profilom mentése
profile-see-suggestions = A nekem megfelelő műszakok megtekintése

suggestion-my-title = Műszakok nekem
suggestion-my-intro = A profilomhoz illő közelgő műszakok, amelyeken még van szabad hely, a legjobban illők elöl.
suggestion-my-none = Jelenleg egyetlen közelgő műszak sem illik a profiljához.
suggestion-my-no-profile = Töltse ki önkéntes profilját, hogy javaslatokat kapjon.
suggestion-my-opted-out = Azt kérte, hogy ne kapjon javaslatokat. Ezt a profiljában módosíthatja.
suggestion-edit-profile = Profilom szerkesztése
suggestion-score = Egyezés: { $score } pont a 100-ból
suggestion-shift-title = Javasolt személyek
suggestion-shift-intro = A platform azon tagjai, akik akkor ráérnek, az általuk vállalt távolságon belül laknak, elég idősek, és még nem jelentkeztek. A legjobban illők elöl.
suggestion-shift-none = Jelenleg senki sem illik ehhez a műszakhoz.
suggestion-shift-closed = Ezt a műszakot lemondták, vagy már elkezdődött: nincs kit javasolni.
suggestion-back-to-roster = Vissza a jelentkezők listájához
suggestion-roster-link = Javasolt személyek ehhez a műszakhoz

suggestion-reason-skill = ért hozzá: { $skill }
suggestion-reason-uses-skill = az Ön készségére épít: { $skill }
suggestion-reason-cause = fontos neki: { $cause }
suggestion-reason-for-cause = Önnek fontos ügyért: { $cause }
suggestion-reason-speaks = { $language } nyelven beszél
suggestion-reason-in-language = { $language } nyelven
suggestion-reason-distance = { $distance } távolságra
suggestion-reason-remote = bárhonnan végezhető
suggestion-reason-free-on = ráér: { $weekday }
suggestion-reason-when-free = { $weekday }, amikor Ön ráér
suggestion-reason-reliable = { $total } { $total ->
    [one] műszakból
   *[other] műszakból
} { $attended } alkalommal jelen volt

suggestion-language-bg = bolgár
suggestion-language-cs = cseh
suggestion-language-da = dán
suggestion-language-de = német
suggestion-language-el = görög
suggestion-language-en = angol
suggestion-language-es = spanyol
suggestion-language-et = észt
suggestion-language-fi = finn
suggestion-language-fr = francia
suggestion-language-ga = ír
suggestion-language-hr = horvát
suggestion-language-hu = magyar
suggestion-language-it = olasz
suggestion-language-lt = litván
suggestion-language-lv = lett
suggestion-language-mt = máltai
suggestion-language-nl = holland
suggestion-language-pl = lengyel
suggestion-language-pt = portugál
suggestion-language-ro = román
suggestion-language-sk = szlovák
suggestion-language-sl = szlovén
suggestion-language-sv = svéd
suggestion-language-ar = arab
suggestion-language-tr = török
suggestion-language-uk = ukrán
