# Avaleht ja platvormi leht.

home-title = Abi lähedal
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
home-part-of = Osa platvormist { $platform }
home-figure-opportunities = { $count ->
    [one] Üks tegevus tulevate aegadega
   *[other] { $count } tegevust tulevate aegadega
}
home-figure-requests = { $count ->
    [one] üks naaber, kes palub abi
   *[other] { $count } naabrit, kes paluvad abi
}
home-figure-members = { $count ->
    [one] üks liige
   *[other] { $count } liiget
}
home-what = Entraide on koht, kus linn või linnaosa korraldab ise oma vabatahtlikku tegevust ja naabriabi: leia enda lähedalt midagi teha või palu abi.
