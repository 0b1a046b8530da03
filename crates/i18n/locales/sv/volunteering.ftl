# Volontärarbete: hitta uppdrag, ett uppdrags sida, pass och anmälningar,
# deltagarlistor, mina pass, organisationers översikter, färdigheter och ändamål.

## Hitta uppdrag

opportunities-title = Hitta något att göra
opportunities-find = Hitta något att göra
opportunities-filters = Filter
opportunities-more-filters = Fler filter: färdighet, ändamål, språk, datum, plats
opportunities-any = Alla
opportunities-sort-start = Snarast först
opportunities-sort-distance = Närmast först
opportunities-search = Sök
opportunities-reset = Rensa alla filter
opportunities-results = Uppdrag
opportunities-none = Inget matchar de här filtren än. Prova med färre filter eller ett större område.
opportunities-fix-filters = Rätta filtren ovan för att se resultat.
opportunities-distance = { $distance } bort
opportunities-more-shifts = { $count ->
    [one] och ett tillfälle till
   *[other] och { $count } tillfällen till
}
opportunities-next-page = Nästa sida
opportunities-list-title = Det här kan du göra hos oss
opportunities-none-published = Det finns inget att anmäla sig till just nu.

field-search-words = Sökord
field-search-words-hint = Till exempel: matbank, läsning, trädgård.
field-skill = Färdighet
field-cause = Ändamål
field-spoken-language = Språk som talas där
field-from-day = Från (dag)
field-to-day = Till (dag)
field-near = Nära den här platsen
field-near-hint = En gata, en adress, ett postnummer eller en stadsdel. Två tal från en kartapp, till exempel 51.05,3.72, fungerar också.
field-near-hint-no-places = Två tal från en kartapp, till exempel 51.05,3.72. När plattformens team har importerat gatorna fungerar också en gata eller en stadsdel.
opportunities-near-place = Nära { $place }.
opportunities-near-others = Eller nära:
error-place-not-found = Den här plattformen har ingen plats med det namnet. Prova en gata, ett postnummer eller en stadsdel, eller två tal från en kartapp, till exempel 51.05,3.72.
field-within-km = Inom (km)
field-remote-only = Bara sådant jag kan göra hemifrån
field-sort = Ordning

## Ett uppdrag

opportunity-remote = På distans: varifrån som helst
opportunity-address-unknown = Platsen bekräftas senare av organisationen
opportunity-coordinator-tools = Verktyg för samordnare
opportunity-edit = Redigera
opportunity-skills = Färdigheter
opportunity-causes = Ändamål
opportunity-languages = Språk som talas där
opportunity-min-age = Lägsta ålder
opportunity-min-age-value = { $age } år
opportunity-accessibility = Tillgänglighet
opportunity-where = Var
opportunity-shifts = När
opportunity-not-open = Det går inte att anmäla sig till det här uppdraget just nu.
opportunity-sign-in-to-sign-up = Logga in för att anmäla dig
opportunity-join-first = Gå med i den här plattformen för att anmäla dig. Det är gratis och kräver bara ett klick.
opportunity-ongoing = Det finns inga fasta tider: hjälp till när det passar dig och organisationen.
opportunity-ongoing-short = Löpande, inga fasta tider
opportunity-no-upcoming = Inga tillfällen är planerade just nu.
opportunity-dates-nav = Fler datum
opportunity-earlier-dates = Tidigare datum
opportunity-later-dates = Senare datum
opportunity-past-shifts = Tidigare tillfällen
opportunity-report-hours = Rapportera mina timmar
opportunity-report-hours-intro = Berätta för organisationen hur länge du hjälpte till. En samordnare bekräftar det.
opportunity-report-hours-submit = Rapportera de här timmarna
opportunity-times-in-zone = Datum och tider anges i plattformens tidszon ({ $zone }).
opportunity-add-shift = Lägg till ett tillfälle
opportunity-add-shift-submit = Lägg till det här tillfället
opportunity-add-series = Lägg till återkommande tillfällen
opportunity-add-series-intro = Till exempel varje tisdag från 14:00 till 17:00 fram till slutet av mars. Varje tillfälle kan ändras för sig efteråt.
opportunity-add-series-submit = Lägg till de här tillfällena
opportunity-status-draft = Utkast
opportunity-status-published = Publicerat
opportunity-status-closed = Stängt
opportunity-status-draft-hint = Bara din organisation ser det.
opportunity-status-published-hint = Alla kan hitta det och anmäla sig.
opportunity-status-closed-hint = Fortfarande synligt, men ingen kan anmäla sig.
opportunity-new-title = Publicera ett uppdrag
opportunity-new-submit = Spara uppdraget
opportunity-edit-title = Redigera uppdraget
opportunity-edit-submit = Spara ändringarna
opportunity-form-cancel = Avbryt

