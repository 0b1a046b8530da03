# Die Startseite und die Seite einer Plattform.

home-title = Hilfe in der Nähe
home-intro = Finde eine lokale Plattform für Ehrenamt und Nachbarschaftshilfe, oder tritt der Plattform bei, wo du wohnst.
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
