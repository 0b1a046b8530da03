# Vapaaehtoistyö: tehtävien etsiminen, tehtävän sivu, vuorot ja ilmoittautumiset,
# osallistujalistat, omat vuorot, organisaatioiden koontinäytöt, taidot ja teemat.

## Tehtävien etsiminen

opportunities-title = Löydä tekemistä
opportunities-find = Löydä tekemistä
opportunities-filters = Suodattimet
opportunities-more-filters = Lisää suodattimia: taito, teema, kieli, päivät, paikka
opportunities-any = Mikä tahansa
opportunities-sort-start = Aikaisimmat ensin
opportunities-sort-distance = Lähimmät ensin
opportunities-search = Hae
opportunities-reset = Tyhjennä kaikki suodattimet
opportunities-results = Tehtävät
opportunities-none = Näillä suodattimilla ei vielä löydy mitään. Kokeile vähemmillä suodattimilla tai laajemmalta alueelta.
opportunities-fix-filters = Korjaa yllä olevat suodattimet, niin näet tulokset.
opportunities-distance = { $distance } päässä
opportunities-more-shifts = { $count ->
    [one] ja yksi muu aika
   *[other] ja { $count } muuta aikaa
}
opportunities-next-page = Seuraava sivu
opportunities-list-title = Mitä voit tehdä kanssamme
opportunities-none-published = Tällä hetkellä ei ole mitään, mihin ilmoittautua.

field-search-words = Hakusanat
field-search-words-hint = Esimerkiksi: ruoka-apu, lukeminen, puutarha.
field-skill = Taito
field-cause = Teema
field-spoken-language = Paikalla puhuttu kieli
field-from-day = Alkaen (päivä)
field-to-day = Asti (päivä)
field-near = Tämän paikan lähellä
field-near-hint = Katu, osoite, postinumero tai kaupunginosa. Myös kaksi lukua karttasovelluksesta käy, esimerkiksi 51.05,3.72.
field-near-hint-no-places = Kaksi lukua karttasovelluksesta, esimerkiksi 51.05,3.72. Kun alustan tiimi on tuonut kadut, myös katu tai kaupunginosa käy.
opportunities-near-place = Tämän paikan lähellä: { $place }.
opportunities-near-others = Tai muun paikan lähellä:
error-place-not-found = Tällä alustalla ei ole sen nimistä paikkaa. Kokeile katua, postinumeroa tai kaupunginosaa tai kahta lukua karttasovelluksesta, esimerkiksi 51.05,3.72.
field-within-km = Enintään (km)
field-remote-only = Vain asiat, joita voin tehdä kotoa käsin
field-sort = Järjestys

## Yksi tehtävä

opportunity-remote = Etänä: mistä tahansa
opportunity-address-unknown = Organisaatio vahvistaa paikan myöhemmin
opportunity-coordinator-tools = Koordinaattorin työkalut
opportunity-edit = Muokkaa
opportunity-skills = Taidot
opportunity-causes = Teemat
opportunity-languages = Paikalla puhutut kielet
opportunity-min-age = Alaikäraja
opportunity-min-age-value = { $age } vuotta
opportunity-accessibility = Esteettömyys
opportunity-where = Missä
opportunity-shifts = Milloin
opportunity-not-open = Tähän tehtävään ei voi tällä hetkellä ilmoittautua.
opportunity-sign-in-to-sign-up = Kirjaudu sisään ilmoittautuaksesi
opportunity-join-first = Liity tähän alustaan, niin voit ilmoittautua. Se on maksutonta ja vaatii vain yhden napsautuksen.
opportunity-ongoing = Kiinteitä aikoja ei ole: auta silloin, kun se sopii sinulle ja organisaatiolle.
opportunity-ongoing-short = Jatkuva, ei kiinteitä aikoja
opportunity-no-upcoming = Aikoja ei ole tällä hetkellä suunniteltu.
opportunity-dates-nav = Lisää päivämääriä
opportunity-earlier-dates = Aiemmat päivämäärät
opportunity-later-dates = Myöhemmät päivämäärät
opportunity-past-shifts = Menneet ajat
opportunity-report-hours = Ilmoita tuntini
opportunity-report-hours-intro = Kerro organisaatiolle, kuinka kauan autoit. Koordinaattori vahvistaa sen.
opportunity-report-hours-submit = Ilmoita nämä tunnit
opportunity-times-in-zone = Päivämäärät ja kellonajat ovat alustan aikavyöhykkeellä ({ $zone }).
opportunity-add-shift = Lisää aika
opportunity-add-shift-submit = Lisää tämä aika
opportunity-add-series = Lisää toistuvia aikoja
opportunity-add-series-intro = Esimerkiksi joka tiistai klo 14.00–17.00 maaliskuun loppuun asti. Jokaista aikaa voi jälkikäteen muuttaa erikseen.
opportunity-add-series-submit = Lisää nämä ajat
opportunity-status-draft = Luonnos
opportunity-status-published = Julkaistu
opportunity-status-closed = Suljettu
opportunity-status-draft-hint = Vain organisaatiosi näkee sen.
opportunity-status-published-hint = Kaikki voivat löytää sen ja ilmoittautua.
opportunity-status-closed-hint = Näkyy edelleen, mutta kukaan ei voi ilmoittautua.
opportunity-new-title = Julkaise tehtävä
opportunity-new-submit = Tallenna tehtävä
opportunity-edit-title = Muokkaa tehtävää
opportunity-edit-submit = Tallenna muutokset
opportunity-form-cancel = Peruuta

