# Domača stran in stran platforme.

home-title = Pomoč v bližini
home-my-platforms = Moje platforme
home-all-platforms = Vse platforme
home-no-platforms = Tu še ni nobene platforme.

platform-you-member = Ste član te platforme.
platform-you-admin = Ste v ekipi, ki upravlja to platformo.
platform-join = Pridruži se tej platformi
platform-sign-up-to-join = Ustvarite račun in se pridružite
platform-my-organisations = Moje organizacije
platform-organisations = Organizacije
platform-no-organisations = Pridružila se ni še nobena organizacija.
platform-new-organisation = Registriraj organizacijo
home-part-of = Del platforme { $platform }
home-figure-opportunities = { $count ->
    [one] { $count } dejavnost s prihodnjimi termini
    [two] { $count } dejavnosti s prihodnjimi termini
    [few] { $count } dejavnosti s prihodnjimi termini
   *[other] { $count } dejavnosti s prihodnjimi termini
}
home-figure-requests = { $count ->
    [one] { $count } sosed prosi za pomoč
    [two] { $count } soseda prosita za pomoč
    [few] { $count } sosedje prosijo za pomoč
   *[other] { $count } sosedov prosi za pomoč
}
home-figure-members = { $count ->
    [one] { $count } član
    [two] { $count } člana
    [few] { $count } člani
   *[other] { $count } članov
}
home-what = Entraide je prostor, kjer mesto ali soseska samostojno vodi prostovoljstvo in sosedsko pomoč: poiščite v svoji bližini, kje lahko pomagate, ali prosite za pomoč.
