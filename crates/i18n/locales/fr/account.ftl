# Inscription, connexion et déconnexion ; la page du compte.

sign-up-title = Créez votre compte
sign-up-intro = Cela prend une minute. Nous ne demandons que le nécessaire.
sign-up-submit = Créer mon compte
sign-up-have-account = Vous avez déjà un compte ?
sign-in-title = Se connecter
sign-in-submit = Se connecter
sign-in-no-account = Première visite ?

field-display-name = Votre nom
field-display-name-hint = Le nom que les autres verront.
field-email = Adresse e-mail
field-password = Mot de passe
field-password-hint = Au moins 10 caractères. Quelques mots dont vous vous souviendrez font très bien l'affaire.
field-birth-date = Date de naissance (facultatif)
field-birth-date-hint = Certaines activités ont un âge minimum. Nous l'utilisons uniquement pour le vérifier.
field-language = Langue
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-password-confirm = Votre mot de passe, pour confirmer

account-title = Mon compte
account-platforms = Mes plateformes
account-no-platforms = Vous n'avez encore rejoint aucune plateforme.
account-language = Langue
account-language-submit = Enregistrer la langue
account-password = Changer de mot de passe
account-password-submit = Changer le mot de passe
account-tokens = Accès pour les applications
account-tokens-intro = Les applications et les scripts qui agissent en votre nom utilisent ces clés. Révoquez celles que vous n'utilisez plus.
account-no-tokens = Aucune application n'a accès.
account-token-revoked = révoquée
account-token-revoke = Révoquer
account-calendar = Agenda
account-calendar-intro = Vos créneaux confirmés peuvent apparaître dans l'application d'agenda que vous utilisez déjà, sur votre téléphone ou votre ordinateur. Dans cette application, abonnez-vous à votre lien d'agenda privé (« ajouter un agenda à partir d'une adresse web ») : elle le consulte d'elle-même et affiche les nouveaux créneaux, les modifications et les annulations.
account-calendar-link = Votre lien d'agenda privé
account-calendar-link-hint = Copiez-le maintenant dans votre application d'agenda. Pour votre sécurité, nous ne le conservons pas : nous ne pourrons donc plus vous l'afficher.
account-calendar-active = Vous avez un lien d'agenda privé. Si vous l'avez perdu, créez-en un nouveau.
account-calendar-none = Vous n'avez pas encore de lien d'agenda privé.
account-calendar-secret = Toute personne qui a ce lien peut voir vos créneaux : gardez-le pour vous. Si quelqu'un d'autre l'a obtenu, créez-en un nouveau : l'ancien lien cesse aussitôt de fonctionner.
account-calendar-create = Créer mon lien privé
account-calendar-replace = Créer un nouveau lien
account-calendar-revoke = Désactiver mon lien
account-calendar-download = Télécharger mes créneaux dans un fichier d'agenda
account-data = Mes données
account-data-intro = Téléchargez tout ce que cette plateforme conserve à votre sujet, dans un fichier lisible par d'autres programmes.
account-data-download = Télécharger mes données
account-delete = Supprimer mon compte
account-delete-intro = Votre nom, votre adresse e-mail et votre date de naissance sont effacés et vous ne pouvez plus vous connecter. Ce que vous avez fait pour les autres reste dans l'historique, sans votre nom. Cette action est irréversible.
account-delete-submit = Supprimer définitivement mon compte

notice-welcome = Bienvenue ! Votre compte est prêt.
notice-signed-out = Déconnexion réussie. À bientôt !
notice-account-deleted = Votre compte a été supprimé.
notice-password-changed = Votre mot de passe a été modifié. Toutes vos autres sessions ont été fermées.
notice-language-changed = Votre langue a été enregistrée.
notice-token-revoked = La clé a été révoquée.
notice-calendar-created = Votre lien d'agenda privé est prêt : copiez-le maintenant depuis la rubrique Agenda.
notice-calendar-revoked = Votre lien d'agenda privé est désactivé. Les applications d'agenda qui l'utilisaient ne reçoivent plus vos créneaux.

