# De startpagina en de pagina van een platform.

home-title = Hulp dichtbij
home-my-platforms = Mijn platforms
home-all-platforms = Alle platforms
home-no-platforms = Er is hier nog geen platform.

platform-you-member = Je bent lid van dit platform.
platform-you-admin = Je hoort bij het team dat dit platform beheert.
platform-join = Word lid van dit platform
platform-sign-up-to-join = Maak een account aan om lid te worden
platform-my-organisations = Mijn organisaties
platform-organisations = Organisaties
platform-no-organisations = Er heeft zich nog geen organisatie aangesloten.
platform-new-organisation = Een organisatie registreren
home-part-of = Onderdeel van { $platform }
home-figure-opportunities = { $count ->
    [one] Eén activiteit met komende momenten
   *[other] { $count } activiteiten met komende momenten
}
home-figure-requests = { $count ->
    [one] één buur die om hulp vraagt
   *[other] { $count } buren die om hulp vragen
}
home-figure-members = { $count ->
    [one] één lid
   *[other] { $count } leden
}
home-what = Entraide is de plek waar een stad of een wijk zelf vrijwilligerswerk en burenhulp organiseert: vind iets om te doen bij jou in de buurt, of vraag om een handje hulp.
