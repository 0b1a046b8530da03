# De startpagina en de pagina van een platform.

home-title = Hulp dichtbij
home-intro = Vind een lokaal platform voor vrijwilligerswerk en burenhulp, of word lid van het platform waar je woont.
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
