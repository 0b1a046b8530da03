# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Min profil
profile-title = Min profil som frivillig
profile-intro = Fortæl, hvad du kan, hvad du brænder for, og hvornår du har tid. Så kan koordinatorer i nærheden finde dig, og du kan se de vagter, der passer til dig.
profile-notice-saved = Din profil er gemt.
profile-no-platform = Bliv først medlem af en platform: De kompetencer og sager, du kan vælge imellem, kommer fra dens lister.
profile-skills = Det kan jeg
profile-causes = Det brænder jeg for
profile-languages = Sprog, jeg taler
profile-home = Hvor jeg bor
profile-home-hint = Kun du kan se dette punkt. Det bruges til at måle, hvor langt et sted ligger fra dig.
profile-within-km = Hvor langt jeg vil rejse, i km
profile-within-km-hint = Mere end 0 og højst 500.
profile-availability = Hvornår jeg har tid
profile-availability-hint = I platformens lokale tid, som HH:MM (24:00 for midnat). Lad en dag stå tom, når du ikke har tid. Op til to tidsrum om dagen.
profile-weekday = Dag
profile-from = Fra
profile-to = Til
profile-window = Tidsrum { $number }
profile-choices = Forslag og mails
profile-no-suggestions = Foreslå mig ikke til koordinatorer, og foreslå ikke vagter til mig
profile-no-mails = Send mig ingen mails om forslag
profile-save = Gem min profil
profile-see-suggestions = Se de vagter, der passer til mig

suggestion-my-title = Vagter til mig
suggestion-my-intro = Kommende vagter med ledige pladser, der passer til min profil, de bedst egnede først.
suggestion-my-none = Lige nu passer intet kommende til din profil.
suggestion-my-no-profile = Udfyld din profil som frivillig for at få forslag.
suggestion-my-opted-out = Du har bedt om ikke at få forslag. Det kan du ændre i din profil.
suggestion-edit-profile = Redigér min profil
suggestion-score = Match: { $score } ud af 100
suggestion-shift-title = Foreslåede personer
suggestion-shift-intro = Medlemmer af platformen, som har tid på det tidspunkt, bor inden for den afstand, de vil rejse, er gamle nok og ikke har tilmeldt sig endnu. De bedst egnede først.
suggestion-shift-none = Ingen passer til denne vagt lige nu.
suggestion-shift-closed = Denne vagt er aflyst eller er allerede begyndt: Der er ingen at foreslå.
suggestion-back-to-roster = Tilbage til deltagerlisten
suggestion-roster-link = Foreslåede personer til denne vagt

suggestion-reason-skill = kan: { $skill }
suggestion-reason-uses-skill = bruger din kompetence: { $skill }
suggestion-reason-cause = brænder for: { $cause }
suggestion-reason-for-cause = for en sag, du brænder for: { $cause }
suggestion-reason-speaks = taler { $language }
suggestion-reason-in-language = på { $language }
suggestion-reason-distance = { $distance } væk
suggestion-reason-remote = kan gøres hvor som helst fra
suggestion-reason-free-on = har tid: { $weekday }
suggestion-reason-when-free = { $weekday }, når du har tid
suggestion-reason-reliable = kom til { $attended } af { $total } { $total ->
    [one] vagt
   *[other] vagter
}

suggestion-language-bg = bulgarsk
suggestion-language-cs = tjekkisk
suggestion-language-da = dansk
suggestion-language-de = tysk
suggestion-language-el = græsk
suggestion-language-en = engelsk
suggestion-language-es = spansk
suggestion-language-et = estisk
suggestion-language-fi = finsk
suggestion-language-fr = fransk
suggestion-language-ga = irsk
suggestion-language-hr = kroatisk
suggestion-language-hu = ungarsk
suggestion-language-it = italiensk
suggestion-language-lt = litauisk
suggestion-language-lv = lettisk
suggestion-language-mt = maltesisk
suggestion-language-nl = nederlandsk
suggestion-language-pl = polsk
suggestion-language-pt = portugisisk
suggestion-language-ro = rumænsk
suggestion-language-sk = slovakisk
suggestion-language-sl = slovensk
suggestion-language-sv = svensk
suggestion-language-ar = arabisk
suggestion-language-tr = tyrkisk
suggestion-language-uk = ukrainsk
