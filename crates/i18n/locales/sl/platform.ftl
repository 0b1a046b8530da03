# Domača stran in stran platforme.

home-title = Pomoč v bližini
home-intro = Poiščite lokalno platformo za prostovoljstvo in sosedsko pomoč ali se pridružite tisti, ki deluje tam, kjer živite.
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
