# Úvodná stránka a stránka platformy.

home-title = Pomoc v okolí
home-my-platforms = Moje platformy
home-all-platforms = Všetky platformy
home-no-platforms = Zatiaľ tu nie je žiadna platforma.

platform-you-member = Ste členom tejto platformy.
platform-you-admin = Patríte do tímu, ktorý túto platformu prevádzkuje.
platform-join = Pridať sa k tejto platforme
platform-sign-up-to-join = Vytvorte si účet a pridajte sa
platform-my-organisations = Moje organizácie
platform-organisations = Organizácie
platform-no-organisations = Zatiaľ sa nepridala žiadna organizácia.
platform-new-organisation = Zaregistrovať organizáciu
home-part-of = Súčasť platformy { $platform }
home-figure-opportunities = { $count ->
    [one] Jedna aktivita s nadchádzajúcimi termínmi
    [few] { $count } aktivity s nadchádzajúcimi termínmi
    [many] { $count } aktivity s nadchádzajúcimi termínmi
   *[other] { $count } aktivít s nadchádzajúcimi termínmi
}
home-figure-requests = { $count ->
    [one] jeden sused žiadajúci o pomoc
    [few] { $count } susedia žiadajúci o pomoc
    [many] { $count } suseda žiadajúceho o pomoc
   *[other] { $count } susedov žiadajúcich o pomoc
}
home-figure-members = { $count ->
    [one] jeden člen
    [few] { $count } členovia
    [many] { $count } člena
   *[other] { $count } členov
}
home-what = Entraide je miesto, kde si mesto alebo štvrť vlastnými silami riadi dobrovoľníctvo a susedskú pomoc: nájdite si vo svojom okolí, kde pomôcť, alebo požiadajte o pomoc.
