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
sign-up-join = Taip pat prisijungti prie platformos { $platform }, kad galėtumėte registruotis į jos veiklas
