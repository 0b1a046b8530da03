# Početna stranica i stranica platforme.

home-title = Pomoć u blizini
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
home-part-of = Dio platforme { $platform }
home-figure-opportunities = { $count ->
    [one] { $count } aktivnost s nadolazećim terminima
    [few] { $count } aktivnosti s nadolazećim terminima
   *[other] { $count } aktivnosti s nadolazećim terminima
}
home-figure-requests = { $count ->
    [one] { $count } susjed traži pomoć
    [few] { $count } susjeda traže pomoć
   *[other] { $count } susjeda traži pomoć
}
home-figure-members = { $count ->
    [one] { $count } član
    [few] { $count } člana
   *[other] { $count } članova
}
home-what = Entraide je mjesto na kojem grad ili četvrt samostalno vodi volontiranje i susjedsku pomoć: pronađite u blizini gdje možete pomoći ili zatražite pomoć.
