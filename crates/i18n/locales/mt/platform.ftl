# Il-paġna ewlenija u l-paġna ta' pjattaforma.

home-title = Għajnuna fil-qrib
home-my-platforms = Il-pjattaformi tiegħi
home-all-platforms = Il-pjattaformi kollha
home-no-platforms = Għad m'hemm l-ebda pjattaforma hawn.

platform-you-member = Inti membru ta' din il-pjattaforma.
platform-you-admin = Inti parti mit-tim li jmexxi din il-pjattaforma.
platform-join = Ingħaqad ma' din il-pjattaforma
platform-sign-up-to-join = Oħloq kont biex tingħaqad
platform-my-organisations = L-organizzazzjonijiet tiegħi
platform-organisations = Organizzazzjonijiet
platform-no-organisations = Għad ma ngħaqdet l-ebda organizzazzjoni.
platform-new-organisation = Irreġistra organizzazzjoni
home-part-of = Parti mill-pjattaforma { $platform }
home-figure-opportunities = { $count ->
    [one] Attività waħda b'turnijiet li ġejjin
    [two] { $count } attivitajiet b'turnijiet li ġejjin
    [few] { $count } attivitajiet b'turnijiet li ġejjin
    [many] { $count }-il attività b'turnijiet li ġejjin
   *[other] { $count } attività b'turnijiet li ġejjin
}
home-figure-requests = { $count ->
    [one] ġar wieħed li qed jitlob l-għajnuna
    [two] { $count } ġirien li qed jitolbu l-għajnuna
    [few] { $count } ġirien li qed jitolbu l-għajnuna
    [many] { $count }-il ġar li qed jitolbu l-għajnuna
   *[other] { $count } ġar li qed jitolbu l-għajnuna
}
home-figure-members = { $count ->
    [one] membru wieħed
    [two] { $count } membri
    [few] { $count } membri
    [many] { $count }-il membru
   *[other] { $count } membru
}
home-what = Entraide huwa l-post fejn belt jew lokalità tmexxi hi stess il-volontarjat u l-għajnuna bejn il-ġirien tagħha: sib x'tagħmel qrib tiegħek, jew itlob daqqa t'id.
