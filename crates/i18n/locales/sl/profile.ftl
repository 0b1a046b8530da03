# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Moj profil
profile-title = Moj prostovoljski profil
profile-intro = Napišite, kaj znate, kaj vam je pomembno in kdaj imate čas. Tako vas bodo koordinatorji v bližini lahko našli, vi pa boste videli izmene, ki vam ustrezajo.
profile-notice-saved = Vaš profil je shranjen.
profile-no-platform = Najprej se pridružite platformi: veščine in področja, med katerimi izbirate, so njeni seznami.
profile-skills = Kaj znam
profile-causes = Kaj mi je pomembno
profile-languages = Jeziki, ki jih govorim
profile-home = Kje živim
profile-home-hint = To točko vidite samo vi. Uporablja se za izračun, kako daleč od vas je neki kraj.
profile-within-km = Kako daleč lahko potujem, v km
profile-within-km-hint = Več kot 0 in največ 500.
profile-availability = Kdaj imam čas
profile-week-hint = Označite dele tedna, ko imate običajno čas, po lokalnem času platforme. Če se to spreminja iz tedna v teden, pustite vse prazno.
profile-part-morning = Dopoldne
profile-part-afternoon = Popoldne
profile-part-evening = Večer
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Natančnejši časi
profile-precise-hint = Za druge ure: največ dva časovna okvira na dan. Dodajo se k temu, kar ste označili zgoraj.
profile-weekday = Dan
profile-from = Od
profile-to = Do
profile-window = Časovni okvir { $number }
profile-choices = Predlogi in e-pošta
profile-no-suggestions = Ne predlagaj me koordinatorjem in ne predlagaj mi izmen
profile-no-mails = Ne pošiljaj mi e-pošte o predlogih
profile-save = Shrani moj profil
profile-see-suggestions = Prikaži izmene, ki mi ustrezajo

suggestion-my-title = Izmene zame
suggestion-my-intro = Prihodnje izmene s prostimi mesti, ki ustrezajo mojemu profilu, najprej najustreznejše.
suggestion-my-none = Trenutno vašemu profilu ne ustreza nobena prihodnja izmena.
suggestion-my-no-profile = Izpolnite svoj prostovoljski profil, da boste prejemali predloge.
suggestion-my-opted-out = Izbrali ste, da ne želite prejemati predlogov. To lahko spremenite v svojem profilu.
suggestion-edit-profile = Uredi moj profil
suggestion-score = Ujemanje: { $score } od 100
suggestion-shift-title = Predlagane osebe
suggestion-shift-intro = Člani platforme, ki imajo takrat čas, živijo dovolj blizu, da lahko pridejo, so dovolj stari in se še niso prijavili. Najprej najustreznejši.
suggestion-shift-none = Trenutno tej izmeni ne ustreza nihče.
suggestion-shift-closed = Ta izmena je odpovedana ali se je že začela: nikogar ni mogoče predlagati.
suggestion-back-to-roster = Nazaj na seznam prijavljenih
suggestion-roster-link = Predlagane osebe za to izmeno

suggestion-reason-skill = obvlada: { $skill }
suggestion-reason-uses-skill = uporabi vašo veščino: { $skill }
suggestion-reason-cause = zanimanje za področje: { $cause }
suggestion-reason-for-cause = za področje, ki vam je pomembno: { $cause }
suggestion-reason-speaks = govori: { $language }
suggestion-reason-in-language = v jeziku, ki ga znate: { $language }
suggestion-reason-distance = na razdalji { $distance }
suggestion-reason-remote = lahko se opravi od koder koli
suggestion-reason-free-on = { $weekday }: ima takrat čas
suggestion-reason-when-free = { $weekday }: takrat imate čas
suggestion-reason-reliable = udeležba: { $attended } od { $total } { $total ->
    [one] izmene
    [two] izmen
    [few] izmen
   *[other] izmen
}

suggestion-language-bg = bolgarščina
suggestion-language-cs = češčina
suggestion-language-da = danščina
suggestion-language-de = nemščina
suggestion-language-el = grščina
suggestion-language-en = angleščina
suggestion-language-es = španščina
suggestion-language-et = estonščina
suggestion-language-fi = finščina
suggestion-language-fr = francoščina
suggestion-language-ga = irščina
suggestion-language-hr = hrvaščina
suggestion-language-hu = madžarščina
suggestion-language-it = italijanščina
suggestion-language-lt = litovščina
suggestion-language-lv = latvijščina
suggestion-language-mt = malteščina
suggestion-language-nl = nizozemščina
suggestion-language-pl = poljščina
suggestion-language-pt = portugalščina
suggestion-language-ro = romunščina
suggestion-language-sk = slovaščina
suggestion-language-sl = slovenščina
suggestion-language-sv = švedščina
suggestion-language-ar = arabščina
suggestion-language-tr = turščina
suggestion-language-uk = ukrajinščina
