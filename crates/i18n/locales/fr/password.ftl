# Choisir un nouveau mot de passe quand on a oublié l'ancien : les pages et l'e-mail.

password-forgot-link = Mot de passe oublié ?
password-forgot-title = Mot de passe oublié ?
password-forgot-intro = Saisissez l'adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
password-forgot-submit = M'envoyer un lien
password-have-code = J'ai un code reçu par e-mail
password-sent-title = Consultez vos e-mails
password-sent-text = Si un compte utilise { $email }, un e-mail avec un lien pour choisir un nouveau mot de passe est en route. Le lien fonctionne pendant une heure.
password-sent-nothing = Pas d'e-mail après quelques minutes ? Regardez dans vos courriers indésirables (spam), vérifiez l'adresse ou refaites la demande.
password-ask-again = Refaire la demande
password-back-to-sign-in = Retour à la connexion
password-reset-title = Choisissez un nouveau mot de passe
password-reset-for = Pour le compte { $email }.
password-reset-submit = Enregistrer mon nouveau mot de passe
field-reset-code = Code reçu par e-mail
field-reset-code-hint = Collez le long code de l'e-mail que nous vous avons envoyé.
password-expired-title = Ce lien ne fonctionne plus
password-expired-text = Un lien pour choisir un nouveau mot de passe fonctionne pendant une heure, et une seule fois. Demandez-en un nouveau : cela prend une minute.
password-expired-ask = Demander un nouveau lien
error-reset-link-expired = Ce code ne fonctionne plus : il a déjà servi, ou il date de plus d'une heure. Demandez un nouveau lien.
notice-password-reset = Votre nouveau mot de passe est enregistré et votre session est ouverte. Toutes vos autres sessions ont été fermées.

mail-password-reset-subject = Choisissez un nouveau mot de passe
mail-password-reset-body = Quelqu'un, probablement vous, a demandé à choisir un nouveau mot de passe pour votre compte.
mail-password-reset-link = Pour le choisir, ouvrez ce lien dans l'heure (il ne fonctionne qu'une fois) :
mail-password-reset-code = Pour le choisir, allez sur la page de connexion du site, choisissez « Mot de passe oublié ? », puis « J'ai un code reçu par e-mail », et collez ce code dans l'heure :
mail-password-reset-ignore = Si vous n'avez rien demandé, vous pouvez ignorer cet e-mail : votre mot de passe reste inchangé.
mail-password-reset-footer = Vous recevez cet e-mail parce qu'un nouveau mot de passe a été demandé pour le compte associé à cette adresse.
