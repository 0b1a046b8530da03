# Rekisteröityminen, sisään- ja uloskirjautuminen; tilisivu.

sign-up-title = Luo tilisi
sign-up-intro = Se vie minuutin. Kysymme vain sen, mitä tarvitsemme.
sign-up-submit = Luo tilini
sign-up-have-account = Onko sinulla jo tili?
sign-in-title = Kirjaudu sisään
sign-in-submit = Kirjaudu sisään
sign-in-no-account = Oletko uusi täällä?

field-display-name = Nimesi
field-display-name-hint = Nimi, jonka muut näkevät.
field-email = Sähköpostiosoite
field-password = Salasana
field-password-hint = Vähintään 10 merkkiä. Muutama sana, jotka muistat, toimii hyvin.
field-birth-date = Syntymäaika (vapaaehtoinen)
field-birth-date-hint = Joissakin tehtävissä on alaikäraja. Käytämme tietoa vain sen tarkistamiseen.
field-language = Kieli
field-current-password = Nykyinen salasana
field-new-password = Uusi salasana
field-password-confirm = Salasanasi vahvistukseksi

account-title = Oma tili
account-platforms = Omat alustat
account-no-platforms = Et ole vielä liittynyt mihinkään alustaan.
account-language = Kieli
account-language-submit = Tallenna kieli
account-password = Vaihda salasana
account-password-submit = Vaihda salasana
account-tokens = Sovellusten käyttöoikeudet
account-tokens-intro = Puolestasi toimivat sovellukset ja skriptit käyttävät näitä avaimia. Mitätöi ne, joita et enää käytä.
account-no-tokens = Millään sovelluksella ei ole käyttöoikeutta.
account-token-revoked = mitätöity
account-token-revoke = Mitätöi
account-data = Omat tiedot
account-data-intro = Lataa kaikki tiedot, jotka tämä alusta on tallentanut sinusta, tiedostona, jota muut ohjelmat voivat lukea.
account-data-download = Lataa tietoni
account-delete = Poista tilini
account-delete-intro = Nimesi, sähköpostiosoitteesi ja syntymäaikasi poistetaan, etkä voi enää kirjautua sisään. Se, mitä olet tehnyt muiden hyväksi, jää historiaan ilman nimeäsi. Tätä ei voi perua.
account-delete-submit = Poista tilini pysyvästi

notice-welcome = Tervetuloa! Tilisi on valmis.
notice-signed-out = Olet kirjautunut ulos. Nähdään pian!
notice-account-deleted = Tilisi on poistettu.
notice-password-changed = Salasanasi on vaihdettu. Sinut kirjattiin ulos kaikkialla muualla.
notice-language-changed = Kieli on tallennettu.
notice-token-revoked = Avain on mitätöity.
