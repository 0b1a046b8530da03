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
account-calendar = Kalenteri
account-calendar-intro = Vahvistetut vuorosi voivat näkyä kalenterisovelluksessa, jota jo käytät puhelimella tai tietokoneella. Tilaa siellä yksityinen kalenterilinkkisi (”lisää kalenteri verkko-osoitteesta”): sovellus tarkistaa sen itse ja näyttää uudet vuorot, muutokset ja peruutukset.
account-calendar-link = Yksityinen kalenterilinkkisi
account-calendar-link-hint = Kopioi se nyt kalenterisovellukseesi. Turvallisuutesi vuoksi emme säilytä sitä, joten emme voi näyttää sitä uudelleen.
account-calendar-active = Sinulla on yksityinen kalenterilinkki. Jos olet kadottanut sen, luo uusi.
account-calendar-none = Sinulla ei ole vielä yksityistä kalenterilinkkiä.
account-calendar-secret = Kuka tahansa, jolla on linkki, näkee vuorosi, joten pidä se omana tietonasi. Jos joku muu on saanut sen, luo uusi: vanha linkki lakkaa toimimasta heti.
account-calendar-create = Luo yksityinen linkkini
account-calendar-replace = Luo uusi linkki
account-calendar-revoke = Poista linkkini käytöstä
account-calendar-download = Lataa vuoroni kalenteritiedostona
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
notice-calendar-created = Yksityinen kalenterilinkkisi on valmis: kopioi se nyt Kalenteri-osiosta.
notice-calendar-revoked = Yksityinen kalenterilinkkisi on poistettu käytöstä. Sitä käyttäneet kalenterisovellukset eivät enää saa vuorojasi.

# Yksityinen kalenterisyöte, jota kalenterisovellukset lukevat.
error-unknown-calendar-feed = Tässä osoitteessa ei ole kalenteria. Linkki on ehkä poistettu käytöstä tai korvattu uudella.
problem-host-missing = Pyynnöstä ei käy ilmi, mille sivustolle se on tarkoitettu (Host-otsake puuttuu tai on virheellinen).
account-birth-date = Syntymäaika
account-birth-date-submit = Tallenna syntymäaika
notice-birth-date-saved = Syntymäaikasi on tallennettu.

## Nimi, puhelin ja sähköpostiosoite tilisivulla
account-details = Nimesi ja puhelinnumerosi
account-details-submit = Tallenna nimi ja puhelinnumero
field-phone = Puhelinnumero (vapaaehtoinen)
field-phone-hint = Sen näkevät vain niiden vuorojen koordinaattorit, joihin ilmoittaudut, jotta he voivat tavoittaa sinut vuoroon liittyvissä asioissa.
notice-details-saved = Nimesi ja puhelinnumerosi on tallennettu.
account-email = Sähköpostiosoite
account-email-current = Kirjaudut sisään osoitteella { $email }.
account-email-unconfirmed = Tätä osoitetta ei ole vielä vahvistettu. Avaa linkki, jonka lähetimme siihen: siihen asti emme voi lähettää sinulle yhtään viestiä.
account-email-pending = Pyysit käyttämään sen sijaan osoitetta { $email }. Avaa linkki, jonka lähetimme sinne; siihen asti kirjaudut edelleen nykyisellä osoitteellasi.
account-email-resend = Lähetä linkki uudelleen
account-email-have-code = Minulla on koodi viestistä
account-email-change = Vaihda sähköpostiosoitteeni
account-email-how = Lähetämme linkin uuteen osoitteeseen. Se korvaa nykyisen osoitteen vasta, kun avaat linkin.
field-new-email = Uusi sähköpostiosoite
field-email-password = Salasanasi vahvistukseksi
account-email-submit = Lähetä linkki
notice-email-link-sent = Lähetimme sinulle linkin. Avaa se sähköpostistasi, niin osoite vahvistetaan.
notice-email-confirmed = Sähköpostiosoitteesi on vahvistettu.
banner-email-unconfirmed = Vahvista sähköpostiosoitteesi { $email }: avaa linkki, jonka lähetimme sinulle. Siihen asti emme voi lähettää sinulle yhtään viestiä.
banner-email-unconfirmed-link = Etkö saanut sitä?

## Osoitteen vahvistaminen lähetetyllä linkillä
email-confirm-title = Vahvista sähköpostiosoitteesi
email-confirm-text = Onko { $email } sinun osoitteesi? Vahvista se painamalla painiketta: tilisi käyttää sitä kirjautumiseen ja viesteihin.
email-confirm-submit = Kyllä, vahvista osoitteeni
field-confirm-code = Koodi viestistä
field-confirm-code-hint = Liitä tähän pitkä koodi viestistä, jonka lähetimme sinulle.
email-confirmed-title = Osoitteesi on vahvistettu
email-confirmed-text = Tästä lähtien lähetämme viestisi osoitteeseen { $email }, ja kirjaudut sisään sillä.
email-confirmed-continue = Jatka
email-confirm-expired-title = Tämä linkki ei enää toimi
email-confirm-expired-text = Osoitteen vahvistuslinkki toimii kerran ja { $days } päivän ajan. Pyydä uusi tilisivultasi: se vie minuutin.
email-confirm-ask-again = Pyydä uusi linkki
email-confirm-taken-title = Tämä osoite on jo käytössä
email-confirm-taken-text = Toinen tili käyttää nyt osoitetta { $email }, joten se ei voi olla myös sinun. Tilisi säilyttää osoitteen, joka sillä oli.

## Viesti, jossa on linkki
mail-confirm-subject = Vahvista sähköpostiosoitteesi
mail-confirm-body = Tervetuloa Entraide-palveluun! Jotta saat sähköpostiisi uutisia vuoroistasi ja naapuriesi avunpyynnöistä, vahvista, että tämä osoite on sinun.
mail-confirm-new-body = Pyysit käyttämään tätä osoitetta Entraide-tililläsi. Vahvista se, jotta voit kirjautua sillä ja saada viestisi tänne.
mail-confirm-link = Vahvista se avaamalla tämä linkki 7 päivän kuluessa:
mail-confirm-code = Vahvista se näin: kirjaudu sivustolle, avaa ”Oma tili”, valitse ”Minulla on koodi viestistä” ja liitä tämä koodi 7 päivän kuluessa:
mail-confirm-ignore = Jos et pyytänyt tätä, voit jättää tämän viestin huomiotta: mikään ei muutu.
mail-confirm-footer = Saat tämän viestin, koska tämä osoite annettiin Entraide-tilin osoitteeksi.

## Viesti osoitteeseen, jota tili ei enää käytä
mail-email-changed-subject = Sähköpostiosoitteesi vaihdettiin
mail-email-changed-body = Entraide-tilisi ei enää käytä osoitetta { $previous }: tästä lähtien kirjaudut sisään osoitteella { $email }, ja viestisi menevät sinne.
mail-email-changed-not-you = Jos et tehnyt tätä itse, joku muu saattaa käyttää tiliäsi. Kirjoita heti alustasi tiimille: he voivat auttaa sinua saamaan tilin takaisin.
mail-email-changed-footer = Saat tämän viestin, koska tämä osoite kuului Entraide-tilille.
