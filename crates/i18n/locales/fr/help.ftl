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
