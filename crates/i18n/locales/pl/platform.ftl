# Strona główna i strona platformy.

home-title = Pomoc w okolicy
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
home-part-of = Część platformy { $platform }
home-figure-opportunities = { $count ->
    [one] Jedno działanie z nadchodzącymi terminami
    [few] { $count } działania z nadchodzącymi terminami
    [many] { $count } działań z nadchodzącymi terminami
   *[other] { $count } działania z nadchodzącymi terminami
}
home-figure-requests = { $count ->
    [one] jeden sąsiad proszący o pomoc
    [few] { $count } sąsiadów proszących o pomoc
    [many] { $count } sąsiadów proszących o pomoc
   *[other] { $count } sąsiada proszącego o pomoc
}
home-figure-members = { $count ->
    [one] jeden członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}
home-what = Entraide to miejsce, w którym miasto lub dzielnica samodzielnie prowadzi wolontariat i pomoc sąsiedzką: znajdź coś do zrobienia w pobliżu albo poproś o wsparcie.
