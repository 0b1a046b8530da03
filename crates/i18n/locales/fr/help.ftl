# Entraide entre voisins : demandes, offres, échanges privés et clôture.

error-category-unknown = Choisissez l'une des catégories d'aide de cette plateforme.
error-window-ends-before-start = La fin de la plage horaire doit venir après son début.
error-phone-malformed = Saisissez un numéro de téléphone de 6 à 15 chiffres, par exemple +32 470 12 34 56.
error-within-km-out-of-range = La distance doit être supérieure à 0 et d'au plus 25 km.
error-help-minutes-out-of-range = Le nombre de minutes doit être d'au moins 1 et ne pas dépasser la plage horaire de la demande.
error-request-closed = Cette demande est déjà terminée.
error-request-not-open = Cette demande n'accepte plus d'offres.
error-request-not-accepted = Aucune offre n'a encore été acceptée pour cette demande.
error-taken-offer = Vous avez déjà proposé votre aide pour cette demande.
error-taken-completed = Cette demande a déjà été marquée comme terminée.
error-unknown-request = Cette demande n'existe pas.
error-unknown-offer = Cette offre n'existe pas ou n'est plus ouverte.
error-unknown-category = Cette catégorie d'aide n'existe pas.

## Pages de l'entraide entre voisins.

help-page-nav = Entraide entre voisins
help-page-platform-link = Entraide entre voisins
help-page-list-title = Entraide entre voisins
help-page-list-intro = Les voisins s'entraident pour les petites choses du quotidien. Demandez de l'aide ou proposez la vôtre.
help-page-ask-button = Demander de l'aide
help-page-mine-link = Mes demandes et mes offres
help-page-filters = Choisissez les demandes à afficher
help-page-field-category-filter = Type d'aide
help-page-any-category = Tous les types d'aide
help-page-field-distance = Distance
help-page-within = À moins de { $distance }
help-page-show = Afficher
help-page-results = Demandes
help-page-none = Personne ne demande ce type d'aide pour le moment.
help-page-fix-filters = Modifiez vos choix ci-dessus pour voir des demandes.
help-page-next-page = Plus de demandes
help-page-distance = à environ { $distance }
help-page-area = Secteur autour de { $lat }, { $lon }
help-page-area-unknown = Secteur inconnu
help-page-asked-on = Demandé le { $date }

help-page-status-open = En attente d'une personne pour aider
help-page-status-accepted = Une personne a été choisie pour aider
help-page-status-completed = Terminé
help-page-status-cancelled = Annulé
help-page-offer-open = Vous avez proposé votre aide. En attente d'une réponse.
help-page-offer-accepted = Votre offre a été acceptée.
help-page-offer-declined = Cette fois, quelqu'un d'autre apporte son aide.
help-page-offer-line-open = En attente de votre réponse
help-page-offer-line-accepted = Acceptée
help-page-offer-line-declined = Non retenue

help-page-when = Quand
help-page-where = Où
help-page-address-private = L'adresse exacte n'est communiquée qu'à la personne choisie pour aider.
help-page-exact-point = Point sur la carte : { $point }
help-page-requester = Demandé par
help-page-on-behalf = Pour
help-page-consent = Accord donné par { $by } le { $date } ({ $how })
help-page-helper = Personne qui aide
help-page-time-given = Temps donné
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
help-page-erased-name = Ancien membre
help-page-messages-link = Messages
help-page-sign-in-to-offer = Connectez-vous pour proposer votre aide
help-page-join-first = Rejoignez cette plateforme pour proposer votre aide.
help-page-offer-title = Proposer mon aide
help-page-field-offer-message = Un petit message (vous pouvez le laisser vide)
help-page-field-offer-message-hint = Par exemple : quand vous pouvez venir.
help-page-offer-submit = Proposer mon aide
help-page-offers-title = Personnes qui ont proposé leur aide
help-page-no-offers = Pas encore d'offre. Nous vous préviendrons quand quelqu'un proposera son aide.
help-page-accept = Accepter
help-page-done-title = Marquer comme terminé
help-page-done-intro = L'aide a-t-elle été apportée ? Indiquez combien de temps cela a pris. La personne qui vous a aidé reçoit ce temps en crédit.
help-page-field-minutes = Combien de minutes cela a-t-il pris ?
help-page-field-minutes-hint = De 1 à { $max } minutes. 60 minutes font une heure.
help-page-done-submit = Marquer comme terminé
help-page-cancel-link = Annuler ma demande
help-page-cancel-title = Annuler ma demande
help-page-cancel-question = Voulez-vous annuler « { $title } » ?
help-page-cancel-hint = Les personnes qui ont proposé leur aide verront que vous n'en avez plus besoin.
help-page-cancel-confirm = Oui, l'annuler
help-page-cancel-keep = Non, la garder

