# Scegliere una nuova password quando si è dimenticata la vecchia: le pagine e l'email.

password-forgot-link = Password dimenticata?
password-forgot-title = Password dimenticata?
password-forgot-intro = Scrivi l'indirizzo email del tuo account. Ti invieremo un link per scegliere una nuova password.
password-forgot-submit = Inviami un link
password-have-code = Ho un codice ricevuto per email
password-sent-title = Controlla la tua posta
password-sent-text = Se un account usa { $email }, è in arrivo un'email con un link per scegliere una nuova password. Il link funziona per un'ora.
password-sent-nothing = Nessuna email dopo qualche minuto? Guarda nella cartella spam, controlla l'indirizzo o chiedi di nuovo.
password-ask-again = Chiedi di nuovo
password-back-to-sign-in = Torna all'accesso
password-reset-title = Scegli una nuova password
password-reset-for = Per l'account { $email }.
password-reset-submit = Salva la mia nuova password
field-reset-code = Codice ricevuto per email
field-reset-code-hint = Incolla il codice lungo dell'email che ti abbiamo inviato.
password-expired-title = Questo link non funziona più
password-expired-text = Un link per scegliere una nuova password funziona per un'ora, e una volta sola. Chiedine uno nuovo: ci vuole un minuto.
password-expired-ask = Chiedi un nuovo link
error-reset-link-expired = Questo codice non funziona più: è già stato usato, oppure ha più di un'ora. Chiedi un nuovo link.
notice-password-reset = La tua nuova password è salvata e hai effettuato l'accesso. Tutte le altre sessioni sono state chiuse.

mail-password-reset-subject = Scegli una nuova password
mail-password-reset-body = Qualcuno, probabilmente tu, ha chiesto di scegliere una nuova password per il tuo account.
mail-password-reset-link = Per sceglierla, apri questo link entro un'ora (funziona una volta sola):
mail-password-reset-code = Per sceglierla, vai alla pagina di accesso del sito, scegli «Password dimenticata?», poi «Ho un codice ricevuto per email», e incolla questo codice entro un'ora:
mail-password-reset-ignore = Se non l'hai chiesto tu, puoi ignorare questa email: la tua password resta com'è.
mail-password-reset-footer = Ricevi questa email perché è stata chiesta una nuova password per l'account con questo indirizzo.
