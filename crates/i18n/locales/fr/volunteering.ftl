# Bénévolat : trouver des missions, la page d'une mission, créneaux et inscriptions,
# listes de présence, mes créneaux, tableaux de bord des organisations, compétences et causes.

## Trouver des missions

opportunities-title = Trouver une mission
opportunities-find = Trouver une mission
opportunities-filters = Filtres
opportunities-more-filters = Plus de filtres : compétence, cause, langue, dates, lieu
opportunities-any = Indifférent
opportunities-sort-start = Les plus tôt d'abord
opportunities-sort-distance = Les plus proches d'abord
opportunities-search = Rechercher
opportunities-reset = Effacer tous les filtres
opportunities-results = Missions
opportunities-none = Rien ne correspond encore à ces filtres. Essayez avec moins de filtres ou une zone plus large.
opportunities-fix-filters = Veuillez corriger les filtres ci-dessus pour voir les résultats.
opportunities-distance = à { $distance }
opportunities-more-shifts = { $count ->
    [one] et { $count } autre créneau
    [many] et { $count } d'autres créneaux
   *[other] et { $count } autres créneaux
}
opportunities-next-page = Page suivante
opportunities-list-title = Ce que vous pouvez faire avec nous
opportunities-none-published = Aucune inscription possible pour le moment.

field-search-words = Mots à rechercher
field-search-words-hint = Par exemple : banque alimentaire, lecture, jardin.
field-skill = Compétence
field-cause = Cause
field-spoken-language = Langue parlée sur place
field-from-day = Du (jour)
field-to-day = Au (jour)
field-near = Près de ce lieu
field-near-hint = Une rue, une adresse, un code postal ou un quartier. Vous pouvez aussi indiquer deux nombres pris dans une application de cartes, par exemple 51.05,3.72.
field-near-hint-no-places = Deux nombres pris dans une application de cartes, par exemple 51.05,3.72. Quand l'équipe de la plateforme aura importé ses rues, vous pourrez aussi indiquer une rue ou un quartier.
opportunities-near-place = Près de ce lieu : { $place }.
opportunities-near-others = Ou près d'un autre lieu :
error-place-not-found = Aucun lieu de cette plateforme ne porte ce nom. Essayez une rue, un code postal ou un quartier, ou deux nombres pris dans une application de cartes, par exemple 51.05,3.72.
field-within-km = Dans un rayon de (km)
field-remote-only = Uniquement ce que je peux faire depuis chez moi
field-sort = Ordre

## Une mission

opportunity-remote = À distance : depuis n'importe où
opportunity-address-unknown = Lieu à confirmer par l'organisation
opportunity-coordinator-tools = Outils de coordination
opportunity-edit = Modifier
opportunity-skills = Compétences
opportunity-causes = Causes
opportunity-languages = Langues parlées sur place
opportunity-min-age = Âge minimum
opportunity-min-age-value = { $age } ans
opportunity-accessibility = Accessibilité
opportunity-where = Où
opportunity-shifts = Quand
opportunity-not-open = Cette mission ne prend pas d'inscriptions pour le moment.
opportunity-sign-in-to-sign-up = Connectez-vous pour vous inscrire
opportunity-join-first = Rejoignez cette plateforme pour vous inscrire. C'est gratuit et cela ne prend qu'un clic.
opportunity-ongoing = Il n'y a pas d'horaires fixes : aidez quand cela vous convient, à vous et à l'organisation.
opportunity-ongoing-short = En continu, sans horaires fixes
opportunity-no-upcoming = Aucun créneau n'est prévu pour le moment.
opportunity-dates-nav = Autres dates
opportunity-earlier-dates = Dates précédentes
opportunity-later-dates = Dates suivantes
opportunity-past-shifts = Créneaux passés
opportunity-report-hours = Déclarer mes heures
opportunity-report-hours-intro = Indiquez à l'organisation combien de temps vous avez aidé. Un coordinateur le confirme.
opportunity-report-hours-submit = Déclarer ces heures
opportunity-times-in-zone = Les dates et les heures sont indiquées dans le fuseau horaire de la plateforme ({ $zone }).
opportunity-add-shift = Ajouter un créneau
opportunity-add-shift-submit = Ajouter ce créneau
opportunity-add-series = Ajouter des créneaux récurrents
opportunity-add-series-intro = Par exemple chaque mardi de 14:00 à 17:00 jusqu'à fin mars. Chaque créneau peut ensuite être modifié séparément.
opportunity-add-series-submit = Ajouter ces créneaux
opportunity-status-draft = Brouillon
opportunity-status-published = Publiée
opportunity-status-closed = Fermée
opportunity-status-draft-hint = Seule votre organisation la voit.
opportunity-status-published-hint = Tout le monde peut la trouver et s'y inscrire.
opportunity-status-closed-hint = Toujours visible, mais personne ne peut s'y inscrire.
opportunity-new-title = Publier une mission
opportunity-new-submit = Enregistrer la mission
opportunity-edit-title = Modifier la mission
opportunity-edit-submit = Enregistrer les modifications
opportunity-form-cancel = Annuler

