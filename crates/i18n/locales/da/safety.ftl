## Faste tilbud, tak, blokeringer, rapporter og moderation.

error-blocked = En af jer har blokeret den anden: Du kan ikke sende tilbud eller beskeder til denne person.
error-account-suspended = Denne konto er suspenderet. Kontakt venligst dem, der driver dette websted, hvis du mener, det er en fejl.
error-platform-suspended = Holdet bag denne platform har suspenderet dig her: Du kan stadig læse, men ikke bede om eller tilbyde hjælp, tilmelde dig eller skrive. Kontakt dem venligst, hvis du mener, det er en fejl.
error-moderate-admin = Platformens administratorer kan ikke advares eller suspenderes her. De, der driver webstedet, kan hjælpe.
error-block-self = Du kan ikke blokere dig selv.
error-report-kind-unknown = Vælg, hvad du vil rapportere: en anmodning, et tilbud eller en besked.
error-report-target-unknown = Der er intet at rapportere her, eller du kan ikke se det.
error-moderation-action-unknown = Vælg en af handlingerne: skjul, advar, suspender, genindsæt eller afvis.
error-moderate-self = Du kan ikke advare eller suspendere dig selv.
error-standing-km-out-of-range = Vælg en afstand fra 1 til 10 km.
error-request-not-completed = Du kan sige tak, når hjælpen er markeret som udført.
error-taken-thanks = Du har allerede sagt tak for denne anmodning.
error-unknown-standing-offer = Der findes ikke sådan et fast tilbud.
error-unknown-block = Du har ikke blokeret denne person.
error-category-in-use = Anmodninger eller faste tilbud bruger denne kategori, så den kan ikke fjernes. Giv den et nyt navn i stedet.

## Faste tilbud
standing-title = Det kan jeg gøre for mine naboer
standing-intro = Fortæl én gang, hvad du kan hjælpe med, hvor og på hvilke dage. Når en nabo beder om hjælp, der passer, giver vi dig besked. Ingen kan se, hvor du tager af sted fra.
standing-mine = Mine faste tilbud
standing-none = Du har endnu ikke noget fast tilbud.
standing-withdraw = Stop dette tilbud
standing-new = Et nyt fast tilbud
standing-what = Hvad kan du hjælpe med?
standing-any-help = Al slags hjælp
standing-every-day = Hver dag
standing-within = inden for { $distance }
standing-days = På hvilke dage?
standing-days-hint = Sæt ingen krydser for hver dag.
standing-km = Hvor langt vil du gå, i km?
standing-km-hint = Op til 10 km. 1 km er omkring 15 minutters gang.
standing-point-hint = Hvor du tager af sted fra, for eksempel dit hjem. Kun du kan se det.
standing-note = Et par ord (valgfrit)
standing-note-hint = For eksempel: Jeg har bil, eller jeg kan bære tunge tasker.
standing-publish = Offentliggør mit tilbud
standing-notice-published = Dit faste tilbud er offentliggjort. Vi giver dig besked om anmodninger, der passer.
standing-notice-withdrawn = Dit faste tilbud er trukket tilbage.
help-page-standing-link = Det kan jeg gøre for mine naboer

## Tak
thanks-title = Sig tak
thanks-intro = Hjælpen er udført. Du kan skrive en kort, privat hilsen til den anden person.
thanks-label = Din hilsen
thanks-submit = Send min tak
thanks-received = Hilsner med tak

## Rapporter
report-title = Rapportér et problem
report-intro = Du rapporterer { $what } til holdet, der driver denne platform.
report-what-request = en anmodning
report-what-offer = et tilbud
report-what-message = en besked
report-reason = Hvad er der galt?
report-reason-hint = Holdet læser alle rapporter. Den person, du rapporterer, kan ikke se dit navn.
report-submit = Send rapporten
report-sent = Tak. Holdet kigger på din rapport. Hvis denne person generer dig, kan du også blokere vedkommende.
report-link = Rapportér et problem

## Blokeringer
block-title = Bloker en person
block-question = Vil du blokere { $name }?
block-explained = Når personen er blokeret, kan vedkommende ikke tilbyde dig hjælp eller skrive til dig, og du kan ikke tilbyde vedkommende hjælp eller skrive til vedkommende. Personen får ikke besked.
block-submit = Ja, bloker denne person
block-cancel = Nej, gå tilbage
block-link = Bloker denne person
blocks-title = Personer, jeg har blokeret
blocks-intro = Personer, du har blokeret, kan ikke tilbyde dig hjælp eller skrive til dig.
blocks-none = Du har ikke blokeret nogen.
blocks-unblock = Fjern blokering
blocks-notice-blocked = Denne person er blokeret.
blocks-notice-unblocked = Denne person er ikke længere blokeret.

## Moderation
moderation-title = Moderation
moderation-intro = Rapporter fra medlemmer, de ældste først. Hver handling logges med dit navn og din begrundelse.
moderation-reports = Rapporter, der skal ses på
moderation-empty = Der er ingen rapporter at se på.
moderation-suspended = suspenderet
moderation-hidden = skjult
moderation-open-request = Åbn anmodningen
moderation-reported-by = Rapporteret af { $name }
moderation-reason = Begrundelse
moderation-hide = Skjul det
moderation-warn = Advar forfatteren
moderation-suspend = Suspender forfatteren
moderation-dismiss = Intet galt
moderation-reinstate = Ophæv suspenderingen
moderation-log = Hvad holdet har gjort
moderation-log-empty = Intet endnu.
moderation-log-when = Hvornår
moderation-log-who = Hvem
moderation-log-what = Hvad
moderation-log-person = Person
moderation-log-undo = Fortryd
moderation-done-hide = skjulte indhold
moderation-done-warn = advarede
moderation-done-suspend = suspenderede
moderation-done-reinstate = ophævede en suspendering
moderation-done-dismiss = lukkede en rapport
moderation-notice-hide = Indholdet er skjult.
moderation-notice-warn = Forfatteren er advaret.
moderation-notice-suspend = Kontoen er suspenderet og logget ud.
moderation-notice-reinstate = Suspenderingen er ophævet.
moderation-notice-dismiss = Rapporten er lukket.
moderation-link = Moderation
# Leaves the report form for the page the person was reading.
report-cancel = Tilbage
