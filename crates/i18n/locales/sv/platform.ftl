# Startsidan och en plattforms sida.

home-title = Hjälp nära dig
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
home-part-of = En del av { $platform }
home-figure-opportunities = { $count ->
    [one] En aktivitet med kommande tillfällen
   *[other] { $count } aktiviteter med kommande tillfällen
}
home-figure-requests = { $count ->
    [one] en granne som ber om hjälp
   *[other] { $count } grannar som ber om hjälp
}
home-figure-members = { $count ->
    [one] en medlem
   *[other] { $count } medlemmar
}
home-what = Entraide är platsen där en stad eller en stadsdel själv driver sitt frivilligarbete och sin grannhjälp: hitta något att göra nära dig, eller be om en hjälpande hand.
