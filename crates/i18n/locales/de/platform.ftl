# Die Startseite und die Seite einer Plattform.

home-title = Hilfe in der Nähe
home-my-platforms = Meine Plattformen
home-all-platforms = Alle Plattformen
home-no-platforms = Hier gibt es noch keine Plattform.

platform-you-member = Du bist Mitglied dieser Plattform.
platform-you-admin = Du gehörst zum Team, das diese Plattform betreibt.
platform-join = Dieser Plattform beitreten
platform-sign-up-to-join = Erstelle ein Konto, um beizutreten
platform-my-organisations = Meine Organisationen
platform-organisations = Organisationen
platform-no-organisations = Noch ist keine Organisation beigetreten.
platform-new-organisation = Organisation registrieren
home-part-of = Teil von { $platform }
home-figure-opportunities = { $count ->
    [one] Eine Aktivität mit anstehenden Terminen
   *[other] { $count } Aktivitäten mit anstehenden Terminen
}
home-figure-requests = { $count ->
    [one] eine Person aus der Nachbarschaft bittet um Hilfe
   *[other] { $count } Personen aus der Nachbarschaft bitten um Hilfe
}
home-figure-members = { $count ->
    [one] ein Mitglied
   *[other] { $count } Mitglieder
}
home-what = Mit Entraide organisiert eine Stadt oder ein Viertel das Ehrenamt und die Nachbarschaftshilfe in eigener Regie: Finde in deiner Nähe etwas zum Mitmachen oder bitte um Unterstützung.
