# Vrijwilligerswerk: vacatures zoeken, de pagina van een vacature, diensten en inschrijvingen,
# aanwezigheidslijsten, mijn diensten, dashboards van organisaties, vaardigheden en thema's.

## Vacatures zoeken

opportunities-title = Vind iets om te doen
opportunities-find = Vind iets om te doen
opportunities-filters = Filters
opportunities-more-filters = Meer filters: vaardigheid, thema, taal, data, plaats
opportunities-any = Maakt niet uit
opportunities-sort-start = Eerstvolgende eerst
opportunities-sort-distance = Dichtstbij eerst
opportunities-search = Zoeken
opportunities-reset = Alle filters wissen
opportunities-results = Vacatures
opportunities-none = Er past nog niets bij deze filters. Probeer minder filters of een groter gebied.
opportunities-fix-filters = Verbeter de filters hierboven om resultaten te zien.
opportunities-distance = op { $distance }
opportunities-more-shifts = { $count ->
    [one] en nog één moment
   *[other] en nog { $count } momenten
}
opportunities-next-page = Volgende pagina
opportunities-list-title = Wat je bij ons kunt doen
opportunities-none-published = Er is op dit moment niets om je voor in te schrijven.

field-search-words = Zoekwoorden
field-search-words-hint = Bijvoorbeeld: voedselbank, voorlezen, tuin.
field-skill = Vaardigheid
field-cause = Thema
field-spoken-language = Taal die er gesproken wordt
field-from-day = Van (dag)
field-to-day = Tot en met (dag)
field-near = In de buurt van deze plaats
field-near-hint = Een straat, een adres, een postcode of een wijk. Twee getallen uit een kaartenapp, zoals 51.05,3.72, kunnen ook.
field-near-hint-no-places = Twee getallen uit een kaartenapp, zoals 51.05,3.72. Zodra het platformteam de straten heeft geïmporteerd, werkt ook een straat of een wijk.
opportunities-near-place = In de buurt van { $place }.
opportunities-near-others = Of in de buurt van:
error-place-not-found = Dit platform kent geen plaats met die naam. Probeer een straat, een postcode of een wijk, of twee getallen uit een kaartenapp, zoals 51.05,3.72.
field-within-km = Binnen (km)
field-remote-only = Alleen wat ik van thuis uit kan doen
field-sort = Volgorde

## Eén vacature

opportunity-remote = Op afstand: van overal
opportunity-address-unknown = Plaats nog te bevestigen door de organisatie
opportunity-coordinator-tools = Hulpmiddelen voor coördinatoren
opportunity-edit = Bewerken
opportunity-skills = Vaardigheden
opportunity-causes = Thema's
opportunity-languages = Talen die er gesproken worden
opportunity-min-age = Minimumleeftijd
opportunity-min-age-value = { $age } jaar
opportunity-accessibility = Toegankelijkheid
opportunity-where = Waar
opportunity-shifts = Wanneer
opportunity-not-open = Voor deze vacature kun je je op dit moment niet inschrijven.
opportunity-sign-in-to-sign-up = Log in om je in te schrijven
opportunity-join-first = Word lid van dit platform om je in te schrijven. Het is gratis en kost maar één klik.
opportunity-ongoing = Er zijn geen vaste momenten: help wanneer het jou en de organisatie past.
opportunity-ongoing-short = Doorlopend, geen vaste momenten
opportunity-no-upcoming = Er zijn op dit moment geen momenten gepland.
opportunity-dates-nav = Meer datums
opportunity-earlier-dates = Eerdere datums
opportunity-later-dates = Latere datums
opportunity-past-shifts = Eerdere momenten
opportunity-report-hours = Mijn uren doorgeven
opportunity-report-hours-intro = Laat de organisatie weten hoe lang je geholpen hebt. Een coördinator bevestigt het.
opportunity-report-hours-submit = Deze uren doorgeven
opportunity-times-in-zone = Datums en tijden staan in de tijdzone van het platform ({ $zone }).
opportunity-add-shift = Een moment toevoegen
opportunity-add-shift-submit = Dit moment toevoegen
opportunity-add-series = Terugkerende momenten toevoegen
opportunity-add-series-intro = Bijvoorbeeld elke dinsdag van 14:00 tot 17:00 tot eind maart. Elk moment kan daarna apart worden gewijzigd.
opportunity-add-series-submit = Deze momenten toevoegen
opportunity-status-draft = Concept
opportunity-status-published = Gepubliceerd
opportunity-status-closed = Gesloten
opportunity-status-draft-hint = Alleen je organisatie ziet het.
opportunity-status-published-hint = Iedereen kan het vinden en zich inschrijven.
opportunity-status-closed-hint = Nog zichtbaar, maar niemand kan zich inschrijven.
opportunity-new-title = Een vacature publiceren
opportunity-new-submit = Vacature opslaan
opportunity-edit-title = Vacature bewerken
opportunity-edit-submit = Wijzigingen opslaan
opportunity-form-cancel = Annuleren

