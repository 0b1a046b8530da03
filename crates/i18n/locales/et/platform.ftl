# Avaleht ja platvormi leht.

home-title = Abi lähedal
home-intro = Leia kohalik platvorm vabatahtlikuks tööks ja naabriabiks või liitu selle platvormiga, kus sa elad.
home-my-platforms = Minu platvormid
home-all-platforms = Kõik platvormid
home-no-platforms = Siin pole veel ühtegi platvormi.

platform-you-member = Sa oled selle platvormi liige.
platform-you-admin = Sa kuulud meeskonda, kes seda platvormi haldab.
platform-join = Liitu selle platvormiga
platform-sign-up-to-join = Liitumiseks loo konto
platform-my-organisations = Minu organisatsioonid
platform-organisations = Organisatsioonid
platform-no-organisations = Ükski organisatsioon pole veel liitunud.
platform-new-organisation = Registreeri organisatsioon
