# Kullimkien: navigazzjoni, qiegħ il-paġna, formoli, rwoli u tipi.

nav-skip-to-content = Aqbeż għall-kontenut
nav-label = Navigazzjoni prinċipali
nav-home = Lura għall-paġna ewlenija
nav-my-account = Il-kont tiegħi
nav-sign-in = Idħol
nav-sign-up = Oħloq kont
nav-sign-out = Oħroġ
nav-languages = Lingwi
footer-free-software = Entraide huwa softwer liberu, immexxi mill-komunità tiegħu u għall-komunità tiegħu.

form-has-errors = Jekk jogħġbok ikkoreġi dan li ġej:

role-admin = Amministratur
role-coordinator = Koordinatur
role-platform-admin = It-tim tal-pjattaforma

kind-nonprofit = Organizzazzjoni mhux għall-profitt
kind-school = Skola
kind-company = Kumpanija
kind-municipality = Servizz tal-kunsill lokali
kind-group = Grupp informali
form-error-line = { $field }: { $message }
nav-platform = { $platform }: it-taqsimiet
language-for-mails-question = Issa qed taqra s-sit bil-{ $language }. Trid tirċievi l-ittri tiegħek bil-{ $language } ukoll?
language-for-mails-yes = Iva, l-ittri tiegħi wkoll
