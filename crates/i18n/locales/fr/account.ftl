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
sign-up-join = Rejoindre aussi { $platform }, pour vous inscrire à ses activités
