# Pagina principală și pagina unei platforme.

home-title = Ajutor în apropiere
home-intro = Găsiți o platformă locală de voluntariat și întrajutorare între vecini sau alăturați-vă celei din zona în care locuiți.
home-my-platforms = Platformele mele
home-all-platforms = Toate platformele
home-no-platforms = Nu există încă nicio platformă aici.

platform-you-member = Faceți parte din această platformă.
platform-you-admin = Faceți parte din echipa care administrează această platformă.
platform-join = Alăturați-vă acestei platforme
platform-sign-up-to-join = Creați un cont pentru a vă alătura
platform-my-organisations = Organizațiile mele
platform-organisations = Organizații
platform-no-organisations = Nicio organizație nu s-a alăturat încă.
platform-new-organisation = Înregistrați o organizație
