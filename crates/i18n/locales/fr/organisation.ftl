# Organisations.

organisation-new-title = Enregistrer une organisation
organisation-new-submit = Enregistrer l'organisation
organisation-verified = Vérifiée
organisation-verify = Marquer comme vérifiée
organisation-unverify = Retirer la mention « vérifiée »
organisation-members = Membres
organisation-leave = Quitter
organisation-remove-member = Retirer
organisation-add-member = Ajouter un membre
organisation-add-member-submit = Ajouter
field-organisation-name = Nom de l'organisation
field-organisation-kind = Type d'organisation
field-organisation-description = Que fait-elle ?
field-member-email = Adresse e-mail de la personne
field-member-email-hint = Elle doit d'abord avoir un compte sur Entraide.
field-member-role = Rôle
organisation-member-since = depuis le { $date }
