# La page d'accueil et la page d'une plateforme.

home-title = De l'aide près de chez vous
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
home-part-of = Fait partie de { $platform }
home-figure-opportunities = { $count ->
    [one] { $count } activité avec des créneaux à venir
    [many] { $count } d'activités avec des créneaux à venir
   *[other] { $count } activités avec des créneaux à venir
}
home-figure-requests = { $count ->
    [one] { $count } voisin qui demande de l'aide
    [many] { $count } de voisins qui demandent de l'aide
   *[other] { $count } voisins qui demandent de l'aide
}
home-figure-members = { $count ->
    [one] { $count } membre
    [many] { $count } de membres
   *[other] { $count } membres
}
home-what = Entraide est l'endroit où une ville ou un quartier organise lui-même son bénévolat et son entraide entre voisins : trouvez une mission près de chez vous, ou demandez un coup de main.