opportunity-notice-created = Tehtävä on tallennettu. Lisää nyt ajat, jolloin ihmiset voivat tulla.
opportunity-notice-saved = Muutoksesi on tallennettu.
opportunity-notice-signed-up = Olet ilmoittautunut. Kiitos! Saat muistutuksen edellisenä päivänä.
opportunity-notice-waitlisted = Tämä aika on täynnä: olet jonotuslistalla. Jos paikka vapautuu, se on sinun, ja kerromme siitä sinulle.
opportunity-notice-left = Ilmoittautumisesi on peruttu.
opportunity-notice-shift-added = Aika on lisätty.
opportunity-notice-series-added = Toistuvat ajat on lisätty.
opportunity-notice-shift-cancelled = Aika on peruttu. Kaikille ilmoittautuneille kerrotaan siitä.
opportunity-notice-hours-reported = Tuntisi on ilmoitettu. Koordinaattori vahvistaa ne.

field-opportunity-title = Mitä pitää tehdä?
field-opportunity-title-hint = Muutama sana, esimerkiksi: Ruoan lajittelu ruoka-avussa.
field-opportunity-description = Kerro vapaaehtoisille lisää
field-skills = Hyödylliset taidot
field-causes = Teemat, joita se edistää
field-languages = Paikalla puhutut kielet
field-languages-hint = Rastita kielet, joita vapaaehtoinen voi käyttää paikan päällä.
field-min-age = Alaikäraja (vapaaehtoinen)
field-min-age-hint = Jätä tyhjäksi, jos kuka tahansa voi auttaa.
field-accessibility = Esteettömyys (vapaaehtoinen)
field-accessibility-hint = Portaat, hissi, wc:t, pysäköinti, julkinen liikenne…
field-where = Missä se tapahtuu?
field-where-place = Tietyssä paikassa
field-where-remote = Etänä: mistä tahansa
field-where-place-hint = Anna paikan osoite ja sijainti kartalla (voit kopioida luvut karttasovelluksesta).
field-address = Osoite
field-latitude = Leveysaste
field-latitude-hint = Esimerkiksi 51.0543
field-longitude = Pituusaste
field-longitude-hint = Esimerkiksi 3.7174
field-status = Kuka voi nähdä sen?

## Vuorot

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 paikka
   *[other] { $left } paikkaa
} jäljellä (yhteensä { $slots })
shift-full = Täynnä
shift-waiting = { $count ->
    [one] 1 henkilö jonotuslistalla
   *[other] { $count } henkilöä jonotuslistalla
}
shift-cancelled = Peruttu
shift-sign-up = Ilmoittaudu
shift-join-waiting-list = Liity jonotuslistalle
shift-you-confirmed = Olet ilmoittautunut.
shift-you-waiting = Olet jonotuslistalla sijalla { $position }.
shift-leave = Peru ilmoittautumiseni
shift-cancel = Peru tämä aika
shift-roster-link = Ketkä tulevat
shift-weekday-1 = Maanantai
shift-weekday-2 = Tiistai
shift-weekday-3 = Keskiviikko
shift-weekday-4 = Torstai
shift-weekday-5 = Perjantai
shift-weekday-6 = Lauantai
shift-weekday-7 = Sunnuntai

