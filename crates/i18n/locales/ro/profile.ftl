# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Profilul meu
profile-title = Profilul meu de voluntar
profile-intro = Spuneți ce știți să faceți, ce cauze vă sunt dragi și când aveți timp liber. Astfel, coordonatorii din apropiere vă pot găsi, iar dumneavoastră vedeți turele care vi se potrivesc.
profile-notice-saved = Profilul dumneavoastră a fost salvat.
profile-no-platform = Alăturați-vă mai întâi unei platforme: competențele și cauzele din care puteți alege sunt listele ei.
profile-skills = Ce știu să fac
profile-causes = Ce cauze îmi sunt dragi
profile-languages = Limbile pe care le vorbesc
profile-home = Unde locuiesc
profile-home-hint = Doar dumneavoastră vedeți acest punct. Este folosit pentru a calcula cât de departe de dumneavoastră se află un loc.
profile-within-km = Cât de departe pot merge, în km
profile-within-km-hint = Mai mult de 0 și cel mult 500.
profile-availability = Când am timp liber
profile-week-hint = Bifați părțile săptămânii în care aveți de obicei timp liber, în ora locală a platformei. Lăsați totul gol dacă diferă de la o săptămână la alta.
profile-part-morning = Dimineața
profile-part-afternoon = După-amiaza
profile-part-evening = Seara
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Ore mai precise
profile-precise-hint = Pentru alte ore: cel mult două intervale orare pe zi. Se adaugă la ce ați bifat mai sus.
profile-weekday = Ziua
profile-from = De la
profile-to = Până la
profile-window = Intervalul orar { $number }
profile-choices = Sugestii și e-mailuri
profile-no-suggestions = Nu mă sugerați coordonatorilor și nu-mi sugerați ture
profile-no-mails = Nu-mi trimiteți e-mailuri despre sugestii
profile-save = Salvați profilul
profile-see-suggestions = Vedeți turele potrivite pentru dumneavoastră

suggestion-my-title = Ture pentru mine
suggestion-my-intro = Ture viitoare cu locuri libere care se potrivesc profilului meu, cele mai potrivite primele.
suggestion-my-none = Momentan, nicio tură viitoare nu se potrivește profilului dumneavoastră.
suggestion-my-no-profile = Completați-vă profilul de voluntar pentru a primi sugestii.
suggestion-my-opted-out = Ați cerut să nu primiți sugestii. Puteți schimba acest lucru în profilul dumneavoastră.
suggestion-edit-profile = Modificați profilul
suggestion-score = Potrivire: { $score } din 100
suggestion-shift-title = Persoane sugerate
suggestion-shift-intro = Membri ai platformei care au timp liber atunci, locuiesc la o distanță pe care o pot parcurge, au vârsta necesară și nu s-au înscris încă. Cele mai potrivite primele.
suggestion-shift-none = Momentan nu se potrivește nimeni pentru această tură.
suggestion-shift-closed = Această tură a fost anulată sau a început deja: nu există pe cine să sugerăm.
suggestion-back-to-roster = Înapoi la lista participanților
suggestion-roster-link = Persoane sugerate pentru această tură

suggestion-reason-skill = are competența: { $skill }
suggestion-reason-uses-skill = folosește competența dumneavoastră: { $skill }
suggestion-reason-cause = îi este dragă cauza: { $cause }
suggestion-reason-for-cause = pentru o cauză care vă este dragă: { $cause }
suggestion-reason-speaks = vorbește limba { $language }
suggestion-reason-in-language = în limba { $language }
suggestion-reason-distance = la { $distance }
suggestion-reason-remote = se poate face de oriunde
suggestion-reason-free-on = { $weekday }: are timp liber
suggestion-reason-when-free = { $weekday }, când aveți timp liber
suggestion-reason-reliable = a venit la { $attended } din { $total } { $total ->
    [one] tură
    [few] ture
   *[other] de ture
}

suggestion-language-bg = bulgară
suggestion-language-cs = cehă
suggestion-language-da = daneză
suggestion-language-de = germană
suggestion-language-el = greacă
suggestion-language-en = engleză
suggestion-language-es = spaniolă
suggestion-language-et = estonă
suggestion-language-fi = finlandeză
suggestion-language-fr = franceză
suggestion-language-ga = irlandeză
suggestion-language-hr = croată
suggestion-language-hu = maghiară
suggestion-language-it = italiană
suggestion-language-lt = lituaniană
suggestion-language-lv = letonă
suggestion-language-mt = malteză
suggestion-language-nl = neerlandeză
suggestion-language-pl = poloneză
suggestion-language-pt = portugheză
suggestion-language-ro = română
suggestion-language-sk = slovacă
suggestion-language-sl = slovenă
suggestion-language-sv = suedeză
suggestion-language-ar = arabă
suggestion-language-tr = turcă
suggestion-language-uk = ucraineană