opportunity-notice-created = La mission est enregistrée. Ajoutez maintenant les créneaux où l'on peut venir.
opportunity-notice-saved = Vos modifications sont enregistrées.
opportunity-notice-signed-up = Votre inscription est enregistrée. Merci ! Vous recevrez un rappel la veille.
opportunity-notice-waitlisted = Ce créneau est complet : vous êtes sur la liste d'attente. Si une place se libère, elle est pour vous et nous vous prévenons.
opportunity-notice-left = Votre inscription est annulée.
opportunity-notice-shift-added = Le créneau a été ajouté.
opportunity-notice-series-added = Les créneaux récurrents ont été ajoutés.
opportunity-notice-shift-cancelled = Le créneau a été annulé. Toutes les personnes inscrites sont prévenues.
opportunity-notice-hours-reported = Vos heures sont déclarées. Un coordinateur les confirmera.

field-opportunity-title = Que faut-il faire ?
field-opportunity-title-hint = Quelques mots, par exemple : Trier les denrées à la banque alimentaire.
field-opportunity-description = Dites-en plus aux bénévoles
field-skills = Compétences utiles
field-causes = Causes soutenues
field-languages = Langues parlées sur place
field-languages-hint = Cochez les langues qu'un bénévole peut utiliser sur place.
field-min-age = Âge minimum (facultatif)
field-min-age-hint = Laissez vide si tout le monde peut aider.
field-accessibility = Accessibilité (facultatif)
field-accessibility-hint = Marches, ascenseur, toilettes, parking, transports en commun…
field-where = Où cela se passe-t-il ?
field-where-place = Dans un lieu
field-where-remote = À distance : depuis n'importe où
field-where-place-hint = Pour un lieu, indiquez son adresse et sa position sur la carte (vous pouvez copier les nombres depuis une application de cartes).
field-address = Adresse
field-latitude = Latitude
field-latitude-hint = Par exemple 51.0543
field-longitude = Longitude
field-longitude-hint = Par exemple 3.7174
field-status = Qui peut la voir ?

## Créneaux

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] { $left } place libre
    [many] { $left } de places libres
   *[other] { $left } places libres
} sur { $slots }
shift-full = Complet
shift-waiting = { $count ->
    [one] { $count } personne sur la liste d'attente
    [many] { $count } de personnes sur la liste d'attente
   *[other] { $count } personnes sur la liste d'attente
}
shift-cancelled = Annulé
shift-sign-up = S'inscrire
shift-join-waiting-list = S'inscrire sur la liste d'attente
shift-you-confirmed = Votre inscription est confirmée.
shift-you-waiting = Vous êtes sur la liste d'attente, en position { $position }.
shift-leave = Annuler mon inscription
shift-cancel = Annuler ce créneau
shift-roster-link = Qui vient
shift-weekday-1 = Lundi
shift-weekday-2 = Mardi
shift-weekday-3 = Mercredi
shift-weekday-4 = Jeudi
shift-weekday-5 = Vendredi
shift-weekday-6 = Samedi
shift-weekday-7 = Dimanche

