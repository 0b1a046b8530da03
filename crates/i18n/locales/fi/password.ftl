# Uuden salasanan valitseminen, kun vanha on unohtunut: sivut ja viesti.

password-forgot-link = Unohditko salasanasi?
password-forgot-title = Unohditko salasanasi?
password-forgot-intro = Kirjoita tilisi sähköpostiosoite. Lähetämme sinulle linkin, jolla voit valita uuden salasanan.
password-forgot-submit = Lähetä minulle linkki
password-have-code = Minulla on koodi viestistä
password-sent-title = Katso sähköpostisi
password-sent-text = Jos jokin tili käyttää osoitetta { $email }, sinulle on tulossa viesti, jossa on linkki uuden salasanan valitsemiseen. Linkki toimii tunnin ajan.
password-sent-nothing = Eikö viestiä ole tullut muutamassa minuutissa? Katso roskapostikansiosta, tarkista osoite tai pyydä uudelleen.
password-ask-again = Pyydä uudelleen
password-back-to-sign-in = Takaisin kirjautumiseen
password-reset-title = Valitse uusi salasana
password-reset-for = Tilille { $email }.
password-reset-submit = Tallenna uusi salasanani
field-reset-code = Koodi viestistä
field-reset-code-hint = Liitä tähän pitkä koodi viestistä, jonka lähetimme sinulle.
password-expired-title = Tämä linkki ei enää toimi
password-expired-text = Linkki uuden salasanan valitsemiseen toimii tunnin ajan ja vain kerran. Pyydä uusi: se vie minuutin.
password-expired-ask = Pyydä uusi linkki
error-reset-link-expired = Tämä koodi ei enää toimi: se on jo käytetty, tai se on yli tunnin vanha. Pyydä uusi linkki.
notice-password-reset = Uusi salasanasi on tallennettu, ja olet kirjautunut sisään. Sinut kirjattiin ulos kaikkialla muualla.

mail-password-reset-subject = Valitse uusi salasana
mail-password-reset-body = Joku, luultavasti sinä, pyysi saada valita uuden salasanan tilillesi.
mail-password-reset-link = Valitse se avaamalla tämä linkki tunnin kuluessa (se toimii kerran):
mail-password-reset-code = Valitse se näin: mene sivuston kirjautumissivulle, valitse ”Unohditko salasanasi?”, sitten ”Minulla on koodi viestistä” ja liitä tämä koodi tunnin kuluessa:
mail-password-reset-ignore = Jos et pyytänyt sitä, voit jättää tämän viestin huomiotta: salasanasi pysyy ennallaan.
mail-password-reset-footer = Saat tämän viestin, koska tähän osoitteeseen liitetylle tilille pyydettiin uutta salasanaa.
