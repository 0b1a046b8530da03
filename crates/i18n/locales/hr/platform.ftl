# Početna stranica i stranica platforme.

home-title = Pomoć u blizini
home-intro = Pronađite lokalnu platformu za volontiranje i susjedsku pomoć ili se pridružite onoj u mjestu gdje živite.
home-my-platforms = Moje platforme
home-all-platforms = Sve platforme
home-no-platforms = Ovdje još nema nijedne platforme.

platform-you-member = Član ste ove platforme.
platform-you-admin = Dio ste tima koji vodi ovu platformu.
platform-join = Pridruži se ovoj platformi
platform-sign-up-to-join = Izradite račun da biste se pridružili
platform-my-organisations = Moje organizacije
platform-organisations = Organizacije
platform-no-organisations = Još se nije pridružila nijedna organizacija.
platform-new-organisation = Registriraj organizaciju
