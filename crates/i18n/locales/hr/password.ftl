# Odabir nove lozinke kad ste staru zaboravili: stranice i poruka.

password-forgot-link = Zaboravili ste lozinku?
password-forgot-title = Zaboravili ste lozinku?
password-forgot-intro = Upišite adresu e-pošte svojeg računa. Poslat ćemo vam poveznicu za odabir nove lozinke.
password-forgot-submit = Pošalji mi poveznicu
password-have-code = Imam kod iz poruke
password-sent-title = Provjerite e-poštu
password-sent-text = Ako neki račun koristi { $email }, poruka s poveznicom za odabir nove lozinke već je na putu. Poveznica radi jedan sat.
password-sent-nothing = Ni nakon nekoliko minuta nema poruke? Pogledajte u mapu neželjene pošte, provjerite adresu ili zatražite ponovno.
password-ask-again = Zatraži ponovno
password-back-to-sign-in = Natrag na prijavu
password-reset-title = Odaberite novu lozinku
password-reset-for = Za račun { $email }.
password-reset-submit = Spremi moju novu lozinku
field-reset-code = Kod iz poruke
field-reset-code-hint = Zalijepite dugački kod iz poruke koju smo vam poslali.
password-expired-title = Ova poveznica više ne radi
password-expired-text = Poveznica za odabir nove lozinke radi jedan sat i samo jednom. Zatražite novu: to traje minutu.
password-expired-ask = Zatraži novu poveznicu
error-reset-link-expired = Ovaj kod više ne radi: već je iskorišten ili je stariji od sat vremena. Zatražite novu poveznicu.
notice-password-reset = Vaša je nova lozinka spremljena i prijavljeni ste. Odjavili smo vas sa svih drugih uređaja.

mail-password-reset-subject = Odaberite novu lozinku
mail-password-reset-body = Netko, vjerojatno vi, zatražio je odabir nove lozinke za vaš račun.
mail-password-reset-link = Da biste je odabrali, otvorite ovu poveznicu u roku od sat vremena (radi samo jednom):
mail-password-reset-code = Da biste je odabrali, otvorite stranicu za prijavu na web-mjestu, odaberite „Zaboravili ste lozinku?“, zatim „Imam kod iz poruke“ i u roku od sat vremena zalijepite ovaj kod:
mail-password-reset-ignore = Ako to niste zatražili, ovu poruku možete zanemariti: vaša lozinka ostaje ista.
mail-password-reset-footer = Ovu poruku primate jer je za račun s ovom adresom zatražena nova lozinka.
