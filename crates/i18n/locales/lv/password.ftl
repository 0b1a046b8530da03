# Jaunas paroles izvēle, ja vecā ir aizmirsta: lapas un vēstule.

password-forgot-link = Aizmirsāt paroli?
password-forgot-title = Aizmirsāt paroli?
password-forgot-intro = Ierakstiet sava konta e-pasta adresi. Mēs nosūtīsim saiti, ar kuru varēsiet izvēlēties jaunu paroli.
password-forgot-submit = Sūtīt man saiti
password-have-code = Man ir kods no vēstules
password-sent-title = Pārbaudiet savu pastu
password-sent-text = Ja kāds konts izmanto { $email }, vēstule ar saiti jaunas paroles izvēlei jau ir ceļā. Saite darbojas vienu stundu.
password-sent-nothing = Pēc dažām minūtēm vēstules joprojām nav? Ieskatieties surogātpasta mapē, pārbaudiet adresi vai palūdziet vēlreiz.
password-ask-again = Palūgt vēlreiz
password-back-to-sign-in = Atpakaļ uz pieteikšanos
password-reset-title = Izvēlieties jaunu paroli
password-reset-for = Kontam { $email }.
password-reset-submit = Saglabāt manu jauno paroli
field-reset-code = Kods no vēstules
field-reset-code-hint = Ielīmējiet garo kodu no vēstules, ko jums nosūtījām.
password-expired-title = Šī saite vairs nedarbojas
password-expired-text = Saite jaunas paroles izvēlei darbojas vienu stundu un tikai vienu reizi. Palūdziet jaunu: tas aizņem minūti.
password-expired-ask = Palūgt jaunu saiti
error-reset-link-expired = Šis kods vairs nedarbojas: tas jau ir izmantots vai ir vecāks par stundu. Palūdziet jaunu saiti.
notice-password-reset = Jūsu jaunā parole ir saglabāta, un pieteikšanās ir veikta. Visur citur jūsu sesijas tika beigtas.

mail-password-reset-subject = Izvēlieties jaunu paroli
mail-password-reset-body = Kāds – visticamāk, jūs – lūdza iespēju izvēlēties jaunu paroli jūsu kontam.
mail-password-reset-link = Lai to izvēlētos, stundas laikā atveriet šo saiti (tā darbojas vienu reizi):
mail-password-reset-code = Lai to izvēlētos, atveriet vietnes pieteikšanās lapu, izvēlieties „Aizmirsāt paroli?”, tad „Man ir kods no vēstules” un stundas laikā ielīmējiet šo kodu:
mail-password-reset-ignore = Ja jūs to nelūdzāt, šo vēstuli varat neņemt vērā: jūsu parole paliek tāda pati.
mail-password-reset-footer = Jūs saņemat šo vēstuli, jo kontam ar šo adresi tika lūgta jauna parole.
