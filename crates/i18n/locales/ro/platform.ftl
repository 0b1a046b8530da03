# Pagina principală și pagina unei platforme.

home-title = Ajutor în apropiere
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
home-part-of = Face parte din { $platform }
home-figure-opportunities = { $count ->
    [one] O activitate cu ture viitoare
    [few] { $count } activități cu ture viitoare
   *[other] { $count } de activități cu ture viitoare
}
home-figure-requests = { $count ->
    [one] un vecin care cere ajutor
    [few] { $count } vecini care cer ajutor
   *[other] { $count } de vecini care cer ajutor
}
home-figure-members = { $count ->
    [one] un membru
    [few] { $count } membri
   *[other] { $count } de membri
}
home-what = Entraide este locul în care un oraș sau un cartier își organizează singur voluntariatul și ajutorul între vecini: găsiți ceva de făcut în apropiere sau cereți o mână de ajutor.