help-page-ask-title = Demander de l'aide
help-page-join-to-ask = Rejoignez cette plateforme pour demander de l'aide.
help-page-question-category = Pour quoi avez-vous besoin d'aide ?
help-page-next = Suivant
help-page-chosen-category = Vous demandez : { $category }
help-page-change-category = Modifier
help-page-section-what = Quoi
help-page-field-title = En quelques mots
help-page-field-title-hint = Par exemple : Des courses à l'épicerie du coin
help-page-field-description = Dites-nous en plus
help-page-field-description-hint = Ce dont vous avez besoin, et ce que la personne qui aide doit savoir.
help-page-section-where = Où
help-page-where-private = Seule la personne que vous choisissez voit l'adresse. Les autres ne voient que le secteur.
help-page-field-address = Adresse
help-page-place-hint = Le point sur la carte aide les voisins proches à trouver votre demande. Vous pouvez copier les deux nombres depuis une application de cartes.
help-page-use-my-position = Utiliser ma position actuelle
help-page-position-failed = Votre position n'a pas pu être trouvée. Saisissez plutôt les nombres.
help-page-section-when = Quand
help-page-field-from-day = À partir du (jour)
help-page-field-from-time = À partir de (heure)
help-page-field-until-day = Jusqu'au (jour)
help-page-field-until-time = Jusqu'à (heure)
help-page-on-behalf-summary = Je demande pour quelqu'un d'autre
help-page-on-behalf-intro = Remplissez ceci seulement si vous demandez pour une autre personne, avec son accord.
help-page-field-on-behalf-name = Son nom
help-page-field-on-behalf-phone = Son numéro de téléphone
help-page-field-on-behalf-phone-hint = Par exemple +32 470 12 34 56
help-page-field-consent-given-by = Qui a donné son accord ?
help-page-field-consent-given-by-hint = La personne elle-même, ou quelqu'un autorisé à décider pour elle.
help-page-field-consent-day = Quand a-t-elle donné son accord ?
help-page-field-consent-how = Comment a-t-elle donné son accord ?
help-page-field-consent-how-hint = Par exemple : par téléphone, en personne, par écrit.
help-page-ask-submit = Demander de l'aide
help-page-ask-cancel = Retour

help-page-messages-title = Messages
help-page-messages-with = Avec { $name }
help-page-messages-private = Vous êtes les deux seules personnes à pouvoir lire ces messages.
help-page-no-messages = Pas encore de message.
help-page-message-erased = (message supprimé)
help-page-write-title = Écrire un message
help-page-field-message = Votre message
help-page-send = Envoyer
help-page-back-to-request = Retour à la demande

help-page-mine-title = Mes demandes et mes offres
help-page-mine-requests = Ce que j'ai demandé
help-page-mine-no-requests = Vous n'avez pas encore demandé d'aide.
help-page-mine-offers = Là où j'ai proposé mon aide
help-page-mine-no-offers = Vous n'avez pas encore proposé votre aide.
help-page-mine-see-offers = Voir qui a proposé son aide
help-page-mine-talk-and-finish = Écrire à la personne qui vous aide, ou marquer comme terminé
help-page-mine-talk = Écrire un message
help-page-mine-offer-done = Vous avez aidé. Merci !

help-page-notice-asked = Votre demande est en ligne. Nous vous préviendrons quand quelqu'un proposera son aide.
help-page-notice-offered = Merci ! La personne verra votre offre.
help-page-notice-accepted = Vous avez accepté l'offre. La personne qui vous aide voit maintenant l'adresse.
help-page-notice-cancelled = Votre demande est annulée.
help-page-notice-completed = C'est fait ! La personne qui vous a aidé a reçu le temps en crédit.
help-page-notice-sent = Votre message a été envoyé.
