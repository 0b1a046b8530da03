# Pradžios puslapis ir platformos puslapis.

home-title = Pagalba šalia
home-intro = Raskite vietinę savanorystės ir kaimynų pagalbos platformą arba prisijunkite prie tos, kuri veikia ten, kur gyvenate.
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
