# Il-paġna ewlenija u l-paġna ta' pjattaforma.

home-title = Għajnuna fil-qrib
home-intro = Sib pjattaforma lokali għall-volontarjat u l-għajnuna bejn il-ġirien, jew ingħaqad ma' dik fejn tgħix.
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
