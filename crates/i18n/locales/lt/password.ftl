# Naujo slaptažodžio pasirinkimas pamiršus senąjį: puslapiai ir laiškas.

password-forgot-link = Pamiršote slaptažodį?
password-forgot-title = Pamiršote slaptažodį?
password-forgot-intro = Įveskite savo paskyros el. pašto adresą. Atsiųsime nuorodą, kuria galėsite pasirinkti naują slaptažodį.
password-forgot-submit = Atsiųsti man nuorodą
password-have-code = Turiu kodą iš laiško
password-sent-title = Patikrinkite paštą
password-sent-text = Jei kuri nors paskyra naudoja { $email }, laiškas su nuoroda naujam slaptažodžiui pasirinkti jau keliauja. Nuoroda veikia vieną valandą.
password-sent-nothing = Po kelių minučių laiško vis dar nėra? Pažiūrėkite šlamšto aplanke, patikrinkite adresą arba paprašykite dar kartą.
password-ask-again = Paprašyti dar kartą
password-back-to-sign-in = Atgal į prisijungimą
password-reset-title = Pasirinkite naują slaptažodį
password-reset-for = Paskyrai { $email }.
password-reset-submit = Išsaugoti naują slaptažodį
field-reset-code = Kodas iš laiško
field-reset-code-hint = Įklijuokite ilgą kodą iš laiško, kurį jums išsiuntėme.
password-expired-title = Ši nuoroda nebeveikia
password-expired-text = Nuoroda naujam slaptažodžiui pasirinkti veikia vieną valandą ir tik vieną kartą. Paprašykite naujos: tai užtruks minutę.
password-expired-ask = Paprašyti naujos nuorodos
error-reset-link-expired = Šis kodas nebeveikia: jis jau panaudotas arba senesnis nei valanda. Paprašykite naujos nuorodos.
notice-password-reset = Naujas slaptažodis išsaugotas, ir jūs jau prisijungę. Visur kitur jūsų sesijos baigtos.

mail-password-reset-subject = Pasirinkite naują slaptažodį
mail-password-reset-body = Kažkas, tikriausiai jūs, paprašė pasirinkti naują jūsų paskyros slaptažodį.
mail-password-reset-link = Norėdami jį pasirinkti, per valandą atidarykite šią nuorodą (ji veikia vieną kartą):
mail-password-reset-code = Norėdami jį pasirinkti, eikite į svetainės prisijungimo puslapį, pasirinkite „Pamiršote slaptažodį?“, tada „Turiu kodą iš laiško“ ir per valandą įklijuokite šį kodą:
mail-password-reset-ignore = Jei to neprašėte, šį laišką galite ignoruoti: jūsų slaptažodis liks toks pat.
mail-password-reset-footer = Šį laišką gaunate, nes paskyrai su šiuo adresu buvo paprašyta naujo slaptažodžio.
