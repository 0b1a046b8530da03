# Het vrijwilligersprofiel (/my/profile) en suggesties in beide richtingen.

profile-nav = Mijn profiel
profile-title = Mijn vrijwilligersprofiel
profile-intro = Vertel wat je kunt, wat je belangrijk vindt en wanneer je tijd hebt. Dan kunnen coördinatoren bij jou in de buurt je vinden, en zie je de diensten die bij je passen.
profile-notice-saved = Je profiel is opgeslagen.
profile-no-platform = Word eerst lid van een platform: de vaardigheden en thema's waaruit je kiest, komen uit de lijsten van dat platform.
profile-skills = Wat ik kan
profile-causes = Wat ik belangrijk vind
profile-languages = Talen die ik spreek
profile-home = Waar ik woon
profile-home-hint = Alleen jij ziet dit punt. Het wordt gebruikt om te meten hoe ver een plek van je af ligt.
profile-within-km = Hoe ver ik wil reizen, in km
profile-within-km-hint = Meer dan 0 en hoogstens 500.
profile-availability = Wanneer ik tijd heb
profile-availability-hint = In de plaatselijke tijd van het platform, als HH:MM (24:00 voor middernacht). Laat een dag leeg als je dan geen tijd hebt. Hoogstens twee tijdvakken per dag.
profile-weekday = Dag
profile-from = Van
profile-to = Tot
profile-window = Tijdvak { $number }
profile-choices = Suggesties en e-mail
profile-no-suggestions = Stel mij niet voor aan coördinatoren en stel mij geen diensten voor
profile-no-mails = Stuur mij geen e-mail over suggesties
profile-save = Mijn profiel opslaan
profile-see-suggestions = Bekijk de diensten die bij mij passen

suggestion-my-title = Diensten voor mij
suggestion-my-intro = Komende diensten met nog vrije plekken die bij mijn profiel passen, de beste eerst.
suggestion-my-none = Er komt op dit moment niets aan dat bij je profiel past.
suggestion-my-no-profile = Vul je vrijwilligersprofiel in om suggesties te krijgen.
suggestion-my-opted-out = Je hebt gevraagd geen suggesties te krijgen. Je kunt dit aanpassen in je profiel.
suggestion-edit-profile = Mijn profiel bewerken
suggestion-score = Hoe goed het past: { $score } op 100
suggestion-shift-title = Voorgestelde mensen
suggestion-shift-intro = Leden van het platform die dan tijd hebben, binnen hun reisafstand wonen, oud genoeg zijn en zich nog niet hebben ingeschreven. De beste eerst.
suggestion-shift-none = Op dit moment past niemand bij deze dienst.
suggestion-shift-closed = Deze dienst is geannuleerd of al begonnen: er is niemand om voor te stellen.
suggestion-back-to-roster = Terug naar de lijst van wie er komt
suggestion-roster-link = Voorgestelde mensen voor deze dienst

suggestion-reason-skill = kan: { $skill }
suggestion-reason-uses-skill = gebruikt je vaardigheid: { $skill }
suggestion-reason-cause = vindt belangrijk: { $cause }
suggestion-reason-for-cause = voor een thema dat je belangrijk vindt: { $cause }
suggestion-reason-speaks = spreekt { $language }
suggestion-reason-in-language = in het { $language }
suggestion-reason-distance = op { $distance } afstand
suggestion-reason-remote = kan overal vandaan
suggestion-reason-free-on = heeft tijd: { $weekday }
suggestion-reason-when-free = { $weekday }, als je tijd hebt
suggestion-reason-reliable = kwam naar { $attended } van de { $total } { $total ->
    [one] dienst
   *[other] diensten
}

suggestion-language-bg = Bulgaars
suggestion-language-cs = Tsjechisch
suggestion-language-da = Deens
suggestion-language-de = Duits
suggestion-language-el = Grieks
suggestion-language-en = Engels
suggestion-language-es = Spaans
suggestion-language-et = Ests
suggestion-language-fi = Fins
suggestion-language-fr = Frans
suggestion-language-ga = Iers
suggestion-language-hr = Kroatisch
suggestion-language-hu = Hongaars
suggestion-language-it = Italiaans
suggestion-language-lt = Litouws
suggestion-language-lv = Lets
suggestion-language-mt = Maltees
suggestion-language-nl = Nederlands
suggestion-language-pl = Pools
suggestion-language-pt = Portugees
suggestion-language-ro = Roemeens
suggestion-language-sk = Slowaaks
suggestion-language-sl = Sloveens
suggestion-language-sv = Zweeds
suggestion-language-ar = Arabisch
suggestion-language-tr = Turks
suggestion-language-uk = Oekraïens
