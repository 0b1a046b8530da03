# Il profilo da volontario (/my/profile) e i suggerimenti nei due sensi.

profile-nav = Il mio profilo
profile-title = Il mio profilo da volontario
profile-intro = Di' che cosa sai fare, che cosa ti sta a cuore e quando sei disponibile. Così i coordinatori vicino a te possono trovarti, e tu vedi i turni adatti a te.
profile-notice-saved = Il tuo profilo è salvato.
profile-no-platform = Prima unisciti a una piattaforma: le competenze e le cause da scegliere vengono dai suoi elenchi.
profile-skills = Che cosa so fare
profile-causes = Che cosa mi sta a cuore
profile-languages = Le lingue che parlo
profile-home = Dove abito
profile-home-hint = Solo tu vedi questo punto. Serve a misurare quanto è lontano un luogo da te.
profile-within-km = Fin dove posso spostarmi, in km
profile-within-km-hint = Più di 0 e al massimo 500.
profile-availability = Quando sono disponibile
profile-week-hint = Spunta i momenti della settimana in cui di solito sei disponibile, nell'ora locale della piattaforma. Lascia tutto vuoto se cambia di settimana in settimana.
profile-part-morning = Mattina
profile-part-afternoon = Pomeriggio
profile-part-evening = Sera
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Orari più precisi
profile-precise-hint = Per altri orari: fino a due fasce orarie al giorno. Si aggiungono a quello che hai spuntato sopra.
profile-weekday = Giorno
profile-from = Dalle
profile-to = Alle
profile-window = Fascia oraria { $number }
profile-choices = Suggerimenti ed email
profile-no-suggestions = Non suggerirmi ai coordinatori e non suggerirmi turni
profile-no-mails = Non inviarmi email sui suggerimenti
profile-save = Salva il mio profilo
profile-see-suggestions = Vedi i turni adatti a me

suggestion-my-title = Turni per me
suggestion-my-intro = I prossimi turni con posti liberi che corrispondono al mio profilo, prima i più adatti.
suggestion-my-none = Per ora nessuno dei prossimi turni è adatto al tuo profilo.
suggestion-my-no-profile = Compila il tuo profilo da volontario per ricevere suggerimenti.
suggestion-my-opted-out = Hai chiesto di non ricevere suggerimenti. Puoi cambiarlo nel tuo profilo.
suggestion-edit-profile = Modifica il mio profilo
suggestion-score = Corrispondenza: { $score } su 100
suggestion-shift-title = Persone suggerite
suggestion-shift-intro = Membri della piattaforma che in quel momento sono disponibili, abitano entro la distanza che sono disposti a percorrere, hanno l'età richiesta e non sono ancora iscritti. Prima i più adatti.
suggestion-shift-none = Per ora nessuno è adatto a questo turno.
suggestion-shift-closed = Questo turno è annullato o è già iniziato: non c'è nessuno da suggerire.
suggestion-back-to-roster = Torna all'elenco degli iscritti
suggestion-roster-link = Persone suggerite per questo turno

suggestion-reason-skill = sa fare: { $skill }
suggestion-reason-uses-skill = usa la tua competenza: { $skill }
suggestion-reason-cause = ha a cuore: { $cause }
suggestion-reason-for-cause = per una causa che ti sta a cuore: { $cause }
suggestion-reason-speaks = parla { $language }
suggestion-reason-in-language = in { $language }
suggestion-reason-distance = a { $distance } di distanza
suggestion-reason-remote = si può fare da qualsiasi luogo
suggestion-reason-free-on = disponibile: { $weekday }
suggestion-reason-when-free = { $weekday }, quando sei disponibile
suggestion-reason-reliable = presente a { $attended } su { $total } { $total ->
    [one] turno
    [many] di turni
   *[other] turni
}

suggestion-language-bg = bulgaro
suggestion-language-cs = ceco
suggestion-language-da = danese
suggestion-language-de = tedesco
suggestion-language-el = greco
suggestion-language-en = inglese
suggestion-language-es = spagnolo
suggestion-language-et = estone
suggestion-language-fi = finlandese
suggestion-language-fr = francese
suggestion-language-ga = irlandese
suggestion-language-hr = croato
suggestion-language-hu = ungherese
suggestion-language-it = italiano
suggestion-language-lt = lituano
suggestion-language-lv = lettone
suggestion-language-mt = maltese
suggestion-language-nl = olandese
suggestion-language-pl = polacco
suggestion-language-pt = portoghese
suggestion-language-ro = rumeno
suggestion-language-sk = slovacco
suggestion-language-sl = sloveno
suggestion-language-sv = svedese
suggestion-language-ar = arabo
suggestion-language-tr = turco
suggestion-language-uk = ucraino
