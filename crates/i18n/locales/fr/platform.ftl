# La page d'accueil et la page d'une plateforme.

home-title = De l'aide près de chez vous
home-intro = Trouvez une plateforme locale de bénévolat et d'entraide entre voisins, ou rejoignez celle de chez vous.
home-my-platforms = Mes plateformes
home-all-platforms = Toutes les plateformes
home-no-platforms = Il n'y a pas encore de plateforme ici.

platform-you-member = Vous êtes membre de cette plateforme.
platform-you-admin = Vous faites partie de l'équipe qui gère cette plateforme.
platform-join = Rejoindre cette plateforme
platform-sign-up-to-join = Créez un compte pour la rejoindre
platform-my-organisations = Mes organisations
platform-organisations = Organisations
platform-no-organisations = Aucune organisation n'a encore rejoint la plateforme.
platform-new-organisation = Enregistrer une organisation
