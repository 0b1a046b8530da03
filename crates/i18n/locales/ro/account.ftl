# Înregistrare, conectare și deconectare; pagina contului.

sign-up-title = Creați-vă un cont
sign-up-intro = Durează un minut. Cerem doar ce ne trebuie.
sign-up-submit = Creați-mi contul
sign-up-have-account = Aveți deja un cont?
sign-in-title = Conectare
sign-in-submit = Conectați-vă
sign-in-no-account = Prima dată aici?

field-display-name = Numele dumneavoastră
field-display-name-hint = Numele pe care îl vor vedea ceilalți.
field-email = Adresă de e-mail
field-password = Parolă
field-password-hint = Cel puțin 10 caractere. Câteva cuvinte pe care le veți ține minte sunt o alegere bună.
field-birth-date = Data nașterii (opțional)
field-birth-date-hint = Unele activități au o vârstă minimă. O folosim doar pentru a verifica acest lucru.
field-language = Limbă
field-current-password = Parola actuală
field-new-password = Parola nouă
field-password-confirm = Parola dumneavoastră, pentru confirmare

account-title = Contul meu
account-platforms = Platformele mele
account-no-platforms = Nu v-ați alăturat încă niciunei platforme.
account-language = Limbă
account-language-submit = Salvați limba
account-password = Schimbarea parolei
account-password-submit = Schimbați parola
account-tokens = Acces pentru aplicații
account-tokens-intro = Aplicațiile și scripturile care acționează în numele dumneavoastră folosesc aceste chei. Revocați-le pe cele pe care nu le mai folosiți.
account-no-tokens = Nicio aplicație nu are acces.
account-token-revoked = revocată
account-token-revoke = Revocați
account-calendar = Calendar
account-calendar-intro = Turele dumneavoastră confirmate pot apărea în aplicația de calendar pe care o folosiți deja, pe telefon sau pe computer. Abonați-vă acolo la linkul privat al calendarului dumneavoastră („adăugare calendar de la o adresă web”): aplicația îl verifică singură și afișează turele noi, modificările și anulările.
account-calendar-link = Linkul privat al calendarului dumneavoastră
account-calendar-link-hint = Copiați-l acum în aplicația de calendar. Pentru siguranța dumneavoastră nu îl păstrăm, așa că nu vi-l mai putem afișa.
account-calendar-active = Aveți un link privat de calendar. Dacă l-ați pierdut, creați unul nou.
account-calendar-none = Nu aveți încă un link privat de calendar.
account-calendar-secret = Oricine are linkul vă poate vedea turele, așa că păstrați-l doar pentru dumneavoastră. Dacă a ajuns la altcineva, creați unul nou: vechiul link încetează imediat să funcționeze.
account-calendar-create = Creați linkul meu privat
account-calendar-replace = Creați un link nou
account-calendar-revoke = Dezactivați linkul meu
account-calendar-download = Descărcați turele mele ca fișier de calendar
account-data = Datele mele
account-data-intro = Descărcați tot ce stochează această platformă despre dumneavoastră, într-un fișier pe care îl pot citi și alte programe.
account-data-download = Descărcați datele mele
account-delete = Ștergerea contului
account-delete-intro = Numele, adresa de e-mail și data nașterii vor fi șterse și nu vă veți mai putea conecta. Ce ați făcut pentru alții rămâne în istoric, fără numele dumneavoastră. Această acțiune este ireversibilă.
account-delete-submit = Ștergeți definitiv contul meu

notice-welcome = Bun venit! Contul dumneavoastră este gata.
notice-signed-out = V-ați deconectat. Pe curând!
notice-account-deleted = Contul dumneavoastră a fost șters.
notice-password-changed = Parola a fost schimbată. V-am deconectat de pe toate celelalte dispozitive.
notice-language-changed = Limba a fost salvată.
notice-token-revoked = Cheia a fost revocată.
notice-calendar-created = Linkul privat al calendarului dumneavoastră este gata: copiați-l acum din secțiunea Calendar.
notice-calendar-revoked = Linkul privat al calendarului dumneavoastră a fost dezactivat. Aplicațiile de calendar care îl foloseau nu vă mai primesc turele.

# Fluxul privat de calendar, citit de aplicațiile de calendar.
error-unknown-calendar-feed = Nu există niciun calendar la această adresă. Este posibil ca linkul să fi fost dezactivat sau înlocuit.
problem-host-missing = Cererea nu precizează pentru ce site este destinată (antetul Host lipsește sau este incorect).
account-birth-date = Data nașterii
account-birth-date-submit = Salvați data nașterii
notice-birth-date-saved = Data nașterii a fost salvată.

