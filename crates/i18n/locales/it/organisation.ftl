# Organizzazioni.

organisation-new-title = Registra un'organizzazione
organisation-new-submit = Registra l'organizzazione
organisation-verified = Verificata
organisation-verify = Segna come verificata
organisation-unverify = Rimuovi il segno di verifica
organisation-members = Membri
organisation-leave = Lascia
organisation-remove-member = Rimuovi
organisation-add-member = Aggiungi un membro
organisation-add-member-submit = Aggiungi
field-organisation-name = Nome dell'organizzazione
field-organisation-kind = Tipo di organizzazione
field-organisation-description = Di cosa si occupa?
field-member-email = Indirizzo email della persona
field-member-email-hint = Deve prima avere un account su Entraide.
field-member-role = Ruolo
organisation-member-since = dal { $date }
