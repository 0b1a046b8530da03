## Stående erbjudanden, tack, blockeringar, anmälningar och moderering.

error-blocked = En av er har blockerat den andra: du kan inte skicka erbjudanden eller meddelanden till den här personen.
error-account-suspended = Det här kontot är avstängt. Kontakta dem som driver den här webbplatsen om du tror att det är ett misstag.
error-platform-suspended = Teamet på den här plattformen har stängt av dig här: du kan fortfarande läsa, men inte be om eller erbjuda hjälp, anmäla dig eller skriva. Kontakta dem om du tror att det är ett misstag.
error-moderate-admin = Plattformens administratörer kan inte varnas eller stängas av här. De som driver webbplatsen kan hjälpa till.
error-block-self = Du kan inte blockera dig själv.
error-report-kind-unknown = Välj vad du anmäler: en förfrågan, ett erbjudande eller ett meddelande.
error-report-target-unknown = Det finns inget att anmäla här, eller så kan du inte se det.
error-moderation-action-unknown = Välj en av åtgärderna: dölj, varna, stäng av, återställ eller avfärda.
error-moderate-self = Du kan inte varna eller stänga av dig själv.
error-standing-km-out-of-range = Välj ett avstånd från 1 till 10 km.
error-request-not-completed = Du kan tacka när hjälpen är markerad som klar.
error-taken-thanks = Du har redan lämnat ett tack för den här förfrågan.
error-unknown-standing-offer = Det stående erbjudandet finns inte.
error-unknown-block = Du har inte blockerat den här personen.
error-category-in-use = Förfrågningar eller stående erbjudanden använder den här kategorin, så den kan inte tas bort. Byt namn på den i stället.

## Stående erbjudanden
standing-title = Vad jag kan göra för mina grannar
standing-intro = Berätta en gång vad du kan hjälpa till med, var och vilka dagar. När en granne ber om hjälp som passar säger vi till. Ingen ser var du utgår ifrån.
standing-mine = Mina stående erbjudanden
standing-none = Du har inget stående erbjudande än.
standing-withdraw = Avsluta det här erbjudandet
standing-new = Ett nytt stående erbjudande
standing-what = Vad kan du hjälpa till med?
standing-any-help = All slags hjälp
standing-every-day = Varje dag
standing-within = inom { $distance }
standing-days = Vilka dagar?
standing-days-hint = Kryssa inte i något om alla dagar passar.
standing-km = Hur långt kan du tänka dig att gå eller åka, i km?
standing-km-hint = Upp till 10 km. 1 km är ungefär en kvarts promenad.
standing-point-hint = Var du utgår ifrån, till exempel ditt hem. Bara du ser det.
standing-note = Några ord (frivilligt)
standing-note-hint = Till exempel: jag har bil, eller jag kan bära tunga kassar.
standing-publish = Publicera mitt erbjudande
standing-notice-published = Ditt stående erbjudande är publicerat. Vi säger till när det finns förfrågningar som passar.
standing-notice-withdrawn = Ditt stående erbjudande är avslutat.
help-page-standing-link = Vad jag kan göra för mina grannar

## Tack
thanks-title = Säg tack
thanks-intro = Hjälpen är klar. Du kan lämna en kort personlig hälsning till den andra personen.
thanks-label = Din hälsning
thanks-submit = Skicka mitt tack
thanks-received = Tackhälsningar

## Anmälningar
report-title = Anmäl ett problem
report-intro = Du anmäler { $what } till teamet som driver den här plattformen.
report-what-request = en förfrågan
report-what-offer = ett erbjudande
report-what-message = ett meddelande
report-reason = Vad är fel?
report-reason-hint = Teamet läser varje anmälan. Personen du anmäler ser inte ditt namn.
report-submit = Skicka anmälan
report-sent = Tack. Teamet kommer att titta på din anmälan. Om den här personen stör dig kan du också blockera hen.
report-link = Anmäl ett problem

## Blockeringar
block-title = Blockera en person
block-question = Blockera { $name }?
block-explained = När personen är blockerad kan hen inte erbjuda dig hjälp eller skriva till dig, och du kan inte erbjuda hen hjälp eller skriva till hen. Personen får inte veta det.
block-submit = Ja, blockera den här personen
block-cancel = Nej, gå tillbaka
block-link = Blockera den här personen
blocks-title = Personer jag har blockerat
blocks-intro = Personer du har blockerat kan inte erbjuda dig hjälp eller skriva till dig.
blocks-none = Du har inte blockerat någon.
blocks-unblock = Häv blockeringen
blocks-notice-blocked = Personen är blockerad.
blocks-notice-unblocked = Personen är inte längre blockerad.

## Moderering
moderation-title = Moderering
moderation-intro = Anmälningar från medlemmar, äldsta först. Varje åtgärd loggas med ditt namn och ditt skäl.
moderation-reports = Anmälningar att titta på
moderation-empty = Det finns ingen anmälan att titta på.
moderation-suspended = avstängd
moderation-hidden = dold
moderation-open-request = Öppna förfrågan
moderation-reported-by = Anmäld av { $name }
moderation-reason = Skäl
moderation-hide = Dölj
moderation-warn = Varna skribenten
moderation-suspend = Stäng av skribenten
moderation-dismiss = Inget fel
moderation-reinstate = Häv avstängningen
moderation-log = Vad teamet har gjort
moderation-log-empty = Inget än.
moderation-log-when = När
moderation-log-who = Vem
moderation-log-what = Vad
moderation-log-person = Person
moderation-log-undo = Ångra
moderation-done-hide = dolde innehåll
moderation-done-warn = varnade
moderation-done-suspend = stängde av
moderation-done-reinstate = hävde en avstängning
moderation-done-dismiss = stängde en anmälan
moderation-notice-hide = Innehållet är dolt.
moderation-notice-warn = Skribenten har varnats.
moderation-notice-suspend = Kontot är avstängt och utloggat.
moderation-notice-reinstate = Avstängningen är hävd.
moderation-notice-dismiss = Anmälan är stängd.
moderation-link = Moderering
# Leaves the report form for the page the person was reading.
report-cancel = Tillbaka
