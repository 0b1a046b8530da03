# Startsidan och en plattforms sida.

home-title = Hjälp nära dig
home-intro = Hitta en lokal plattform för volontärarbete och grannhjälp, eller gå med i den där du bor.
home-my-platforms = Mina plattformar
home-all-platforms = Alla plattformar
home-no-platforms = Det finns ingen plattform här än.

platform-you-member = Du är medlem i den här plattformen.
platform-you-admin = Du ingår i teamet som driver den här plattformen.
platform-join = Gå med i den här plattformen
platform-sign-up-to-join = Skapa ett konto för att gå med
platform-my-organisations = Mina organisationer
platform-organisations = Organisationer
platform-no-organisations = Ingen organisation har gått med än.
platform-new-organisation = Registrera en organisation
