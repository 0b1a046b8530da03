# Le registre : crédits de temps et crédits de troc, virements, annulations, limites de crédit.

error-credit-limit = Le solde passerait sous la limite de crédit.
error-already-reversed = Cette écriture a déjà été annulée.
error-is-reversal = Une annulation ne peut pas être elle-même annulée.
error-amount-out-of-range = Saisissez un nombre entier de 1 à 1 000 000.
error-unit-unknown = Choisissez temps ou troc.
error-unknown-unit = Cette unité n'existe pas ; utilisez temps ou troc.
error-same-account = Le payeur et le bénéficiaire doivent être des comptes différents.
error-unknown-entry = Cette écriture n'existe pas.
error-credit-limit-out-of-range = Saisissez un nombre entier de 0 à 1 000 000.

## Pages des crédits.

credits-page-mine-link = Mes crédits de temps
credits-page-mine-title = Mes crédits de temps
credits-page-mine-intro = Quand vous aidez un voisin, vous gagnez le temps que vous avez donné. Quand quelqu'un vous aide, vous donnez du temps.
credits-page-balances = Mon solde
credits-page-no-balance = Pas encore de crédits.
credits-page-entries = Historique
credits-page-no-entries = Rien pour le moment.
credits-page-unit-time = Temps
credits-page-unit-barter = Crédits de troc
credits-page-barter-amount = { $amount ->
    [one] { $amount } crédit
   *[other] { $amount } crédits
}
credits-page-kind-help = Entraide entre voisins
credits-page-kind-barter = Troc
credits-page-kind-reversal = Correction
credits-page-from = De
credits-page-to = À
credits-page-organisation-title = Crédits de troc
credits-page-organisation-intro = Les organisations de la plateforme se paient entre elles leurs services en crédits de troc.
credits-page-balance = Solde
credits-page-csv = Télécharger sous forme de tableur (CSV)
credits-page-pay-title = Payer une autre organisation
credits-page-pay-intro = Les crédits quittent votre solde immédiatement.
credits-page-field-to = Organisation à payer
credits-page-choose-organisation = Choisissez une organisation
credits-page-field-amount = Crédits
credits-page-field-amount-hint = Un nombre entier, par exemple 30
credits-page-field-memo = Pour quoi
credits-page-field-memo-hint = Par exemple : camionnette pour la fête
credits-page-pay-submit = Payer
credits-page-notice-paid = Les crédits ont été envoyés.
credits-page-link = Crédits de troc
# Un solde de temps sous zéro, dit de façon neutre : $duration vaut par exemple « 2 h 20 min ».
credits-page-received-more = Vous avez reçu { $duration } de plus que vous n'avez donné
credits-page-how = Une heure d'aide compte pour une heure, quelle que soit la personne qui la donne. Les crédits ne sont pas de l'argent, et un solde sous zéro n'est pas une dette : cela veut seulement dire que, jusqu'ici, vos voisins vous ont apporté plus d'aide.
