# Erreurs : titres des problèmes (API et pages) et messages pour chaque code d'erreur.

problem-invalid-input = Des informations manquent ou sont incorrectes
problem-malformed = La requête n'a pas pu être lue
problem-json-expected = Envoyez un corps JSON avec le Content-Type application/json.
problem-object-expected = Le corps doit être un objet JSON.
problem-conflict = Cela existe déjà
problem-unauthenticated = Veuillez vous connecter
problem-forbidden = Vous n'avez pas le droit de faire cela
problem-not-found = Introuvable
problem-refused = Cette modification n'est pas possible
problem-too-many-requests = Trop de tentatives
problem-retry-after = Veuillez patienter { $seconds ->
    [one] { $seconds } seconde
    [many] { $seconds } de secondes
   *[other] { $seconds } secondes
} avant de réessayer.
problem-internal = Un problème est survenu de notre côté

page-forbidden = Votre rôle sur cette plateforme ne le permet pas.
page-internal = Nous sommes désolés : un problème est survenu de notre côté. Veuillez réessayer dans un instant.
page-form-expired = Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.

error-required = Veuillez remplir ce champ.
error-too-long = C'est trop long.
error-type = Cette valeur n'est pas du bon type : { $detail }
error-email-malformed = Saisissez une adresse e-mail comme name@example.org.
error-password-too-short = Le mot de passe doit contenir au moins 10 caractères.
error-password-wrong = Ce mot de passe n'est pas correct.
error-credentials-wrong = L'adresse e-mail ou le mot de passe n'est pas correct.
error-date-malformed = Saisissez une date au format 1990-04-23.
error-birth-date-implausible = Vérifiez la date de naissance : elle ne peut être ni dans le futur ni avant 1900.
error-locale-unknown = Cette langue n'est pas disponible.
error-slug-length = Utilisez entre 2 et 40 caractères.
error-slug-characters = Utilisez uniquement des lettres minuscules, des chiffres et des tirets, sans tiret au début ni à la fin.
error-latitude-out-of-range = La latitude doit être comprise entre -90 et 90.
error-longitude-out-of-range = La longitude doit être comprise entre -180 et 180.
error-coordinates-malformed = Écrivez le point sous la forme latitude,longitude, par exemple 50.85,4.35.
error-organisation-kind-unknown = Choisissez l'un des types d'organisation.
error-role-unknown = Ce rôle n'existe pas.
error-account-unknown = Personne n'a encore de compte avec cette adresse e-mail.
error-platform-unknown = Il n'y a aucune plateforme à cette adresse.
error-last-admin = Une organisation a besoin d'au moins un administrateur. Ajoutez d'abord un autre administrateur.
error-taken-email = Un compte existe déjà avec cette adresse e-mail.
error-taken-slug = Une autre plateforme utilise déjà cette adresse.
error-taken-member = Cette personne est déjà membre.
error-unknown-platform = Cette plateforme n'existe pas.
error-unknown-organisation = Cette organisation n'existe pas.
error-unknown-account = Ce compte n'existe pas.
error-unknown-token = Cette clé n'existe pas.
error-unknown-member = Cette personne n'est pas membre.
error-unknown-page = Il n'y a rien à cette adresse.
error-unknown-parent = Cette plateforme parente n'existe pas.
error-time-zone-unknown = Ce fuseau horaire n'existe pas. Utilisez un nom comme Europe/Brussels.
