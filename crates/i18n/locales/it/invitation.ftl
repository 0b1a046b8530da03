## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Un invito: { $title }
mail-shift-invitation-body = { $organisation } pensa che saresti di grande aiuto per { $title }, { $when }, e ti invita a partecipare. Se puoi, iscriviti a questo turno dalla sua pagina su { $platform }. Se non puoi, non devi fare nulla.
notification-shift-invitation = { $organisation } ti invita a { $title } ({ $when }).
mail-cover-needed-subject = Un posto da coprire: { $title }
mail-cover-needed-body = Qualcuno ha annullato all'ultimo momento l'iscrizione a { $title }, { $when }, e non c'è nessuno in lista d'attesa. Nella pagina delle persone suggerite per il turno puoi invitare con un clic le persone adatte.
notification-cover-needed = Un annullamento all'ultimo momento ha lasciato un posto libero per { $title } ({ $when }): guarda chi potresti invitare.
mail-open-link = Apri: { $link }
suggestion-invite = Invita
suggestion-notice-invited = Il tuo invito è stato inviato. Le persone invitate non compaiono più qui.
error-taken-invitation = Questa persona è già invitata a questo turno.