opportunity-notice-created = Uppdraget är sparat. Lägg nu till de tillfällen då folk kan komma.
opportunity-notice-saved = Dina ändringar är sparade.
opportunity-notice-signed-up = Du är anmäld. Tack! Du får en påminnelse dagen innan.
opportunity-notice-waitlisted = Det här tillfället är fullt: du står på väntelistan. Om en plats blir ledig är den din, och vi meddelar dig.
opportunity-notice-left = Din anmälan är avbokad.
opportunity-notice-shift-added = Tillfället har lagts till.
opportunity-notice-series-added = De återkommande tillfällena har lagts till.
opportunity-notice-shift-cancelled = Tillfället har ställts in. Alla anmälda meddelas.
opportunity-notice-hours-reported = Dina timmar är rapporterade. En samordnare kommer att bekräfta dem.

field-opportunity-title = Vad behöver göras?
field-opportunity-title-hint = Några ord, till exempel: Sortera mat på matbanken.
field-opportunity-description = Berätta mer för volontärerna
field-skills = Färdigheter som är till hjälp
field-causes = Ändamål som uppdraget stöder
field-languages = Språk som talas där
field-languages-hint = Kryssa i de språk som en volontär kan använda på plats.
field-min-age = Lägsta ålder (valfritt)
field-min-age-hint = Lämna tomt om vem som helst kan hjälpa till.
field-accessibility = Tillgänglighet (valfritt)
field-accessibility-hint = Trappsteg, hiss, toaletter, parkering, kollektivtrafik…
field-where = Var sker det?
field-where-place = På en plats
field-where-remote = På distans: varifrån som helst
field-where-place-hint = För en plats anger du adressen och läget på kartan (du kan kopiera siffrorna från en kartapp).
field-address = Adress
field-latitude = Latitud
field-latitude-hint = Till exempel 51.0543
field-longitude = Longitud
field-longitude-hint = Till exempel 3.7174
field-status = Vem kan se det?

## Pass

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 plats kvar
   *[other] { $left } platser kvar
} av { $slots }
shift-full = Fullt
shift-waiting = { $count ->
    [one] 1 person på väntelistan
   *[other] { $count } personer på väntelistan
}
shift-cancelled = Inställt
shift-sign-up = Anmäl dig
shift-join-waiting-list = Ställ dig på väntelistan
shift-you-confirmed = Du är anmäld.
shift-you-waiting = Du står på väntelistan, plats { $position }.
shift-leave = Avboka min anmälan
shift-cancel = Ställ in det här tillfället
shift-roster-link = Vilka som kommer
shift-weekday-1 = Måndag
shift-weekday-2 = Tisdag
shift-weekday-3 = Onsdag
shift-weekday-4 = Torsdag
shift-weekday-5 = Fredag
shift-weekday-6 = Lördag
shift-weekday-7 = Söndag

field-shift-day = Dag
field-start-time = Börjar
field-end-time = Slutar
field-slots = Antal platser
field-frequency = Hur ofta?
field-frequency-weekly = Varje vecka, på de dagar som är ikryssade nedan
field-frequency-daily = Varje dag
field-weekdays = Veckodagar
field-weekdays-hint = För tillfällen varje vecka. Om ingen dag är ikryssad används veckodagen för den första dagen.
field-first-day = Första dag
field-last-day = Sista dag
field-except = Dagar utan det här tillfället (valfritt)
field-except-hint = Helgdagar, till exempel: 2026-12-25, 2027-01-01
field-hours-day = Dag
field-hours-minutes = Hur många minuter?
field-hours-minutes-hint = Skriv 90 för en och en halv timme.
field-hours-note = Vad gjorde du? (valfritt)

## Ett pass deltagarlista

roster-title = Vilka som kommer
roster-fill = { $taken } av { $slots } platser tagna
roster-csv = Ladda ner listan (CSV, för kalkylark)
roster-confirmed = Bekräftade
roster-attendance-later = Du kan markera vilka som kom från 30 minuter innan tillfället börjar.
roster-nobody = Ingen har anmält sig än.
roster-attended = Kom
roster-no-show = Kom inte
roster-remove = Ta bort
roster-waiting = Väntelista
roster-nobody-waiting = Ingen väntar.
roster-position = plats { $position }
roster-ended = Avbokningar
roster-cancelled = avbokade
roster-removed = borttagen av en samordnare
roster-late = sent
roster-erased-name = En tidigare medlem
roster-edit-shift = Ändra det här tillfället
roster-edit-hint = Inte färre än antalet redan bekräftade personer.
roster-edit-submit = Spara ändringarna
field-minutes = Minuter
roster-notice-attendance-saved = Närvaron är sparad.
roster-notice-removed = Anmälan har tagits bort. Den första på väntelistan, om det finns någon, har nu platsen.
roster-notice-shift-saved = Tillfället har ändrats. Alla anmälda meddelas.

## Mina pass

