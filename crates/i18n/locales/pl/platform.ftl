# Strona główna i strona platformy.

home-title = Pomoc w okolicy
home-intro = Znajdź lokalną platformę wolontariatu i pomocy sąsiedzkiej albo dołącz do tej, która działa tam, gdzie mieszkasz.
home-my-platforms = Moje platformy
home-all-platforms = Wszystkie platformy
home-no-platforms = Nie ma tu jeszcze żadnej platformy.

platform-you-member = Należysz do tej platformy.
platform-you-admin = Należysz do zespołu, który prowadzi tę platformę.
platform-join = Dołącz do tej platformy
platform-sign-up-to-join = Załóż konto, aby dołączyć
platform-my-organisations = Moje organizacje
platform-organisations = Organizacje
platform-no-organisations = Żadna organizacja jeszcze nie dołączyła.
platform-new-organisation = Zarejestruj organizację
