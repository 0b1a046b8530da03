# Le profil de bénévole (/my/profile) et les suggestions dans les deux sens.

profile-nav = Mon profil
profile-title = Mon profil de bénévole
profile-intro = Indiquez ce que vous savez faire, ce qui vous tient à cœur et quand vous êtes disponible. Les coordinateurs près de chez vous pourront ainsi vous trouver, et vous verrez les créneaux qui vous conviennent.
profile-notice-saved = Votre profil est enregistré.
profile-no-platform = Rejoignez d'abord une plateforme : les compétences et les causes à choisir viennent de ses listes.
profile-skills = Ce que je sais faire
profile-causes = Ce qui me tient à cœur
profile-languages = Les langues que je parle
profile-home = Où j'habite
profile-home-hint = Ce point n'est visible que par vous. Il sert à mesurer la distance entre un lieu et chez vous.
profile-within-km = Jusqu'où je veux bien me déplacer, en km
profile-within-km-hint = Plus de 0 et au maximum 500.
profile-availability = Quand je suis disponible
profile-week-hint = Cochez les moments de la semaine où vous êtes habituellement disponible, à l'heure locale de la plateforme. Laissez tout vide si cela change d'une semaine à l'autre.
profile-part-morning = Matin
profile-part-afternoon = Après-midi
profile-part-evening = Soir
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Horaires plus précis
profile-precise-hint = Pour d'autres heures : jusqu'à deux plages horaires par jour. Elles s'ajoutent à ce que vous avez coché plus haut.
profile-weekday = Jour
profile-from = De
profile-to = À
profile-window = Plage horaire { $number }
profile-choices = Suggestions et e-mails
profile-no-suggestions = Ne pas me proposer aux coordinateurs, et ne pas me proposer de créneaux
profile-no-mails = Ne m'envoyer aucun e-mail au sujet des suggestions
profile-save = Enregistrer mon profil
profile-see-suggestions = Voir les créneaux qui me conviennent

suggestion-my-title = Des créneaux pour moi
suggestion-my-intro = Les créneaux à venir, avec encore des places, qui correspondent à mon profil, les mieux adaptés en premier.
suggestion-my-none = Aucun créneau à venir ne correspond à votre profil pour le moment.
suggestion-my-no-profile = Remplissez votre profil de bénévole pour recevoir des suggestions.
suggestion-my-opted-out = Vous avez demandé à ne pas recevoir de suggestions. Vous pouvez changer cela dans votre profil.
suggestion-edit-profile = Modifier mon profil
suggestion-score = Correspondance : { $score } sur 100
suggestion-shift-title = Personnes suggérées
suggestion-shift-intro = Les membres de la plateforme qui sont disponibles à ce moment-là, habitent à une distance qu'ils acceptent de parcourir, ont l'âge requis et ne sont pas encore inscrits. Les mieux adaptés en premier.
suggestion-shift-none = Personne ne convient à ce créneau pour le moment.
suggestion-shift-closed = Ce créneau est annulé ou a déjà commencé : il n'y a personne à suggérer.
suggestion-back-to-roster = Retour à la liste des inscrits
suggestion-roster-link = Personnes suggérées pour ce créneau

suggestion-reason-skill = sait faire : { $skill }
suggestion-reason-uses-skill = fait appel à votre savoir-faire : { $skill }
suggestion-reason-cause = tient à cette cause : { $cause }
suggestion-reason-for-cause = pour une cause qui vous tient à cœur : { $cause }
suggestion-reason-speaks = parle { $language }
suggestion-reason-in-language = en { $language }
suggestion-reason-distance = à { $distance }
suggestion-reason-remote = peut se faire de n'importe où
suggestion-reason-free-on = disponible : { $weekday }
suggestion-reason-when-free = { $weekday }, quand vous êtes disponible
suggestion-reason-reliable = a participé à { $attended } { $attended ->
    [one] créneau
    [many] de créneaux
   *[other] créneaux
} sur { $total }

suggestion-language-bg = bulgare
suggestion-language-cs = tchèque
suggestion-language-da = danois
suggestion-language-de = allemand
suggestion-language-el = grec
suggestion-language-en = anglais
suggestion-language-es = espagnol
suggestion-language-et = estonien
suggestion-language-fi = finnois
suggestion-language-fr = français
suggestion-language-ga = irlandais
suggestion-language-hr = croate
suggestion-language-hu = hongrois
suggestion-language-it = italien
suggestion-language-lt = lituanien
suggestion-language-lv = letton
suggestion-language-mt = maltais
suggestion-language-nl = néerlandais
suggestion-language-pl = polonais
suggestion-language-pt = portugais
suggestion-language-ro = roumain
suggestion-language-sk = slovaque
suggestion-language-sl = slovène
suggestion-language-sv = suédois
suggestion-language-ar = arabe
suggestion-language-tr = turc
suggestion-language-uk = ukrainien