my-shifts-nav = Mina pass
my-shifts-title = Mina pass
my-shifts-total = Timmar jag har gett:
my-shifts-calendar = Lägg till mina pass i min kalender
my-shifts-upcoming = Kommande
my-shifts-none-upcoming = Du har inte anmält dig till något kommande.
my-shifts-recent = Nyligen
my-shifts-none-recent = Inget de senaste 30 dagarna.
my-shifts-attended = Du kom: { $duration }
my-shifts-no-show = Markerad som frånvarande
my-shifts-done = Klart
my-shifts-cancelled = Du avbokade
my-shifts-removed = Borttagen av en samordnare
my-shifts-reports = Timmar jag har rapporterat
my-shifts-no-reports = Du har inte rapporterat några timmar.
my-shifts-report-pending = väntar på bekräftelse
my-shifts-report-approved = bekräftad
my-shifts-report-declined = avslagen
my-shifts-notice-cancelled = Din anmälan är avbokad.

## En organisations översikt

dashboard-link = Översikt
dashboard-title = Översikt
dashboard-publish = Publicera ett uppdrag
dashboard-figures = I siffror
dashboard-upcoming-shifts = Kommande tillfällen
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Tillsatta platser
dashboard-percent = { $percent } %
dashboard-places = { $taken } av { $slots }
dashboard-no-places = Inga kommande platser
dashboard-hours-month = Timmar den här månaden
dashboard-hours-total = Timmar totalt
dashboard-upcoming = Kommande
dashboard-no-upcoming = Inga tillfällen är planerade.
dashboard-fill = { $taken } av { $slots } platser tagna{ $waiting ->
    [0] {""}
   *[other] , { $waiting } väntar
}
dashboard-opportunities = Våra uppdrag
dashboard-no-opportunities = Du har inte publicerat något än.
dashboard-reports = Timmar att bekräfta
dashboard-no-reports = Inga timmar väntar på dig.
dashboard-approve = Bekräfta
dashboard-decline = Avslå
dashboard-notice-report-approved = Timmarna är bekräftade.
dashboard-notice-report-declined = Timmarna är avslagna.
dashboard-notice-report-decided-before = Någon hade redan fattat beslut om de här timmarna.

## Färdigheter och ändamål

terms-link = Färdigheter och ändamål
terms-title = Färdigheter och ändamål
terms-skills = Färdigheter
terms-causes = Ändamål
terms-empty = Listan är tom.
terms-rename = Byt namn
terms-remove = Ta bort
terms-add = Lägg till en färdighet eller ett ändamål
terms-add-submit = Lägg till
terms-kind-skill = En färdighet
terms-kind-cause = Ett ändamål
terms-notice-added = Tillagd.
terms-notice-renamed = Namnet har ändrats.
terms-notice-removed = Borttagen.
field-term-kind = Vilken lista?
field-term-code = Kod
field-term-code-hint = Ett kort, fast namn för program: 2 till 40 små bokstäver, siffror och bindestreck, som first-aid.

# En tidslängd så som läsaren är van att se den (”1 tim 15 min”); $hours och $minutes kommer redan formaterade.
duration-minutes = { $minutes } min
duration-hours = { $hours } tim
duration-hours-minutes = { $hours } tim { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Pågår nu
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Lägg till mitt födelsedatum
terms-intro-languages = Uppdrag delas in efter de här listorna, och folk kan filtrera på dem. Varje post har ett namn på engelska; ge den namn på de språk som folk här läser.
field-term-english = Namn på engelska
terms-names-link = Namn på andra språk
terms-names-title = Namnen för ”{ $name }”
terms-names-intro = Ge den här posten ett namn på varje språk som folk här läser. Saknar ett språk namn ser dess läsare namnet på { $language }, annars på engelska. Standardposterna finns redan på alla språk, tills deras engelska namn ändras.
terms-names-other-languages = Andra språk
terms-names-submit = Spara namnen
terms-add-name-in = Namn på { $language } (valfritt)
terms-add-name-hint = Du kan ange namn på andra språk efteråt.
terms-notice-named = Namnen har sparats.
error-term-name-english = Det engelska namnet hör hemma i ett eget fält.
roster-came = { $name } kom
roster-attendance-how = Alla är ikryssade som att de kom, med tillfällets minuter. Kryssa ur dem som inte kom, ändra minuterna där det behövs och spara sedan en gång.
roster-save-all = Spara närvaron
error-attendance-minutes-out-of-range = Ange minuterna som ett heltal, från 0 upp till tillfällets längd plus 12 timmar.
error-too-many-marks = Skicka närvaron för högst 1 000 personer åt gången.
opportunity-create-account = Skapa ett konto
opportunity-notice-welcome = Välkommen! Ditt konto är klart: välj ett tillfälle nedan för att anmäla dig.
signup-cancel-title = Vill du avboka din plats?
signup-cancel-question = Vill du avboka din plats på ”{ $title }”, { $when }?
signup-cancel-hint = Din plats går till den första på väntelistan eller blir ledig igen. Du kan anmäla dig igen så länge det finns platser kvar.
signup-cancel-confirm = Ja, avboka min plats
signup-cancel-keep = Nej, behåll min plats
roster-remove-title = Vill du ta bort någon från det här tillfället?
roster-remove-question = Vill du ta bort { $name } från ”{ $title }”, { $when }?
roster-remove-hint = Personen får ett meddelande och platsen går till den första på väntelistan.
roster-remove-confirm = Ja, ta bort { $name }
roster-remove-keep = Nej, behåll anmälan