field-shift-day = Päivä
field-start-time = Alkaa klo
field-end-time = Päättyy klo
field-slots = Paikkojen määrä
field-frequency = Kuinka usein?
field-frequency-weekly = Joka viikko, alla rastitettuina päivinä
field-frequency-daily = Joka päivä
field-weekdays = Viikonpäivät
field-weekdays-hint = Viikoittaisille ajoille. Jos mitään ei ole rastitettu, käytetään ensimmäisen päivän viikonpäivää.
field-first-day = Ensimmäinen päivä
field-last-day = Viimeinen päivä
field-except = Päivät ilman tätä aikaa (vapaaehtoinen)
field-except-hint = Esimerkiksi pyhäpäivät: 2026-12-25, 2027-01-01
field-hours-day = Päivä
field-hours-minutes = Kuinka monta minuuttia?
field-hours-minutes-hint = Jos autoit puolitoista tuntia, kirjoita 90.
field-hours-note = Mitä teit? (vapaaehtoinen)

## Vuoron osallistujalista

roster-title = Ketkä tulevat
roster-fill = { $taken } / { $slots } paikkaa varattu
roster-csv = Lataa lista (CSV, taulukkolaskentaohjelmaan)
roster-confirmed = Vahvistetut
roster-attendance-later = Voit merkitä, ketkä tulivat, jo 30 minuuttia ennen alkua.
roster-nobody = Kukaan ei ole vielä ilmoittautunut.
roster-attended = Tuli
roster-no-show = Ei tullut
roster-remove = Poista
roster-waiting = Jonotuslista
roster-nobody-waiting = Kukaan ei jonota.
roster-position = sija { $position }
roster-ended = Perutut
roster-cancelled = perui
roster-removed = koordinaattori poisti
roster-late = myöhään
roster-erased-name = Entinen jäsen
roster-edit-shift = Muuta tätä aikaa
roster-edit-hint = Ei vähemmän kuin jo vahvistettuja osallistujia.
roster-edit-submit = Tallenna muutokset
field-minutes = Minuutit
roster-notice-attendance-saved = Läsnäolo tallennettu.
roster-notice-removed = Ilmoittautuminen on poistettu. Jonotuslistan ensimmäinen, jos sellainen on, saa nyt paikan.
roster-notice-shift-saved = Aikaa on muutettu. Kaikille ilmoittautuneille kerrotaan siitä.

## Omat vuorot

my-shifts-nav = Omat vuorot
my-shifts-title = Omat vuorot
my-shifts-total = Antamani tunnit:
my-shifts-calendar = Lisää vuoroni kalenteriini
my-shifts-upcoming = Tulossa
my-shifts-none-upcoming = Et ole ilmoittautunut mihinkään tulevaan.
my-shifts-recent = Äskettäin
my-shifts-none-recent = Ei mitään viimeisten 30 päivän aikana.
my-shifts-attended = Olit paikalla: { $duration }
my-shifts-no-show = Merkitty poissaolleeksi
my-shifts-done = Tehty
my-shifts-cancelled = Peruit
my-shifts-removed = Koordinaattori poisti
my-shifts-reports = Ilmoittamani tunnit
my-shifts-no-reports = Et ole ilmoittanut yhtään tuntia.
my-shifts-report-pending = odottaa vahvistusta
my-shifts-report-approved = vahvistettu
my-shifts-report-declined = hylätty
my-shifts-notice-cancelled = Ilmoittautumisesi on peruttu.

## Organisaation koontinäyttö

dashboard-link = Koontinäyttö
dashboard-title = Koontinäyttö
dashboard-publish = Julkaise tehtävä
dashboard-figures = Lukuina
dashboard-upcoming-shifts = Tulevat ajat
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Täytetyt paikat
dashboard-percent = { $percent } %
dashboard-places = { $taken } / { $slots }
dashboard-no-places = Ei tulevia paikkoja
dashboard-hours-month = Tunnit tässä kuussa
dashboard-hours-total = Tunnit yhteensä
dashboard-upcoming = Tulossa
dashboard-no-upcoming = Aikoja ei ole suunniteltu.
dashboard-fill = { $taken } / { $slots } paikkaa varattu{ $waiting ->
    [0] {""}
   *[other] , { $waiting } jonossa
}
dashboard-opportunities = Tehtävämme
dashboard-no-opportunities = Et ole vielä julkaissut mitään.
dashboard-reports = Vahvistettavat tunnit
dashboard-no-reports = Vahvistettavia tunteja ei ole.
dashboard-approve = Vahvista
dashboard-decline = Hylkää
dashboard-notice-report-approved = Tunnit on vahvistettu.
dashboard-notice-report-declined = Tunnit on hylätty.
dashboard-notice-report-decided-before = Joku oli jo tehnyt päätöksen näistä tunneista.

