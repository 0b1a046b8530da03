# Alegerea unei parole noi când ați uitat-o pe cea veche: paginile și e-mailul.

password-forgot-link = Ați uitat parola?
password-forgot-title = Ați uitat parola?
password-forgot-intro = Scrieți adresa de e-mail a contului dumneavoastră. Vă trimitem un link ca să alegeți o parolă nouă.
password-forgot-submit = Trimiteți-mi un link
password-have-code = Am un cod din e-mail
password-sent-title = Verificați-vă e-mailul
password-sent-text = Dacă un cont folosește { $email }, un e-mail cu un link pentru alegerea unei parole noi este pe drum. Linkul funcționează timp de o oră.
password-sent-nothing = Niciun e-mail după câteva minute? Uitați-vă în dosarul de spam, verificați adresa sau cereți din nou.
password-ask-again = Cereți din nou
password-back-to-sign-in = Înapoi la conectare
password-reset-title = Alegeți o parolă nouă
password-reset-for = Pentru contul { $email }.
password-reset-submit = Salvați parola nouă
field-reset-code = Codul din e-mail
field-reset-code-hint = Lipiți codul lung din e-mailul pe care vi l-am trimis.
password-expired-title = Acest link nu mai funcționează
password-expired-text = Un link pentru alegerea unei parole noi funcționează timp de o oră și o singură dată. Cereți unul nou: durează un minut.
password-expired-ask = Cereți un link nou
error-reset-link-expired = Acest cod nu mai funcționează: a fost deja folosit sau are mai mult de o oră. Cereți un link nou.
notice-password-reset = Parola nouă a fost salvată și v-ați conectat. V-am deconectat de pe toate celelalte dispozitive.

mail-password-reset-subject = Alegeți o parolă nouă
mail-password-reset-body = Cineva, probabil dumneavoastră, a cerut alegerea unei parole noi pentru contul dumneavoastră.
mail-password-reset-link = Pentru a o alege, deschideți acest link în decurs de o oră (funcționează o singură dată):
mail-password-reset-code = Pentru a o alege, mergeți pe pagina de conectare a site-ului, alegeți „Ați uitat parola?”, apoi „Am un cod din e-mail” și lipiți acest cod în decurs de o oră:
mail-password-reset-ignore = Dacă nu ați cerut acest lucru, puteți ignora acest e-mail: parola dumneavoastră rămâne neschimbată.
mail-password-reset-footer = Primiți acest e-mail pentru că s-a cerut o parolă nouă pentru contul cu această adresă.
