# Partout : navigation, pied de page, formulaires, rôles et types.

nav-skip-to-content = Aller au contenu
nav-label = Menu principal
nav-home = Retour à la page d'accueil
nav-my-account = Mon compte
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter
nav-languages = Langues
footer-free-software = Entraide est un logiciel libre, géré par et pour sa communauté.

form-has-errors = Veuillez corriger les points suivants :

role-admin = Administrateur
role-coordinator = Coordinateur
role-platform-admin = Équipe de la plateforme

kind-nonprofit = Association
kind-school = École
kind-company = Entreprise
kind-municipality = Service municipal
kind-group = Groupe informel
form-error-line = { $field } : { $message }
nav-platform = { $platform } : ses rubriques
language-for-mails-question = Vous lisez maintenant le site en { $language }. Souhaitez-vous aussi recevoir vos e-mails en { $language } ?
language-for-mails-yes = Oui, mes e-mails aussi