## Taidot ja teemat

terms-link = Taidot ja teemat
terms-title = Taidot ja teemat
terms-skills = Taidot
terms-causes = Teemat
terms-empty = Luettelo on tyhjä.
terms-rename = Nimeä uudelleen
terms-remove = Poista
terms-add = Lisää taito tai teema
terms-add-submit = Lisää
terms-kind-skill = Taito
terms-kind-cause = Teema
terms-notice-added = Lisätty.
terms-notice-renamed = Nimetty uudelleen.
terms-notice-removed = Poistettu.
field-term-kind = Mikä luettelo?
field-term-code = Koodi
field-term-code-hint = Lyhyt pysyvä nimi ohjelmia varten: 2–40 pientä kirjainta, numeroa ja yhdysmerkkiä, esimerkiksi first-aid.

# Kesto lukijalle tutussa muodossa (”1 h 15 min”); $hours ja $minutes tulevat valmiiksi muotoiltuina.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Käynnissä nyt
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Lisää syntymäaikani
terms-intro-languages = Tehtävät luokitellaan näiden luetteloiden mukaan, ja niillä voi myös suodattaa. Jokaisella kohdalla on englanninkielinen nimi; anna sille nimet kielillä, joita täällä luetaan.
field-term-english = Nimi englanniksi
terms-names-link = Nimet muilla kielillä
terms-names-title = Kohdan ”{ $name }” nimet
terms-names-intro = Anna tälle kohdalle nimi jokaisella kielellä, jota täällä luetaan. Jos kielellä ei ole nimeä, sen lukijat näkevät nimen alustan kielellä ({ $language }), muuten englanniksi. Valmiit kohdat näkyvät jo kaikilla kielillä, kunnes niiden englanninkielistä nimeä muutetaan.
terms-names-other-languages = Muut kielet
terms-names-submit = Tallenna nimet
terms-add-name-in = Nimi kielellä { $language } (vapaaehtoinen)
terms-add-name-hint = Voit antaa nimiä muilla kielillä myöhemmin.
terms-notice-named = Nimet on tallennettu.
error-term-name-english = Englanninkielinen nimi kuuluu omaan kenttäänsä.
roster-came = { $name } tuli
roster-attendance-how = Kaikki on rastitettu tulleiksi, ja minuuteiksi on merkitty ajan kesto. Poista rasti niiltä, jotka eivät tulleet, muuta minuutteja tarvittaessa ja tallenna sitten kerran.
roster-save-all = Tallenna läsnäolo
error-attendance-minutes-out-of-range = Anna minuutit kokonaislukuna: vähintään 0 ja enintään ajan kesto plus 12 tuntia.
error-too-many-marks = Lähetä kerralla enintään 1 000 henkilön läsnäolo.
opportunity-create-account = Luo tili
opportunity-notice-welcome = Tervetuloa! Tilisi on valmis: valitse alta aika ilmoittautuaksesi.
signup-cancel-title = Haluatko perua paikkasi?
signup-cancel-question = Haluatko perua paikkasi: ”{ $title }”, { $when }?
signup-cancel-hint = Paikkasi siirtyy jonotuslistan ensimmäiselle tai vapautuu taas muille. Voit ilmoittautua uudelleen niin kauan kuin paikkoja on jäljellä.
signup-cancel-confirm = Kyllä, peru paikkani
signup-cancel-keep = Ei, pidän paikkani
roster-remove-title = Haluatko poistaa jonkun tästä ajasta?
roster-remove-question = Haluatko poistaa henkilön { $name } tästä ajasta: ”{ $title }”, { $when }?
roster-remove-hint = Hänelle kerrotaan asiasta, ja paikka siirtyy jonotuslistan ensimmäiselle.
roster-remove-confirm = Kyllä, poista { $name }
roster-remove-keep = Ei, pidä listalla
