# Úvodná stránka a stránka platformy.

home-title = Pomoc v okolí
home-intro = Nájdite miestnu platformu pre dobrovoľníctvo a susedskú výpomoc alebo sa pridajte k tej, ktorá pôsobí tam, kde bývate.
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
