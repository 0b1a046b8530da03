# Registracija, prisijungimas ir atsijungimas; paskyros puslapis.
sign-up-title = Susikurkite paskyrą
sign-up-intro = Tai užtruks minutę. Klausiame tik to, ko tikrai reikia.
sign-up-submit = Sukurti mano paskyrą
sign-up-have-account = Jau turite paskyrą?
sign-in-title = Prisijungimas
sign-in-submit = Prisijungti
sign-in-no-account = Čia pirmą kartą?

field-display-name = Jūsų vardas
field-display-name-hint = Vardas, kurį matys kiti.
field-email = El. pašto adresas
field-password = Slaptažodis
field-password-hint = Bent 10 simbolių. Gerai tinka keli žodžiai, kuriuos lengvai prisiminsite.
field-birth-date = Gimimo data (neprivaloma)
field-birth-date-hint = Kai kurioms veikloms taikomas minimalus amžius. Gimimo datą naudojame tik tam patikrinti.
field-language = Kalba
field-current-password = Dabartinis slaptažodis
field-new-password = Naujas slaptažodis
field-password-confirm = Jūsų slaptažodis (patvirtinimui)

account-title = Mano paskyra
account-platforms = Mano platformos
account-no-platforms = Dar neprisijungėte prie jokios platformos.
account-language = Kalba
account-language-submit = Išsaugoti kalbą
account-password = Slaptažodžio keitimas
account-password-submit = Pakeisti slaptažodį
account-tokens = Programėlių prieiga
account-tokens-intro = Šiuos raktus naudoja jūsų vardu veikiančios programėlės ir scenarijai. Atšaukite tuos, kurių nebenaudojate.
account-no-tokens = Jokia programėlė neturi prieigos.
account-token-revoked = atšauktas
account-token-revoke = Atšaukti
account-calendar = Kalendorius
account-calendar-intro = Jūsų patvirtintos pamainos gali būti rodomos kalendoriaus programėlėje, kurią jau naudojate telefone ar kompiuteryje. Užsiprenumeruokite joje savo privačią kalendoriaus nuorodą („pridėti kalendorių iš žiniatinklio adreso“): programėlė pati ją tikrins ir rodys naujas pamainas, pakeitimus ir atšaukimus.
account-calendar-link = Jūsų privati kalendoriaus nuoroda
account-calendar-link-hint = Nukopijuokite ją dabar į savo kalendoriaus programėlę. Jūsų saugumui mes jos nesaugome, todėl negalėsime jos parodyti dar kartą.
account-calendar-active = Turite privačią kalendoriaus nuorodą. Jei ją pametėte, susikurkite naują.
account-calendar-none = Privačios kalendoriaus nuorodos dar neturite.
account-calendar-secret = Kiekvienas, turintis šią nuorodą, gali matyti jūsų pamainas, tad niekam jos neduokite. Jei ją gavo kas nors kitas, susikurkite naują: senoji nuoroda iškart nustos veikti.
account-calendar-create = Sukurti mano privačią nuorodą
account-calendar-replace = Sukurti naują nuorodą
account-calendar-revoke = Išjungti mano nuorodą
account-calendar-download = Atsisiųsti mano pamainas kalendoriaus failu
account-data = Mano duomenys
account-data-intro = Atsisiųskite viską, ką ši platforma apie jus saugo, faile, kurį gali perskaityti kitos programos.
account-data-download = Atsisiųsti mano duomenis
account-delete = Paskyros ištrynimas
account-delete-intro = Jūsų vardas, el. pašto adresas ir gimimo data bus ištrinti, ir nebegalėsite prisijungti. Tai, ką padarėte kitiems, liks istorijoje, bet be jūsų vardo. Šio veiksmo atšaukti negalima.
account-delete-submit = Ištrinti mano paskyrą visam laikui

notice-welcome = Sveiki! Jūsų paskyra paruošta.
notice-signed-out = Atsijungėte. Iki greito!
notice-account-deleted = Jūsų paskyra ištrinta.
notice-password-changed = Jūsų slaptažodis pakeistas. Visuose kituose įrenginiuose ir naršyklėse jūsų sesijos baigtos.
notice-language-changed = Jūsų kalba išsaugota.
notice-token-revoked = Raktas atšauktas.
notice-calendar-created = Jūsų privati kalendoriaus nuoroda paruošta: nukopijuokite ją dabar iš skilties „Kalendorius“.
notice-calendar-revoked = Jūsų privati kalendoriaus nuoroda išjungta. Ją naudojusios kalendoriaus programėlės nebegaus jūsų pamainų.

# Privatus kalendoriaus srautas, kurį skaito kalendoriaus programėlės.
error-unknown-calendar-feed = Šiuo adresu kalendoriaus nėra. Nuoroda galėjo būti išjungta arba pakeista nauja.
problem-host-missing = Užklausoje nenurodyta, kuriai svetainei ji skirta (antraštės Host nėra arba ji netinkama).
account-birth-date = Gimimo data
account-birth-date-submit = Išsaugoti gimimo datą
notice-birth-date-saved = Jūsų gimimo data išsaugota.

