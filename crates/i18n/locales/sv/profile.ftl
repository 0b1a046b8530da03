# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Min profil
profile-title = Min volontärprofil
profile-intro = Berätta vad du kan göra, vad du bryr dig om och när du har tid. Då kan samordnare i närheten hitta dig, och du ser de pass som passar dig.
profile-notice-saved = Din profil är sparad.
profile-no-platform = Gå först med i en plattform: färdigheterna och ändamålen du kan välja bland är dess listor.
profile-skills = Vad jag kan göra
profile-causes = Vad jag bryr mig om
profile-languages = Språk jag talar
profile-home = Var jag bor
profile-home-hint = Bara du ser den här punkten. Den används för att räkna ut hur långt bort en plats är från dig.
profile-within-km = Hur långt jag kan resa, i km
profile-within-km-hint = Mer än 0 och högst 500.
profile-availability = När jag har tid
profile-availability-hint = I plattformens lokala tid, som TT:MM (24:00 för midnatt). Lämna en dag tom när du inte har tid. Högst två tidsfönster per dag.
profile-weekday = Dag
profile-from = Från
profile-to = Till
profile-window = Tidsfönster { $number }
profile-choices = Förslag och e-post
profile-no-suggestions = Föreslå mig inte för samordnare, och föreslå inga pass för mig
profile-no-mails = Skicka ingen e-post till mig om förslag
profile-save = Spara min profil
profile-see-suggestions = Se de pass som passar mig

suggestion-my-title = Pass för mig
suggestion-my-intro = Kommande pass med platser kvar som passar min profil, de som passar bäst först.
suggestion-my-none = Just nu passar inget kommande pass din profil.
suggestion-my-no-profile = Fyll i din volontärprofil för att få förslag.
suggestion-my-opted-out = Du har bett om att inte få förslag. Du kan ändra det i din profil.
suggestion-edit-profile = Ändra min profil
suggestion-score = Matchning: { $score } av 100
suggestion-shift-title = Föreslagna personer
suggestion-shift-intro = Medlemmar i plattformen som har tid då, bor inom det avstånd de kan resa, är gamla nog och inte har anmält sig än. De som passar bäst först.
suggestion-shift-none = Just nu passar ingen för det här passet.
suggestion-shift-closed = Det här passet är inställt eller har redan börjat: det finns ingen att föreslå.
suggestion-back-to-roster = Tillbaka till deltagarlistan
suggestion-roster-link = Föreslagna personer för det här passet

suggestion-reason-skill = kan: { $skill }
suggestion-reason-uses-skill = använder din färdighet: { $skill }
suggestion-reason-cause = bryr sig om: { $cause }
suggestion-reason-for-cause = för ett ändamål du bryr dig om: { $cause }
suggestion-reason-speaks = talar { $language }
suggestion-reason-in-language = på { $language }
suggestion-reason-distance = { $distance } bort
suggestion-reason-remote = kan göras var som helst ifrån
suggestion-reason-free-on = { $weekday }: har tid
suggestion-reason-when-free = { $weekday }, när du har tid
suggestion-reason-reliable = kom till { $attended } av { $total } { $total ->
    [one] pass
   *[other] pass
}

suggestion-language-bg = bulgariska
suggestion-language-cs = tjeckiska
suggestion-language-da = danska
suggestion-language-de = tyska
suggestion-language-el = grekiska
suggestion-language-en = engelska
suggestion-language-es = spanska
suggestion-language-et = estniska
suggestion-language-fi = finska
suggestion-language-fr = franska
suggestion-language-ga = iriska
suggestion-language-hr = kroatiska
suggestion-language-hu = ungerska
suggestion-language-it = italienska
suggestion-language-lt = litauiska
suggestion-language-lv = lettiska
suggestion-language-mt = maltesiska
suggestion-language-nl = nederländska
suggestion-language-pl = polska
suggestion-language-pt = portugisiska
suggestion-language-ro = rumänska
suggestion-language-sk = slovakiska
suggestion-language-sl = slovenska
suggestion-language-sv = svenska
suggestion-language-ar = arabiska
suggestion-language-tr = turkiska
suggestion-language-uk = ukrainska