opportunity-notice-created = De vacature is opgeslagen. Voeg nu de momenten toe waarop mensen kunnen komen.
opportunity-notice-saved = Je wijzigingen zijn opgeslagen.
opportunity-notice-signed-up = Je bent ingeschreven. Bedankt! Je krijgt de dag ervoor een herinnering.
opportunity-notice-waitlisted = Dit moment is vol: je staat op de wachtlijst. Als er een plek vrijkomt, is die voor jou en laten we het je weten.
opportunity-notice-left = Je inschrijving is geannuleerd.
opportunity-notice-shift-added = Het moment is toegevoegd.
opportunity-notice-series-added = De terugkerende momenten zijn toegevoegd.
opportunity-notice-shift-cancelled = Het moment is geannuleerd. Iedereen die ingeschreven was, krijgt bericht.
opportunity-notice-hours-reported = Je uren zijn doorgegeven. Een coördinator zal ze bevestigen.

field-opportunity-title = Wat moet er gebeuren?
field-opportunity-title-hint = Een paar woorden, bijvoorbeeld: Voedsel sorteren bij de voedselbank.
field-opportunity-description = Vertel vrijwilligers meer
field-skills = Handige vaardigheden
field-causes = Thema's waaraan het bijdraagt
field-languages = Talen die er gesproken worden
field-languages-hint = Vink de talen aan die een vrijwilliger ter plaatse kan gebruiken.
field-min-age = Minimumleeftijd (optioneel)
field-min-age-hint = Laat leeg als iedereen kan helpen.
field-accessibility = Toegankelijkheid (optioneel)
field-accessibility-hint = Trappen, lift, toiletten, parkeren, openbaar vervoer…
field-where = Waar vindt het plaats?
field-where-place = Op een plaats
field-where-remote = Op afstand: van overal
field-where-place-hint = Geef voor een plaats het adres en de positie op de kaart (je kunt de getallen uit een kaartenapp kopiëren).
field-address = Adres
field-latitude = Breedtegraad
field-latitude-hint = Bijvoorbeeld 51.0543
field-longitude = Lengtegraad
field-longitude-hint = Bijvoorbeeld 3.7174
field-status = Wie kan het zien?

## Diensten

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] nog 1 plek vrij
   *[other] nog { $left } plekken vrij
} van { $slots }
shift-full = Vol
shift-waiting = { $count ->
    [one] 1 persoon op de wachtlijst
   *[other] { $count } mensen op de wachtlijst
}
shift-cancelled = Geannuleerd
shift-sign-up = Inschrijven
shift-join-waiting-list = Op de wachtlijst gaan staan
shift-you-confirmed = Je bent ingeschreven.
shift-you-waiting = Je staat op de wachtlijst, op plaats { $position }.
shift-leave = Mijn inschrijving annuleren
shift-cancel = Dit moment annuleren
shift-roster-link = Wie er komt
shift-weekday-1 = Maandag
shift-weekday-2 = Dinsdag
shift-weekday-3 = Woensdag
shift-weekday-4 = Donderdag
shift-weekday-5 = Vrijdag
shift-weekday-6 = Zaterdag
shift-weekday-7 = Zondag