## Numele, telefonul și adresa de e-mail pe pagina contului
account-details = Numele și telefonul dumneavoastră
account-details-submit = Salvați numele și telefonul
field-phone = Număr de telefon (opțional)
field-phone-hint = Îl văd doar coordonatorii turelor la care vă înscrieți, ca să vă poată contacta în legătură cu o tură.
notice-details-saved = Numele și numărul de telefon au fost salvate.
account-email = Adresă de e-mail
account-email-current = Vă conectați cu { $email }.
account-email-unconfirmed = Această adresă nu este încă confirmată. Deschideți linkul pe care l-am trimis la ea: până atunci, nu vă putem trimite niciun e-mail.
account-email-pending = Ați cerut să folosiți în schimb { $email }. Deschideți linkul pe care l-am trimis acolo; până atunci, vă conectați în continuare cu adresa actuală.
account-email-resend = Trimiteți din nou linkul
account-email-have-code = Am un cod din e-mail
account-email-change = Schimbați adresa mea de e-mail
account-email-how = Trimitem un link la noua adresă. Aceasta o înlocuiește pe cea actuală doar după ce deschideți linkul.
field-new-email = Adresă de e-mail nouă
field-email-password = Parola dumneavoastră, pentru confirmare
account-email-submit = Trimiteți linkul
notice-email-link-sent = V-am trimis un link. Deschideți-l din căsuța de e-mail ca să confirmați adresa.
notice-email-confirmed = Adresa de e-mail este confirmată.
banner-email-unconfirmed = Vă rugăm să confirmați adresa de e-mail { $email }: deschideți linkul pe care vi l-am trimis. Până atunci, nu vă putem trimite niciun e-mail.
banner-email-unconfirmed-link = Nu l-ați primit?

## Confirmarea unei adrese cu linkul primit prin e-mail
email-confirm-title = Confirmați adresa de e-mail
email-confirm-text = { $email } este adresa dumneavoastră? Apăsați butonul pentru a o confirma: contul o va folosi pentru conectare și pentru e-mailuri.
email-confirm-submit = Da, confirmați-mi adresa
field-confirm-code = Codul din e-mail
field-confirm-code-hint = Lipiți codul lung din e-mailul pe care vi l-am trimis.
email-confirmed-title = Adresa dumneavoastră este confirmată
email-confirmed-text = De acum înainte vă trimitem e-mailurile la { $email } și vă conectați cu această adresă.
email-confirmed-continue = Continuați
email-confirm-expired-title = Acest link nu mai funcționează
email-confirm-expired-text = Un link de confirmare a unei adrese funcționează o singură dată, timp de { $days } zile. Cereți unul nou de pe pagina contului: durează un minut.
email-confirm-ask-again = Cereți un link nou
email-confirm-taken-title = Această adresă este deja folosită
email-confirm-taken-text = Un alt cont folosește acum { $email }, deci nu poate fi și a dumneavoastră. Contul dumneavoastră păstrează adresa pe care o avea.

## E-mailul cu linkul
mail-confirm-subject = Confirmați adresa de e-mail
mail-confirm-body = Bun venit pe Entraide! Ca să primiți prin e-mail vești despre turele dumneavoastră și despre cererile vecinilor, confirmați că această adresă este a dumneavoastră.
mail-confirm-new-body = Ați cerut să folosiți această adresă pentru contul dumneavoastră Entraide. Confirmați-o ca să vă conectați cu ea și să vă primiți e-mailurile aici.
mail-confirm-link = Pentru a o confirma, deschideți acest link în cel mult 7 zile:
mail-confirm-code = Pentru a o confirma, conectați-vă pe site, deschideți „Contul meu”, alegeți „Am un cod din e-mail” și lipiți acest cod în cel mult 7 zile:
mail-confirm-ignore = Dacă nu ați cerut acest lucru, puteți ignora acest e-mail: nu se schimbă nimic.
mail-confirm-footer = Primiți acest e-mail pentru că această adresă a fost indicată pentru un cont pe Entraide.

## E-mailul către o adresă pe care un cont nu o mai folosește
mail-email-changed-subject = Adresa de e-mail a fost schimbată
mail-email-changed-body = Contul dumneavoastră Entraide nu mai folosește { $previous }: de acum înainte vă conectați cu { $email }, iar e-mailurile vă sunt trimise acolo.
mail-email-changed-not-you = Dacă nu ați făcut dumneavoastră acest lucru, poate că altcineva vă folosește contul. Scrieți imediat echipei platformei dumneavoastră: vă poate ajuta să vă recuperați contul.
mail-email-changed-footer = Primiți acest e-mail pentru că această adresă aparținea unui cont pe Entraide.
