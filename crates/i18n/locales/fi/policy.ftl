## Alustan tietosuojaseloste ja käyttöehdot
policy-title = Tietosuojaseloste ja käyttöehdot
policy-of = Alustan { $platform } tietosuojaseloste ja käyttöehdot
policy-version = Versio { $version }, julkaistu { $date }.
policy-standard-note = Tämä on vakioteksti: alustan tiimi ei ole vielä kirjoittanut omaansa.
policy-accept = Olen lukenut alustan { $platform } tietosuojaselosteen ja käyttöehdot ja hyväksyn ne
policy-read = Lue tietosuojaseloste ja käyttöehdot
sign-up-privacy = Säilytämme nimesi ja sähköpostiosoitteesi tilisi ylläpitämiseksi emmekä koskaan luovuta niitä muille. Jokainen alusta näyttää sinulle tietosuojaselosteensa ja käyttöehtonsa ennen kuin liityt siihen.
sign-up-join-accept = Liity myös alustaan { $platform }, jotta voit ilmoittautua sen tehtäviin. Hyväksyn sen tietosuojaselosteen ja käyttöehdot.
policy-edit-link = Muokkaa tietosuojaselostetta ja käyttöehtoja
policy-edit-title = Muokkaa tietosuojaselostetta ja käyttöehtoja
policy-edit-intro = Kirjoita teksti, jonka ihmiset hyväksyvät liittyessään alustaan { $platform }, jokaisella haluamallasi kielellä. Jos jollakin kielellä ei ole tekstiä, lukijat saavat tekstin alustan kielellä. Tallentaminen julkaisee uuden version: siitä lähtien liittyvät hyväksyvät sen.
policy-edit-written = Kirjoitettu kielillä: { $languages }.
policy-edit-choose = Kirjoita tällä kielellä
field-policy-language = Kieli
field-policy-body = Teksti
field-policy-body-hint = Erota kappaleet toisistaan tyhjällä rivillä. Jätä kenttä tyhjäksi, jos haluat poistaa tämän kielen.
policy-edit-save = Julkaise tämä versio
notice-policy-published = Uusi versio on julkaistu.
error-policy-not-accepted = Rastita tämä ruutu liittyäksesi: sillä hyväksyt tietosuojaselosteen ja käyttöehdot.
error-taken-policy = Toinen versio julkaistiin samalla hetkellä. Yritä uudelleen.

## Vakioteksti, kunnes alusta kirjoittaa omansa
policy-standard-who = Alusta { $platform } ylläpitää tätä sivustoa, jotta naapurit voivat auttaa toisiaan ja tehdä vapaaehtoistyötä paikallisissa järjestöissä. Tässä kerrotaan, mitä tietoja sinusta säilytämme, kuka ne näkee ja mitkä muutamat säännöt pitävät tämän paikan turvallisena.
policy-standard-kept = Mitä säilytämme: nimesi, sähköpostiosoitteesi, salasanasi (vain muodossa, josta kukaan ei voi lukea sitä takaisin) ja se, mitä itse päätät lisätä: puhelinnumero, syntymäaikasi, vapaaehtoisprofiilisi, ilmoittautumisesi ja tuntisi, avunpyyntösi, tarjouksesi ja viestisi.
policy-standard-seen = Kuka ne näkee: muut näkevät nimesi. Sen vuoron koordinaattorit, johon ilmoittaudut, näkevät sähköpostiosoitteesi ja puhelinnumerosi. Avunpyynnön tarkka osoite näytetään vain sille auttajalle, jonka avun pyytäjä hyväksyy. Keskustelua lukevat vain sen kaksi osapuolta sekä alustan tiimi, jos jompikumpi heistä ilmoittaa siitä.
policy-standard-never = Mitä emme koskaan tee: emme myy tai luovuta tietojasi, emme näytä mainoksia emmekä lähetä osoitettasi muille palveluille. Lähetämme sinulle sähköpostia vain siitä, mitä teet täällä.
policy-standard-rights = Oikeutesi: tilisi sivulla voit milloin tahansa ladata kaikki tiedot, joita sinusta säilytämme, korjata ne tai poistaa tilisi. Se, mitä olet tehnyt, jää silloin historiaan ilman nimeäsi.
policy-standard-rules = Säännöt: ole ystävällinen ja rehellinen, kunnioita muiden yksityisyyttä äläkä koskaan pyydä rahaa täällä annetusta avusta. Tiimi voi piilottaa sen, mikä rikkoo näitä sääntöjä, ja jäädyttää tilit, jotka rikkovat niitä.
policy-standard-questions = Kysyttävää? Kysy alustan { $platform } tiimiltä.
