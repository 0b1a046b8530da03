# I ngach áit: nascleanúint, buntásc, foirmeacha, róil agus cineálacha.

nav-skip-to-content = Léim go dtí an t-ábhar
nav-label = Príomh-nascleanúint
nav-home = Ar ais go dtí an leathanach baile
nav-my-account = Mo chuntas
nav-sign-in = Sínigh isteach
nav-sign-up = Cruthaigh cuntas
nav-sign-out = Sínigh amach
nav-languages = Teangacha
footer-free-software = Is bogearra saor é Entraide, á reáchtáil ag a phobal féin agus ar son an phobail sin.

form-has-errors = Ceartaigh an méid seo a leanas, le do thoil:

role-admin = Riarthóir
role-coordinator = Comhordaitheoir
role-platform-admin = Foireann an ardáin

kind-nonprofit = Eagraíocht neamhbhrabúis
kind-school = Scoil
kind-company = Comhlacht
kind-municipality = Seirbhís údaráis áitiúil
kind-group = Grúpa neamhfhoirmiúil
form-error-line = { $field }: { $message }
nav-platform = { $platform }: rannóga
language-for-mails-question = Tá an suíomh á léamh agat anois sa teanga seo: { $language }. Ar mhaith leat go mbeadh do chuid ríomhphost freisin sa teanga seo: { $language }?
language-for-mails-yes = Ba mhaith, mo chuid ríomhphost freisin
