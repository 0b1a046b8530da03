# Pradžios puslapis ir platformos puslapis.

home-title = Pagalba šalia
home-my-platforms = Mano platformos
home-all-platforms = Visos platformos
home-no-platforms = Čia dar nėra jokios platformos.

platform-you-member = Esate šios platformos narys.
platform-you-admin = Priklausote komandai, kuri valdo šią platformą.
platform-join = Prisijungti prie šios platformos
platform-sign-up-to-join = Susikurkite paskyrą ir prisijunkite
platform-my-organisations = Mano organizacijos
platform-organisations = Organizacijos
platform-no-organisations = Dar neprisijungė nė viena organizacija.
platform-new-organisation = Užregistruoti organizaciją
home-part-of = Platformos { $platform } dalis
home-figure-opportunities = { $count ->
    [one] { $count } veikla su būsimomis pamainomis
    [few] { $count } veiklos su būsimomis pamainomis
    [many] { $count } veiklos su būsimomis pamainomis
   *[other] { $count } veiklų su būsimomis pamainomis
}
home-figure-requests = { $count ->
    [one] { $count } kaimynas prašo pagalbos
    [few] { $count } kaimynai prašo pagalbos
    [many] { $count } kaimyno prašo pagalbos
   *[other] { $count } kaimynų prašo pagalbos
}
home-figure-members = { $count ->
    [one] { $count } narys
    [few] { $count } nariai
    [many] { $count } nario
   *[other] { $count } narių
}
home-what = Entraide – tai vieta, kur miestas ar mikrorajonas pats organizuoja savanorystę ir kaimynų pagalbą: raskite, ką veikti netoliese, arba paprašykite pagalbos.