field-shift-day = Dag
field-start-time = Begint om
field-end-time = Eindigt om
field-slots = Aantal plekken
field-frequency = Hoe vaak?
field-frequency-weekly = Elke week, op de dagen die hieronder zijn aangevinkt
field-frequency-daily = Elke dag
field-weekdays = Dagen van de week
field-weekdays-hint = Voor wekelijkse momenten. Als er geen enkele is aangevinkt, wordt de weekdag van de eerste dag gebruikt.
field-first-day = Eerste dag
field-last-day = Laatste dag
field-except = Dagen zonder dit moment (optioneel)
field-except-hint = Feestdagen, bijvoorbeeld: 2026-12-25, 2027-01-01
field-hours-day = Dag
field-hours-minutes = Hoeveel minuten?
field-hours-minutes-hint = Schrijf 90 voor anderhalf uur.
field-hours-note = Wat heb je gedaan? (optioneel)

## De lijst van een dienst

roster-title = Wie er komt
roster-fill = { $taken } van { $slots } plekken bezet
roster-csv = De lijst downloaden (CSV, voor een spreadsheet)
roster-confirmed = Bevestigd
roster-attendance-later = Vanaf 30 minuten voor het begin kun je aanduiden wie er gekomen is.
roster-nobody = Er heeft zich nog niemand ingeschreven.
roster-attended = Gekomen
roster-no-show = Niet gekomen
roster-remove = Verwijderen
roster-waiting = Wachtlijst
roster-nobody-waiting = Er wacht niemand.
roster-position = plaats { $position }
roster-ended = Geannuleerd
roster-cancelled = geannuleerd
roster-removed = verwijderd door een coördinator
roster-late = laat
roster-erased-name = Een voormalig lid
roster-edit-shift = Dit moment wijzigen
roster-edit-hint = Niet minder dan het aantal mensen dat al bevestigd is.
roster-edit-submit = Wijzigingen opslaan
field-minutes = Minuten
roster-notice-attendance-saved = Aanwezigheid opgeslagen.
roster-notice-removed = De inschrijving is verwijderd. De eerste persoon op de wachtlijst, als die er is, krijgt nu de plek.
roster-notice-shift-saved = Het moment is gewijzigd. Iedereen die ingeschreven is, krijgt bericht.

## Mijn diensten

my-shifts-nav = Mijn diensten
my-shifts-title = Mijn diensten
my-shifts-total = Uren die ik heb gegeven:
my-shifts-calendar = Mijn diensten aan mijn agenda toevoegen
my-shifts-upcoming = Binnenkort
my-shifts-none-upcoming = Je bent voor niets ingeschreven dat binnenkort plaatsvindt.
my-shifts-recent = Onlangs
my-shifts-none-recent = Niets in de afgelopen 30 dagen.
my-shifts-attended = Je was er: { $duration }
my-shifts-no-show = Als afwezig aangeduid
my-shifts-done = Afgerond
my-shifts-cancelled = Je hebt geannuleerd
my-shifts-removed = Verwijderd door een coördinator
my-shifts-reports = Uren die ik heb doorgegeven
my-shifts-no-reports = Je hebt nog geen uren doorgegeven.
my-shifts-report-pending = wacht op bevestiging
my-shifts-report-approved = bevestigd
my-shifts-report-declined = afgewezen
my-shifts-notice-cancelled = Je inschrijving is geannuleerd.

## Het dashboard van een organisatie

dashboard-link = Dashboard
dashboard-title = Dashboard
dashboard-publish = Een vacature publiceren
dashboard-figures = In cijfers
dashboard-upcoming-shifts = Komende momenten
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Bezette plekken
dashboard-percent = { $percent }%
dashboard-places = { $taken } van { $slots }
dashboard-no-places = Geen komende plekken
dashboard-hours-month = Uren deze maand
dashboard-hours-total = Uren in totaal
dashboard-upcoming = Binnenkort
dashboard-no-upcoming = Er zijn geen momenten gepland.
dashboard-fill = { $taken } van { $slots } plekken bezet{ $waiting ->
    [0] {""}
   *[other] , { $waiting } op de wachtlijst
}
dashboard-opportunities = Onze vacatures
dashboard-no-opportunities = Je hebt nog niets gepubliceerd.
dashboard-reports = Te bevestigen uren
dashboard-no-reports = Er wachten geen uren op jou.
dashboard-approve = Bevestigen
dashboard-decline = Afwijzen
dashboard-notice-report-approved = De uren zijn bevestigd.
dashboard-notice-report-declined = De uren zijn afgewezen.
dashboard-notice-report-decided-before = Iemand had al over deze uren beslist.

