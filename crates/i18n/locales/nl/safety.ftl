## Vaste aanbiedingen, bedankjes, blokkeren, meldingen en moderatie.

error-blocked = Een van jullie heeft de ander geblokkeerd: je kunt deze persoon geen aanbiedingen of berichten sturen.
error-account-suspended = Dit account is geschorst. Neem contact op met de mensen die deze site beheren als je denkt dat dit een vergissing is.
error-platform-suspended = Het team van dit platform heeft je hier geschorst: je kunt nog lezen, maar niet om hulp vragen, hulp aanbieden, je inschrijven of schrijven. Neem contact met hen op als je denkt dat dit een vergissing is.
error-moderate-admin = Beheerders van het platform kun je hier niet waarschuwen of schorsen. De mensen die de site beheren, kunnen helpen.
error-block-self = Je kunt jezelf niet blokkeren.
error-report-kind-unknown = Kies wat je wilt melden: een hulpvraag, een aanbod of een bericht.
error-report-target-unknown = Hier is niets te melden, of je kunt het niet zien.
error-moderation-action-unknown = Kies een van de acties: verbergen, waarschuwen, schorsen, herstellen of afsluiten.
error-moderate-self = Je kunt jezelf niet waarschuwen of schorsen.
error-standing-km-out-of-range = Kies een afstand van 1 tot 10 km.
error-request-not-completed = Je kunt bedanken zodra de hulp als afgerond is gemarkeerd.
error-taken-thanks = Je hebt al een bedankje achtergelaten voor deze hulpvraag.
error-unknown-standing-offer = Dit vaste aanbod bestaat niet.
error-unknown-block = Je hebt deze persoon niet geblokkeerd.
error-category-in-use = Hulpvragen of vaste aanbiedingen gebruiken deze categorie, dus je kunt ze niet verwijderen. Geef ze in plaats daarvan een andere naam.

## Vaste aanbiedingen
standing-title = Wat ik voor mijn buren kan doen
standing-intro = Zeg één keer waarmee je kunt helpen, waar en op welke dagen. Als een buur om hulp vraagt die daarbij past, laten we het je weten. Niemand ziet waar je vertrekt.
standing-mine = Mijn vaste aanbiedingen
standing-none = Je hebt nog geen vast aanbod.
standing-withdraw = Dit aanbod stoppen
standing-new = Een nieuw vast aanbod
standing-what = Waarmee kun je helpen?
standing-any-help = Elke soort hulp
standing-every-day = Elke dag
standing-within = binnen { $distance }
standing-days = Op welke dagen?
standing-days-hint = Vink niets aan voor elke dag.
standing-km = Hoe ver wil je gaan, in km?
standing-km-hint = Tot 10 km. 1 km is ongeveer een kwartier lopen.
standing-point-hint = Waar je vertrekt, bijvoorbeeld je huis. Alleen jij ziet dit.
standing-note = Een paar woorden (niet verplicht)
standing-note-hint = Bijvoorbeeld: ik heb een auto, of ik kan zware tassen dragen.
standing-publish = Mijn aanbod publiceren
standing-notice-published = Je vaste aanbod is gepubliceerd. We laten je weten wanneer er hulpvragen zijn die passen.
standing-notice-withdrawn = Je vaste aanbod is gestopt.
help-page-standing-link = Wat ik voor mijn buren kan doen

## Bedankjes
thanks-title = Bedanken
thanks-intro = De hulp is gegeven. Je kunt een kort, persoonlijk berichtje achterlaten voor de ander.
thanks-label = Je berichtje
thanks-submit = Mijn bedankje sturen
thanks-received = Bedankjes

## Meldingen
report-title = Een probleem melden
report-intro = Je meldt { $what } aan het team dat dit platform beheert.
report-what-request = een hulpvraag
report-what-offer = een aanbod
report-what-message = een bericht
report-reason = Wat is er mis?
report-reason-hint = Het team leest elke melding. De persoon die je meldt, ziet je naam niet.
report-submit = Melding versturen
report-sent = Dank je wel. Het team bekijkt je melding. Als deze persoon je lastigvalt, kun je hem of haar ook blokkeren.
report-link = Een probleem melden

## Blokkeren
block-title = Iemand blokkeren
block-question = { $name } blokkeren?
block-explained = Als deze persoon geblokkeerd is, kan die je geen hulp meer aanbieden en je niet meer schrijven, en kun jij die persoon geen hulp aanbieden en niet schrijven. Die persoon krijgt dit niet te horen.
block-submit = Ja, deze persoon blokkeren
block-cancel = Nee, ga terug
block-link = Deze persoon blokkeren
blocks-title = Mensen die ik heb geblokkeerd
blocks-intro = Mensen die je hebt geblokkeerd, kunnen je geen hulp aanbieden en je niet schrijven.
blocks-none = Je hebt niemand geblokkeerd.
blocks-unblock = Deblokkeren
blocks-notice-blocked = Deze persoon is geblokkeerd.
blocks-notice-unblocked = Deze persoon is niet meer geblokkeerd.

## Moderatie
moderation-title = Moderatie
moderation-intro = Meldingen van leden, oudste eerst. Elke actie wordt vastgelegd met je naam en je reden.
moderation-reports = Meldingen om te bekijken
moderation-empty = Er zijn geen meldingen om te bekijken.
moderation-suspended = geschorst
moderation-hidden = verborgen
moderation-open-request = De hulpvraag openen
moderation-reported-by = Gemeld door { $name }
moderation-reason = Reden
moderation-hide = Verbergen
moderation-warn = De schrijver waarschuwen
moderation-suspend = De schrijver schorsen
moderation-dismiss = Niets aan de hand
moderation-reinstate = Schorsing opheffen
moderation-log = Wat het team deed
moderation-log-empty = Nog niets.
moderation-log-when = Wanneer
moderation-log-who = Wie
moderation-log-what = Wat
moderation-log-person = Persoon
moderation-log-undo = Ongedaan maken
moderation-done-hide = verborg inhoud
moderation-done-warn = waarschuwde
moderation-done-suspend = schorste
moderation-done-reinstate = hief een schorsing op
moderation-done-dismiss = sloot een melding af
moderation-notice-hide = De inhoud is verborgen.
moderation-notice-warn = De schrijver is gewaarschuwd.
moderation-notice-suspend = Het account is geschorst en afgemeld.
moderation-notice-reinstate = De schorsing is opgeheven.
moderation-notice-dismiss = De melding is afgesloten.
moderation-link = Moderatie
# Leaves the report form for the page the person was reading.
report-cancel = Terug