field-shift-day = Jour
field-start-time = Début
field-end-time = Fin
field-slots = Nombre de places
field-frequency = À quelle fréquence ?
field-frequency-weekly = Chaque semaine, les jours cochés ci-dessous
field-frequency-daily = Chaque jour
field-weekdays = Jours de la semaine
field-weekdays-hint = Pour les créneaux hebdomadaires. Si aucun jour n'est coché, le jour de la semaine du premier jour est utilisé.
field-first-day = Premier jour
field-last-day = Dernier jour
field-except = Jours sans ce créneau (facultatif)
field-except-hint = Jours fériés, par exemple : 2026-12-25, 2027-01-01
field-hours-day = Jour
field-hours-minutes = Combien de minutes ?
field-hours-minutes-hint = Pour une heure et demie, écrivez 90.
field-hours-note = Qu'avez-vous fait ? (facultatif)

## La liste d'un créneau

roster-title = Qui vient
roster-fill = Places prises : { $taken } sur { $slots }
roster-csv = Télécharger la liste (CSV, pour un tableur)
roster-confirmed = Inscriptions confirmées
roster-attendance-later = Vous pouvez indiquer qui est venu à partir de 30 minutes avant le début du créneau.
roster-nobody = Personne ne s'est encore inscrit.
roster-attended = Était là
roster-no-show = N'était pas là
roster-remove = Retirer
roster-waiting = Liste d'attente
roster-nobody-waiting = Personne n'attend.
roster-position = position { $position }
roster-ended = Inscriptions annulées
roster-cancelled = annulée
roster-removed = retirée par un coordinateur
roster-late = au dernier moment
roster-erased-name = Un ancien membre
roster-edit-shift = Modifier ce créneau
roster-edit-hint = Pas moins que le nombre de personnes déjà confirmées.
roster-edit-submit = Enregistrer les modifications
field-minutes = Minutes
roster-notice-attendance-saved = Présences enregistrées.
roster-notice-removed = L'inscription a été retirée. La première personne en attente, s'il y en a une, obtient maintenant la place.
roster-notice-shift-saved = Le créneau a été modifié. Toutes les personnes inscrites sont prévenues.

## Mes créneaux

my-shifts-nav = Mes créneaux
my-shifts-title = Mes créneaux
my-shifts-total = Heures que j'ai données :
my-shifts-calendar = Ajouter mes créneaux à mon agenda
my-shifts-upcoming = À venir
my-shifts-none-upcoming = Vous n'avez aucune inscription à venir.
my-shifts-recent = Récemment
my-shifts-none-recent = Rien au cours des 30 derniers jours.
my-shifts-attended = Vous étiez là : { $duration }
my-shifts-no-show = Absence notée
my-shifts-done = Terminé
my-shifts-cancelled = Vous avez annulé
my-shifts-removed = Inscription retirée par un coordinateur
my-shifts-reports = Heures que j'ai déclarées
my-shifts-no-reports = Vous n'avez déclaré aucune heure.
my-shifts-report-pending = en attente de confirmation
my-shifts-report-approved = confirmées
my-shifts-report-declined = refusées
my-shifts-notice-cancelled = Votre inscription est annulée.

## Le tableau de bord d'une organisation