## Vaardigheden en thema's

terms-link = Vaardigheden en thema's
terms-title = Vaardigheden en thema's
terms-skills = Vaardigheden
terms-causes = Thema's
terms-empty = De lijst is leeg.
terms-rename = Naam wijzigen
terms-remove = Verwijderen
terms-add = Een vaardigheid of thema toevoegen
terms-add-submit = Toevoegen
terms-kind-skill = Een vaardigheid
terms-kind-cause = Een thema
terms-notice-added = Toegevoegd.
terms-notice-renamed = Naam gewijzigd.
terms-notice-removed = Verwijderd.
field-term-kind = Welke lijst?
field-term-code = Code
field-term-code-hint = Een korte, vaste naam voor programma's: 2 tot 40 kleine letters, cijfers en koppeltekens, zoals first-aid.

# Een tijdsduur zoals de lezer die gewend is ("1 u 15 min"); $hours en $minutes komen al opgemaakt binnen.
duration-minutes = { $minutes } min
duration-hours = { $hours } u
duration-hours-minutes = { $hours } u { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Nu bezig
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Mijn geboortedatum toevoegen
terms-intro-languages = Vacatures worden met deze lijsten ingedeeld, en mensen filteren erop. Elk item heeft een Engelse naam; geef het namen in de talen die mensen hier lezen.
field-term-english = Naam in het Engels
terms-names-link = Namen in andere talen
terms-names-title = Namen van “{ $name }”
terms-names-intro = Geef dit item een naam in elke taal die mensen hier lezen. Heeft een taal er geen, dan zien de lezers ervan de naam in het { $language }, anders in het Engels. De standaarditems zijn al in elke taal te lezen, tot hun Engelse naam wordt gewijzigd.
terms-names-other-languages = Andere talen
terms-names-submit = Namen opslaan
terms-add-name-in = Naam in het { $language } (optioneel)
terms-add-name-hint = Namen in andere talen kun je daarna toevoegen.
terms-notice-named = De namen zijn opgeslagen.
error-term-name-english = De Engelse naam hoort in een eigen veld.
roster-came = { $name } is gekomen
roster-attendance-how = Iedereen is aangevinkt als gekomen, met de minuten van het moment. Vink uit wie niet gekomen is, pas de minuten aan waar nodig en sla dan één keer op.
roster-save-all = Aanwezigheid opslaan
error-attendance-minutes-out-of-range = Geef de minuten op als geheel getal, van 0 tot de duur van het moment plus 12 uur.
error-too-many-marks = Stuur de aanwezigheid van hoogstens 1.000 mensen tegelijk.
opportunity-create-account = Account aanmaken
opportunity-notice-welcome = Welkom! Je account is klaar: kies hieronder een moment om je in te schrijven.
signup-cancel-title = Wil je je plek opgeven?
signup-cancel-question = Wil je je plek bij “{ $title }”, { $when }, opgeven?
signup-cancel-hint = Je plek gaat naar de eerste persoon op de wachtlijst of komt weer vrij. Je kunt je opnieuw inschrijven zolang er nog plekken vrij zijn.
signup-cancel-confirm = Ja, mijn plek opgeven
signup-cancel-keep = Nee, mijn plek houden
roster-remove-title = Wil je iemand van dit moment verwijderen?
roster-remove-question = Wil je { $name } verwijderen van “{ $title }”, { $when }?
roster-remove-hint = Diegene krijgt bericht en de plek gaat naar de eerste persoon op de wachtlijst.
roster-remove-confirm = Ja, { $name } verwijderen
roster-remove-keep = Nee, ingeschreven laten
