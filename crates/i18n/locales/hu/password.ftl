# Új jelszó választása, ha a régi elfelejtődött: az oldalak és a levél.

password-forgot-link = Elfelejtette a jelszavát?
password-forgot-title = Elfelejtette a jelszavát?
password-forgot-intro = Írja be a fiókja e-mail-címét. Küldünk egy hivatkozást, amellyel új jelszót választhat.
password-forgot-submit = Kérek egy hivatkozást
password-have-code = Van egy kódom a levélből
password-sent-title = Nézze meg a postafiókját
password-sent-text = Ha valamelyik fiók a(z) { $email } címet használja, már úton van egy levél egy hivatkozással, amellyel új jelszót választhat. A hivatkozás egy óráig működik.
password-sent-nothing = Néhány perc után sem jött levél? Nézze meg a levélszemét mappát, ellenőrizze a címet, vagy kérje újra.
password-ask-again = Újra kérem
password-back-to-sign-in = Vissza a bejelentkezéshez
password-reset-title = Válasszon új jelszót
password-reset-for = A(z) { $email } fiókhoz.
password-reset-submit = Új jelszavam mentése
field-reset-code = Kód a levélből
field-reset-code-hint = Illessze be a hosszú kódot abból a levélből, amelyet küldtünk Önnek.
password-expired-title = Ez a hivatkozás már nem működik
password-expired-text = Az új jelszó választására szolgáló hivatkozás egy óráig és csak egyszer működik. Kérjen újat: egy percig tart.
password-expired-ask = Új hivatkozás kérése
error-reset-link-expired = Ez a kód már nem működik: vagy már felhasználták, vagy egy óránál régebbi. Kérjen új hivatkozást.
notice-password-reset = Az új jelszavát elmentettük, és bejelentkeztettük. Minden más eszközön kijelentkeztettük.

mail-password-reset-subject = Válasszon új jelszót
mail-password-reset-body = Valaki, valószínűleg Ön, új jelszó választását kérte a fiókjához.
mail-password-reset-link = Ehhez egy órán belül nyissa meg ezt a hivatkozást (egyszer működik):
mail-password-reset-code = Ehhez nyissa meg a webhely bejelentkezési oldalát, válassza az „Elfelejtette a jelszavát?”, majd a „Van egy kódom a levélből” lehetőséget, és egy órán belül illessze be ezt a kódot:
mail-password-reset-ignore = Ha nem Ön kérte, nyugodtan figyelmen kívül hagyhatja ezt a levelet: a jelszava nem változik.
mail-password-reset-footer = Azért kapja ezt a levelet, mert az ehhez a címhez tartozó fiókhoz új jelszót kértek.