# Le flux d'agenda privé, lu par les applications d'agenda.
error-unknown-calendar-feed = Il n'y a pas d'agenda à cette adresse. Le lien a peut-être été désactivé ou remplacé.
problem-host-missing = La requête n'indique pas à quel site elle s'adresse (l'en-tête Host est absent ou mal formé).
account-birth-date = Date de naissance
account-birth-date-submit = Enregistrer la date de naissance
notice-birth-date-saved = Votre date de naissance a été enregistrée.

## Nom, téléphone et adresse e-mail sur la page du compte
account-details = Votre nom et votre téléphone
account-details-submit = Enregistrer le nom et le téléphone
field-phone = Numéro de téléphone (facultatif)
field-phone-hint = Seuls les coordinateurs des créneaux auxquels vous vous inscrivez le voient, pour vous joindre au sujet d'un créneau.
notice-details-saved = Votre nom et votre numéro de téléphone ont été enregistrés.
account-email = Adresse e-mail
account-email-current = Vous vous connectez avec { $email }.
account-email-unconfirmed = Cette adresse n'est pas encore confirmée. Ouvrez le lien que nous y avons envoyé : d'ici là, nous ne pouvons vous envoyer aucun e-mail.
account-email-pending = Vous avez demandé à utiliser { $email } à la place. Ouvrez le lien que nous y avons envoyé ; d'ici là, vous continuez à vous connecter avec votre adresse actuelle.
account-email-resend = Renvoyer le lien
account-email-have-code = J'ai un code reçu par e-mail
account-email-change = Changer mon adresse e-mail
account-email-how = Nous envoyons un lien à la nouvelle adresse. Elle ne remplace l'adresse actuelle qu'une fois ce lien ouvert.
field-new-email = Nouvelle adresse e-mail
field-email-password = Votre mot de passe, pour confirmer
account-email-submit = Envoyer le lien
notice-email-link-sent = Nous vous avons envoyé un lien. Ouvrez-le depuis votre boîte mail pour confirmer l'adresse.
notice-email-confirmed = Votre adresse e-mail est confirmée.
banner-email-unconfirmed = Merci de confirmer votre adresse e-mail { $email } : ouvrez le lien que nous vous avons envoyé. D'ici là, nous ne pouvons vous envoyer aucun e-mail.
banner-email-unconfirmed-link = Vous ne l'avez pas reçu ?

## Confirmer une adresse avec le lien envoyé
email-confirm-title = Confirmez votre adresse e-mail
email-confirm-text = Est-ce que { $email } est bien votre adresse ? Appuyez sur le bouton pour la confirmer : votre compte l'utilisera pour vous connecter et pour vos e-mails.
email-confirm-submit = Oui, confirmer mon adresse
field-confirm-code = Code reçu par e-mail
field-confirm-code-hint = Collez le long code de l'e-mail que nous vous avons envoyé.
email-confirmed-title = Votre adresse est confirmée
email-confirmed-text = Désormais, nous envoyons vos e-mails à { $email }, et vous vous connectez avec cette adresse.
email-confirmed-continue = Continuer
email-confirm-expired-title = Ce lien ne fonctionne plus
email-confirm-expired-text = Un lien pour confirmer une adresse ne fonctionne qu'une fois, pendant { $days } jours. Demandez-en un nouveau depuis la page de votre compte : cela prend une minute.
email-confirm-ask-again = Demander un nouveau lien
email-confirm-taken-title = Cette adresse est déjà utilisée
email-confirm-taken-text = Un autre compte utilise désormais { $email } : elle ne peut donc pas être aussi la vôtre. Votre compte garde l'adresse qu'il avait.

## L'e-mail avec le lien
mail-confirm-subject = Confirmez votre adresse e-mail
mail-confirm-body = Bienvenue sur Entraide ! Pour recevoir par e-mail des nouvelles de vos créneaux et des demandes de vos voisins, confirmez que cette adresse est bien la vôtre.
mail-confirm-new-body = Vous avez demandé à utiliser cette adresse pour votre compte Entraide. Confirmez-la pour vous connecter avec elle et recevoir vos e-mails ici.
mail-confirm-link = Pour la confirmer, ouvrez ce lien dans les 7 jours :
mail-confirm-code = Pour la confirmer, connectez-vous sur le site, ouvrez « Mon compte », choisissez « J'ai un code reçu par e-mail », et collez ce code dans les 7 jours :
mail-confirm-ignore = Si vous n'avez rien demandé, vous pouvez ignorer cet e-mail : rien ne change.
mail-confirm-footer = Vous recevez cet e-mail parce que cette adresse a été indiquée pour un compte sur Entraide.

## L'e-mail à une adresse qu'un compte n'utilise plus
mail-email-changed-subject = Votre adresse e-mail a été modifiée
mail-email-changed-body = Votre compte Entraide n'utilise plus { $previous } : désormais, vous vous connectez avec { $email }, et vos e-mails y sont envoyés.
mail-email-changed-not-you = Si ce n'est pas vous, quelqu'un d'autre utilise peut-être votre compte. Écrivez tout de suite à l'équipe de votre plateforme : elle peut vous aider à le récupérer.
mail-email-changed-footer = Vous recevez cet e-mail parce que cette adresse était celle d'un compte sur Entraide.