dashboard-link = Tableau de bord
dashboard-title = Tableau de bord
dashboard-publish = Publier une mission
dashboard-figures = En chiffres
dashboard-upcoming-shifts = Créneaux à venir
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Places pourvues
dashboard-percent = { $percent } %
dashboard-places = { $taken } sur { $slots }
dashboard-no-places = Aucune place à venir
dashboard-hours-month = Heures ce mois-ci
dashboard-hours-total = Heures au total
dashboard-upcoming = À venir
dashboard-no-upcoming = Aucun créneau n'est prévu.
dashboard-fill = Places prises : { $taken } sur { $slots }{ $waiting ->
    [0] {""}
   *[other] , { $waiting } en attente
}
dashboard-opportunities = Nos missions
dashboard-no-opportunities = Vous n'avez encore rien publié.
dashboard-reports = Heures à confirmer
dashboard-no-reports = Aucune heure n'attend votre confirmation.
dashboard-approve = Confirmer
dashboard-decline = Refuser
dashboard-notice-report-approved = Les heures sont confirmées.
dashboard-notice-report-declined = Les heures sont refusées.
dashboard-notice-report-decided-before = Quelqu'un avait déjà statué sur ces heures.

## Compétences et causes

terms-link = Compétences et causes
terms-title = Compétences et causes
terms-skills = Compétences
terms-causes = Causes
terms-empty = La liste est vide.
terms-rename = Renommer
terms-remove = Retirer
terms-add = Ajouter une compétence ou une cause
terms-add-submit = Ajouter
terms-kind-skill = Une compétence
terms-kind-cause = Une cause
terms-notice-added = Entrée ajoutée.
terms-notice-renamed = Entrée renommée.
terms-notice-removed = Entrée retirée.
field-term-kind = Quelle liste ?
field-term-code = Code
field-term-code-hint = Un nom court et fixe pour les programmes : 2 à 40 lettres minuscules, chiffres et tirets, comme first-aid.

# Une durée, telle que la personne la lit (« 1 h 15 min ») ; $hours et $minutes arrivent déjà mis en forme.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = En cours
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Ajouter ma date de naissance
terms-intro-languages = Les missions sont classées selon ces listes, qui servent aussi de filtres. Chaque entrée a un nom en anglais ; donnez-lui des noms dans les langues que lisent les gens ici.
field-term-english = Nom en anglais
terms-names-link = Noms dans d'autres langues
terms-names-title = Noms de « { $name } »
terms-names-intro = Donnez à cette entrée un nom dans chaque langue que lisent les gens ici. Si une langue n'en a pas, ses lecteurs voient le nom en { $language }, ou à défaut en anglais. Les entrées par défaut existent déjà dans toutes les langues, tant que leur nom en anglais n'est pas modifié.
terms-names-other-languages = Autres langues
terms-names-submit = Enregistrer les noms
terms-add-name-in = Nom en { $language } (facultatif)
terms-add-name-hint = Vous pourrez donner des noms dans d'autres langues ensuite.
terms-notice-named = Les noms ont été enregistrés.
error-term-name-english = Le nom en anglais a son propre champ.
roster-came = { $name } était là
roster-attendance-how = Tout le monde est coché comme présent, avec les minutes du créneau. Décochez les personnes qui ne sont pas venues, modifiez les minutes si besoin, puis enregistrez une seule fois.
roster-save-all = Enregistrer les présences
error-attendance-minutes-out-of-range = Indiquez les minutes en nombre entier, de 0 jusqu'à la durée du créneau plus 12 heures.
error-too-many-marks = Envoyez les présences d'au plus 1 000 personnes à la fois.
opportunity-create-account = Créer un compte
opportunity-notice-welcome = Bienvenue ! Votre compte est prêt : choisissez un créneau ci-dessous pour vous inscrire.
signup-cancel-title = Libérer votre place ?
signup-cancel-question = Libérer votre place pour « { $title } », { $when } ?
signup-cancel-hint = Votre place ira à la première personne en attente ou redeviendra libre. Vous pourrez vous réinscrire tant qu'il reste des places.
signup-cancel-confirm = Oui, libérer ma place
signup-cancel-keep = Non, garder ma place
roster-remove-title = Retirer une personne de ce créneau ?
roster-remove-question = Retirer { $name } de « { $title } », { $when } ?
roster-remove-hint = Cette personne sera prévenue et sa place ira à la première personne en attente.
roster-remove-confirm = Oui, retirer { $name }
roster-remove-keep = Non, garder l'inscription
