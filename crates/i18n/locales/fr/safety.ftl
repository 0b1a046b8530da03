## Offres permanentes, remerciements, blocages, signalements et modération.

error-blocked = L'un de vous a bloqué l'autre : vous ne pouvez pas envoyer d'offres ni de messages à cette personne.
error-account-suspended = Ce compte est suspendu. Merci de contacter les personnes qui gèrent ce site si vous pensez qu'il s'agit d'une erreur.
error-platform-suspended = L'équipe de cette plateforme a suspendu votre participation ici : vous pouvez encore lire, mais plus demander ni proposer d'aide, vous inscrire ou écrire. Merci de la contacter si vous pensez qu'il s'agit d'une erreur.
error-moderate-admin = Les administrateurs de la plateforme ne peuvent pas être avertis ni suspendus ici. Les personnes qui gèrent le site peuvent vous aider.
error-block-self = Vous ne pouvez pas vous bloquer vous-même.
error-report-kind-unknown = Choisissez ce que vous signalez : une demande, une offre ou un message.
error-report-target-unknown = Il n'y a rien à signaler ici, ou vous ne pouvez pas le voir.
error-moderation-action-unknown = Choisissez l'une des actions : masquer, avertir, suspendre, rétablir ou classer.
error-moderate-self = Vous ne pouvez pas vous avertir ni vous suspendre vous-même.
error-standing-km-out-of-range = Choisissez une distance de 1 à 10 km.
error-request-not-completed = Vous pourrez dire merci une fois l'aide marquée comme terminée.
error-taken-thanks = Vous avez déjà laissé un remerciement pour cette demande.
error-unknown-standing-offer = Cette offre permanente n'existe pas.
error-unknown-block = Vous n'avez pas bloqué cette personne.
error-category-in-use = Des demandes ou des offres permanentes utilisent cette catégorie : elle ne peut donc pas être supprimée. Renommez-la plutôt.

## Offres permanentes
standing-title = Ce que je peux faire pour mes voisins
standing-intro = Dites une fois pour toutes pour quoi vous pouvez aider, où et quels jours. Quand un voisin demande une aide qui correspond, nous vous prévenons. Personne ne voit votre point de départ.
standing-mine = Mes offres permanentes
standing-none = Vous n'avez pas encore d'offre permanente.
standing-withdraw = Arrêter cette offre
standing-new = Une nouvelle offre permanente
standing-what = Pour quoi pouvez-vous aider ?
standing-any-help = Tout type d'aide
standing-every-day = Tous les jours
standing-within = à moins de { $distance }
standing-days = Quels jours ?
standing-days-hint = Ne cochez rien pour tous les jours.
standing-km = Jusqu'où irez-vous, en km ?
standing-km-hint = Jusqu'à 10 km. 1 km, c'est environ 15 minutes à pied.
standing-point-hint = Votre point de départ, par exemple votre domicile. Vous seul le voyez.
standing-note = Quelques mots (facultatif)
standing-note-hint = Par exemple : j'ai une voiture, ou je peux porter des sacs lourds.
standing-publish = Publier mon offre
standing-notice-published = Votre offre permanente est publiée. Nous vous préviendrons des demandes qui correspondent.
standing-notice-withdrawn = Votre offre permanente est retirée.
help-page-standing-link = Ce que je peux faire pour mes voisins

## Remerciements
thanks-title = Dire merci
thanks-intro = L'aide est terminée. Vous pouvez laisser un petit mot privé à l'autre personne.
thanks-label = Votre mot
thanks-submit = Envoyer mes remerciements
thanks-received = Mots de remerciement

## Signalements
report-title = Signaler un problème
report-intro = Vous signalez { $what } à l'équipe qui gère cette plateforme.
report-what-request = une demande
report-what-offer = une offre
report-what-message = un message
report-reason = Qu'est-ce qui ne va pas ?
report-reason-hint = L'équipe lit chaque signalement. La personne signalée ne voit pas votre nom.
report-submit = Envoyer le signalement
report-sent = Merci. L'équipe va examiner votre signalement. Si cette personne vous importune, vous pouvez aussi la bloquer.
report-link = Signaler un problème

## Blocages
block-title = Bloquer une personne
block-question = Bloquer { $name } ?
block-explained = Une fois bloquée, cette personne ne peut plus vous proposer son aide ni vous écrire, et vous ne pouvez plus lui proposer votre aide ni lui écrire. Elle n'en est pas informée.
block-submit = Oui, bloquer cette personne
block-cancel = Non, revenir en arrière
block-link = Bloquer cette personne
blocks-title = Personnes que j'ai bloquées
blocks-intro = Les personnes que vous avez bloquées ne peuvent pas vous proposer leur aide ni vous écrire.
blocks-none = Vous n'avez bloqué personne.
blocks-unblock = Débloquer
blocks-notice-blocked = Cette personne est bloquée.
blocks-notice-unblocked = Cette personne n'est plus bloquée.

## Modération
moderation-title = Modération
moderation-intro = Signalements des membres, les plus anciens en premier. Chaque action est enregistrée avec votre nom et votre motif.
moderation-reports = Signalements à examiner
moderation-empty = Aucun signalement à examiner.
moderation-suspended = suspendu
moderation-hidden = masqué
moderation-open-request = Ouvrir la demande
moderation-reported-by = Signalé par { $name }
moderation-reason = Motif
moderation-hide = Masquer
moderation-warn = Avertir l'auteur
moderation-suspend = Suspendre l'auteur
moderation-dismiss = Rien à redire
moderation-reinstate = Lever la suspension
moderation-log = Ce que l'équipe a fait
moderation-log-empty = Rien pour l'instant.
moderation-log-when = Quand
moderation-log-who = Qui
moderation-log-what = Quoi
moderation-log-person = Personne
moderation-log-undo = Annuler
moderation-done-hide = a masqué un contenu
moderation-done-warn = a averti
moderation-done-suspend = a suspendu
moderation-done-reinstate = a levé une suspension
moderation-done-dismiss = a classé un signalement
moderation-notice-hide = Le contenu est masqué.
moderation-notice-warn = L'auteur est averti.
moderation-notice-suspend = Le compte est suspendu et déconnecté.
moderation-notice-reinstate = La suspension est levée.
moderation-notice-dismiss = Le signalement est classé.
moderation-link = Modération
# Leaves the report form for the page the person was reading.
report-cancel = Retour
