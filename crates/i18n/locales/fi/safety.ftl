## Pysyvät tarjoukset, kiitokset, estot, ilmoitukset ja moderointi.

error-blocked = Toinen teistä on estänyt toisen: et voi lähettää tälle henkilölle tarjouksia etkä viestejä.
error-account-suspended = Tämä tili on jäädytetty. Ota yhteyttä ihmisiin, jotka ylläpitävät tätä sivustoa, jos tämä on mielestäsi virhe.
error-platform-suspended = Tämän alustan tiimi on jäädyttänyt sinut täällä: voit yhä lukea, mutta et voi pyytää tai tarjota apua, ilmoittautua tai kirjoittaa. Ota heihin yhteyttä, jos tämä on mielestäsi virhe.
error-moderate-admin = Alustan ylläpitäjiä ei voi varoittaa eikä jäädyttää täällä. Sivustoa ylläpitävät ihmiset voivat auttaa.
error-block-self = Et voi estää itseäsi.
error-report-kind-unknown = Valitse, mistä ilmoitat: avunpyynnöstä, tarjouksesta vai viestistä.
error-report-target-unknown = Täällä ei ole mitään ilmoitettavaa, tai et näe sitä.
error-moderation-action-unknown = Valitse jokin toiminnoista: piilota, varoita, jäädytä, palauta tai hylkää.
error-moderate-self = Et voi varoittaa etkä jäädyttää itseäsi.
error-standing-km-out-of-range = Valitse etäisyys väliltä 1–10 km.
error-request-not-completed = Voit kiittää, kun apu on merkitty tehdyksi.
error-taken-thanks = Olet jo jättänyt kiitoksen tästä avunpyynnöstä.
error-unknown-standing-offer = Tällaista pysyvää tarjousta ei ole.
error-unknown-block = Et ole estänyt tätä henkilöä.
error-category-in-use = Avunpyynnöt tai pysyvät tarjoukset käyttävät tätä luokkaa, joten sitä ei voi poistaa. Nimeä se sen sijaan uudelleen.

## Pysyvät tarjoukset
standing-title = Mitä voin tehdä naapureideni hyväksi
standing-intro = Kerro kerran, missä voit auttaa, missä päin ja minä päivinä. Kun naapuri pyytää sopivaa apua, kerromme sinulle. Kukaan ei näe, mistä lähdet liikkeelle.
standing-mine = Pysyvät tarjoukseni
standing-none = Sinulla ei ole vielä pysyvää tarjousta.
standing-withdraw = Lopeta tämä tarjous
standing-new = Uusi pysyvä tarjous
standing-what = Missä voit auttaa?
standing-any-help = Kaikenlainen apu
standing-every-day = Joka päivä
standing-within = enintään { $distance } päässä
standing-days = Minä päivinä?
standing-days-hint = Jätä kaikki valitsematta, jos joka päivä käy.
standing-km = Kuinka kauas olet valmis lähtemään, kilometreinä?
standing-km-hint = Enintään 10 km. 1 km on noin 15 minuutin kävely.
standing-point-hint = Paikka, josta lähdet liikkeelle, esimerkiksi kotisi. Vain sinä näet sen.
standing-note = Muutama sana (vapaaehtoinen)
standing-note-hint = Esimerkiksi: minulla on auto, tai jaksan kantaa painavia kasseja.
standing-publish = Julkaise tarjoukseni
standing-notice-published = Pysyvä tarjouksesi on julkaistu. Kerromme sinulle sopivista avunpyynnöistä.
standing-notice-withdrawn = Pysyvä tarjouksesi on peruttu.
help-page-standing-link = Mitä voin tehdä naapureideni hyväksi

## Kiitokset
thanks-title = Sano kiitos
thanks-intro = Apu on annettu. Voit jättää toiselle henkilölle lyhyen yksityisen viestin.
thanks-label = Viestisi
thanks-submit = Lähetä kiitokseni
thanks-received = Kiitosviestit

## Ilmoitukset
report-title = Ilmoita ongelmasta
report-intro = Ilmoitat tätä alustaa ylläpitävälle tiimille seuraavasta: { $what }.
report-what-request = avunpyyntö
report-what-offer = tarjous
report-what-message = viesti
report-reason = Mikä on vialla?
report-reason-hint = Tiimi lukee jokaisen ilmoituksen. Henkilö, josta ilmoitat, ei näe nimeäsi.
report-submit = Lähetä ilmoitus
report-sent = Kiitos. Tiimi käy ilmoituksesi läpi. Jos tämä henkilö häiritsee sinua, voit myös estää hänet.
report-link = Ilmoita ongelmasta

## Estot
block-title = Estä henkilö
block-question = Estetäänkö { $name }?
block-explained = Kun henkilö on estetty, hän ei voi tarjota sinulle apua eikä kirjoittaa sinulle, etkä sinä voi tarjota hänelle apua etkä kirjoittaa hänelle. Hänelle ei kerrota siitä.
block-submit = Kyllä, estä tämä henkilö
block-cancel = Ei, palaa takaisin
block-link = Estä tämä henkilö
blocks-title = Estämäni henkilöt
blocks-intro = Henkilöt, jotka olet estänyt, eivät voi tarjota sinulle apua eivätkä kirjoittaa sinulle.
blocks-none = Et ole estänyt ketään.
blocks-unblock = Poista esto
blocks-notice-blocked = Tämä henkilö on estetty.
blocks-notice-unblocked = Tämä henkilö ei ole enää estetty.

## Moderointi
moderation-title = Moderointi
moderation-intro = Jäsenten ilmoitukset, vanhimmat ensin. Jokainen toiminto kirjataan nimelläsi ja perustelullasi.
moderation-reports = Käsiteltävät ilmoitukset
moderation-empty = Käsiteltäviä ilmoituksia ei ole.
moderation-suspended = jäädytetty
moderation-hidden = piilotettu
moderation-open-request = Avaa avunpyyntö
moderation-reported-by = Ilmoittaja: { $name }
moderation-reason = Perustelu
moderation-hide = Piilota
moderation-warn = Varoita kirjoittajaa
moderation-suspend = Jäädytä kirjoittaja
moderation-dismiss = Ei ongelmaa
moderation-reinstate = Poista jäädytys
moderation-log = Mitä tiimi on tehnyt
moderation-log-empty = Ei vielä mitään.
moderation-log-when = Milloin
moderation-log-who = Kuka
moderation-log-what = Mitä
moderation-log-person = Henkilö
moderation-log-undo = Kumoa
moderation-done-hide = piilotti sisältöä
moderation-done-warn = varoitti
moderation-done-suspend = jäädytti
moderation-done-reinstate = poisti jäädytyksen
moderation-done-dismiss = sulki ilmoituksen
moderation-notice-hide = Sisältö on piilotettu.
moderation-notice-warn = Kirjoittajaa on varoitettu.
moderation-notice-suspend = Tili on jäädytetty ja kirjattu ulos.
moderation-notice-reinstate = Jäädytys on poistettu.
moderation-notice-dismiss = Ilmoitus on suljettu.
moderation-link = Moderointi
# Leaves the report form for the page the person was reading.
report-cancel = Takaisin
