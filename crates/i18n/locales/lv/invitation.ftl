## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Ielūgums: { $title }
mail-shift-invitation-body = { $organisation } uzskata, ka jūs būtu liels palīgs – { $title }, { $when }, un aicina jūs ierasties. Ja varat, lūdzu, pierakstieties šai maiņai tās lapā platformā { $platform }. Ja nevarat, nekas nav jādara.
notification-shift-invitation = { $organisation } aicina jūs: { $title } ({ $when }).
mail-cover-needed-subject = Jāaizpilda vieta: { $title }
mail-cover-needed-body = Kāds vēlu atcēla pierakstu: { $title }, { $when }, un gaidīšanas sarakstā neviena nav. Maiņas ieteikto cilvēku lapā ar vienu klikšķi varat uzaicināt piemērotus cilvēkus.
notification-cover-needed = Vēlas atcelšanas dēļ atbrīvojās vieta: { $title } ({ $when }). Apskatiet, ko jūs varētu uzaicināt.
mail-open-link = Atvērt: { $link }
suggestion-invite = Uzaicināt
suggestion-notice-invited = Jūsu ielūgums ir nosūtīts. Uzaicinātie cilvēki šeit vairs netiek rādīti.
error-taken-invitation = Šī persona jau ir uzaicināta uz šo maiņu.