## Vardas, telefonas ir el. pašto adresas paskyros puslapyje
account-details = Jūsų vardas ir telefonas
account-details-submit = Išsaugoti vardą ir telefoną
field-phone = Telefono numeris (neprivaloma)
field-phone-hint = Jį mato tik pamainų, į kurias užsiregistruojate, koordinatoriai, kad galėtų su jumis susisiekti dėl pamainos.
notice-details-saved = Jūsų vardas ir telefono numeris išsaugoti.
account-email = El. pašto adresas
account-email-current = Prisijungiate adresu { $email }.
account-email-unconfirmed = Šis adresas dar nepatvirtintas. Atidarykite nuorodą, kurią juo išsiuntėme: kol to nepadarysite, negalime jums siųsti jokių laiškų.
account-email-pending = Paprašėte pakeisti adresą į { $email }. Atidarykite nuorodą, kurią išsiuntėme tuo adresu; iki tol ir toliau prisijungiate dabartiniu adresu.
account-email-resend = Siųsti nuorodą dar kartą
account-email-have-code = Turiu kodą iš laiško
account-email-change = Pakeisti mano el. pašto adresą
account-email-how = Nuorodą išsiunčiame naujuoju adresu. Jis pakeis dabartinį tik tada, kai atidarysite tą nuorodą.
field-new-email = Naujas el. pašto adresas
field-email-password = Jūsų slaptažodis (patvirtinimui)
account-email-submit = Siųsti nuorodą
notice-email-link-sent = Išsiuntėme jums nuorodą. Atidarykite ją savo pašto dėžutėje, kad patvirtintumėte adresą.
notice-email-confirmed = Jūsų el. pašto adresas patvirtintas.
banner-email-unconfirmed = Patvirtinkite savo el. pašto adresą { $email }: atidarykite nuorodą, kurią jums išsiuntėme. Kol to nepadarysite, negalime jums siųsti jokių laiškų.
banner-email-unconfirmed-link = Negavote?

## Adreso patvirtinimas laiške gauta nuoroda
email-confirm-title = Patvirtinkite savo el. pašto adresą
email-confirm-text = Ar { $email } yra jūsų adresas? Paspauskite mygtuką, kad jį patvirtintumėte: jūsų paskyra jį naudos prisijungimui ir laiškams.
email-confirm-submit = Taip, patvirtinti mano adresą
field-confirm-code = Kodas iš laiško
field-confirm-code-hint = Įklijuokite ilgą kodą iš laiško, kurį jums išsiuntėme.
email-confirmed-title = Jūsų adresas patvirtintas
email-confirmed-text = Nuo šiol laiškus jums siunčiame adresu { $email }, ir juo prisijungiate.
email-confirmed-continue = Tęsti
email-confirm-expired-title = Ši nuoroda nebeveikia
email-confirm-expired-text = Adreso patvirtinimo nuoroda veikia vieną kartą ir tik { $days } dienas. Paprašykite naujos savo paskyros puslapyje: tai užtruks minutę.
email-confirm-ask-again = Prašyti naujos nuorodos
email-confirm-taken-title = Šis adresas jau naudojamas
email-confirm-taken-text = Adresą { $email } dabar naudoja kita paskyra, todėl jis negali būti ir jūsų. Jūsų paskyroje lieka ankstesnis adresas.

## Laiškas su nuoroda
mail-confirm-subject = Patvirtinkite savo el. pašto adresą
mail-confirm-body = Sveiki atvykę į Entraide! Kad el. paštu gautumėte naujienas apie savo pamainas ir kaimynų prašymus, patvirtinkite, kad šis adresas yra jūsų.
mail-confirm-new-body = Paprašėte naudoti šį adresą savo Entraide paskyrai. Patvirtinkite jį, kad galėtumėte juo prisijungti ir gauti laiškus čia.
mail-confirm-link = Kad jį patvirtintumėte, per 7 dienas atidarykite šią nuorodą:
mail-confirm-code = Kad jį patvirtintumėte, prisijunkite svetainėje, atidarykite „Mano paskyra“, pasirinkite „Turiu kodą iš laiško“ ir per 7 dienas įklijuokite šį kodą:
mail-confirm-ignore = Jei to neprašėte, šį laišką galite ignoruoti: niekas nepasikeis.
mail-confirm-footer = Šį laišką gaunate, nes šis adresas buvo nurodytas Entraide paskyrai.

## Laiškas adresu, kurio paskyra nebenaudoja
mail-email-changed-subject = Jūsų el. pašto adresas pakeistas
mail-email-changed-body = Jūsų Entraide paskyra nebenaudoja { $previous }: nuo šiol prisijungiate adresu { $email }, ir laiškai jums siunčiami ten.
mail-email-changed-not-you = Jei to nepadarėte jūs, gali būti, kad jūsų paskyra naudojasi kažkas kitas. Nedelsdami parašykite savo platformos komandai: ji gali padėti atgauti paskyrą.
mail-email-changed-footer = Šį laišką gaunate, nes šis adresas priklausė Entraide paskyrai.
