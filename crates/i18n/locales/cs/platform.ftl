# Úvodní stránka a stránka platformy.

home-title = Pomoc v okolí
home-intro = Najděte místní platformu pro dobrovolnictví a sousedskou výpomoc, nebo se přidejte k té, která působí tam, kde bydlíte.
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
