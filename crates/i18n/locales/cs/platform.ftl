# Úvodní stránka a stránka platformy.

home-title = Pomoc v okolí
home-my-platforms = Moje platformy
home-all-platforms = Všechny platformy
home-no-platforms = Zatím tu není žádná platforma.

platform-you-member = Jste členem této platformy.
platform-you-admin = Patříte do týmu, který tuto platformu provozuje.
platform-join = Připojit se k této platformě
platform-sign-up-to-join = Vytvořte si účet a připojte se
platform-my-organisations = Moje organizace
platform-organisations = Organizace
platform-no-organisations = Zatím se nepřipojila žádná organizace.
platform-new-organisation = Zaregistrovat organizaci
home-part-of = Součást platformy { $platform }
home-figure-opportunities = { $count ->
    [one] Jedna aktivita s nadcházejícími termíny
    [few] { $count } aktivity s nadcházejícími termíny
    [many] { $count } aktivity s nadcházejícími termíny
   *[other] { $count } aktivit s nadcházejícími termíny
}
home-figure-requests = { $count ->
    [one] jeden soused žádající o pomoc
    [few] { $count } sousedé žádající o pomoc
    [many] { $count } souseda žádajícího o pomoc
   *[other] { $count } sousedů žádajících o pomoc
}
home-figure-members = { $count ->
    [one] jeden člen
    [few] { $count } členové
    [many] { $count } člena
   *[other] { $count } členů
}
home-what = Entraide je místo, kde si město nebo čtvrť vlastními silami řídí dobrovolnictví a sousedskou pomoc: najděte si ve svém okolí, kde pomoci, nebo požádejte o pomoc.
