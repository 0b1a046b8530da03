# Naborhjælp: anmodninger, tilbud, private tråde og afslutning.

error-category-unknown = Vælg en af denne platforms hjælpekategorier.
error-window-ends-before-start = Tidsrummets slutning skal ligge efter dets start.
error-phone-malformed = Indtast et telefonnummer med 6 til 15 cifre, for eksempel +32 470 12 34 56.
error-within-km-out-of-range = Afstanden skal være mere end 0 og højst 25 km.
error-help-minutes-out-of-range = Antallet af minutter skal være mindst 1 og må ikke overstige anmodningens tidsrum.
error-request-closed = Denne anmodning er allerede afsluttet.
error-request-not-open = Denne anmodning tager ikke længere imod tilbud.
error-request-not-accepted = Der er endnu ikke accepteret noget tilbud på denne anmodning.
error-taken-offer = Du har allerede tilbudt at hjælpe med denne anmodning.
error-taken-completed = Denne anmodning er allerede markeret som udført.
error-unknown-request = Denne anmodning findes ikke.
error-unknown-offer = Dette tilbud findes ikke, eller det er ikke længere åbent.
error-unknown-category = Denne hjælpekategori findes ikke.

## Sider for nabohjælp.

help-page-nav = Nabohjælp
help-page-platform-link = Nabohjælp
help-page-list-title = Nabohjælp
help-page-list-intro = Naboer hjælper hinanden med små ting. Bed om hjælp, eller tilbyd din egen.
help-page-ask-button = Bed om hjælp
help-page-mine-link = Mine anmodninger og tilbud
help-page-filters = Vælg, hvilke anmodninger der skal vises
help-page-field-category-filter = Slags hjælp
help-page-any-category = Alle slags hjælp
help-page-field-distance = Hvor langt væk
help-page-within = Inden for { $distance }
help-page-show = Vis
help-page-results = Anmodninger
help-page-none = Lige nu er der ingen, der beder om denne slags hjælp.
help-page-fix-filters = Ændr dine valg ovenfor for at se anmodninger.
help-page-next-page = Flere anmodninger
help-page-distance = cirka { $distance } væk
help-page-area = Området omkring { $lat }, { $lon }
help-page-area-unknown = Området er ukendt
help-page-asked-on = Spurgt den { $date }

help-page-status-open = Venter på en hjælper
help-page-status-accepted = En hjælper er valgt
help-page-status-completed = Klaret
help-page-status-cancelled = Aflyst
help-page-offer-open = Du har tilbudt at hjælpe. Venter på svar.
help-page-offer-accepted = Dit tilbud er taget imod.
help-page-offer-declined = En anden hjælper denne gang.
help-page-offer-line-open = Venter på dit svar
help-page-offer-line-accepted = Taget imod
help-page-offer-line-declined = Ikke valgt

help-page-when = Hvornår
help-page-where = Hvor
help-page-address-private = Den præcise adresse deles kun med den hjælper, der bliver valgt.
help-page-exact-point = Sted på kortet: { $point }
help-page-requester = Spurgt af
help-page-on-behalf = For
help-page-consent = Godkendt af { $by } den { $date } ({ $how })
help-page-helper = Hjælper
help-page-time-given = Tid givet
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}
help-page-erased-name = Tidligere medlem
help-page-messages-link = Beskeder
help-page-sign-in-to-offer = Log ind for at tilbyde hjælp
help-page-join-first = Bliv medlem af denne platform for at tilbyde hjælp.
help-page-offer-title = Tilbyd hjælp
help-page-field-offer-message = En kort besked (du kan lade feltet være tomt)
help-page-field-offer-message-hint = For eksempel: hvornår du kan komme.
help-page-offer-submit = Tilbyd hjælp
help-page-offers-title = Personer, der har tilbudt hjælp
help-page-no-offers = Ingen tilbud endnu. Vi giver dig besked, når nogen tilbyder hjælp.
help-page-accept = Tag imod
help-page-done-title = Markér som klaret
help-page-done-intro = Har du fået hjælpen? Skriv, hvor lang tid det tog. Din hjælper får tiden som kredit.
help-page-field-minutes = Hvor mange minutter tog det?
help-page-field-minutes-hint = Fra 1 til { $max } minutter. 60 minutter er én time.
help-page-done-submit = Markér som klaret
help-page-cancel-link = Aflys min anmodning
help-page-cancel-title = Aflys min anmodning
help-page-cancel-question = Vil du aflyse »{ $title }«?
help-page-cancel-hint = De personer, der har tilbudt hjælp, vil kunne se, at du ikke længere har brug for den.
help-page-cancel-confirm = Ja, aflys den
help-page-cancel-keep = Nej, behold den

help-page-ask-title = Bed om hjælp
help-page-join-to-ask = Bliv medlem af denne platform for at bede om hjælp.
help-page-question-category = Hvad har du brug for hjælp til?
help-page-next = Næste
help-page-chosen-category = Du beder om: { $category }
help-page-change-category = Skift
help-page-section-what = Hvad
help-page-field-title = Med få ord
help-page-field-title-hint = For eksempel: Indkøb fra butikken på hjørnet
help-page-field-description = Fortæl os mere
help-page-field-description-hint = Hvad der er brug for, og alt det, hjælperen bør vide.
help-page-section-where = Hvor
help-page-where-private = Kun den hjælper, du vælger, kan se adressen. Andre ser kun området.
help-page-field-address = Adresse
help-page-place-hint = Stedet på kortet hjælper naboer i nærheden med at finde din anmodning. Du kan kopiere de to tal fra en kort-app.
help-page-use-my-position = Brug min nuværende placering
help-page-position-failed = Din placering kunne ikke findes. Skriv tallene i stedet.
help-page-section-when = Hvornår
help-page-field-from-day = Fra (dag)
help-page-field-from-time = Fra (klokkeslæt)
help-page-field-until-day = Til (dag)
help-page-field-until-time = Til (klokkeslæt)
help-page-on-behalf-summary = Jeg beder om hjælp for en anden
help-page-on-behalf-intro = Udfyld kun dette, hvis du beder om hjælp for en anden person, og kun hvis personen er indforstået.
help-page-field-on-behalf-name = Personens navn
help-page-field-on-behalf-phone = Personens telefonnummer
help-page-field-on-behalf-phone-hint = For eksempel +32 470 12 34 56
help-page-field-consent-given-by = Hvem sagde ja?
help-page-field-consent-given-by-hint = Personen selv eller en, der må bestemme på personens vegne.
help-page-field-consent-day = Hvornår sagde personen ja?
help-page-field-consent-how = Hvordan sagde personen ja?
help-page-field-consent-how-hint = For eksempel: i telefonen, ansigt til ansigt, skriftligt.
help-page-ask-submit = Bed om hjælp
help-page-ask-cancel = Tilbage

help-page-messages-title = Beskeder
help-page-messages-with = Med { $name }
help-page-messages-private = Kun I to kan læse disse beskeder.
help-page-no-messages = Ingen beskeder endnu.
help-page-message-erased = (besked fjernet)
help-page-write-title = Skriv en besked
help-page-field-message = Din besked
help-page-send = Send
help-page-back-to-request = Tilbage til anmodningen

help-page-mine-title = Mine anmodninger og tilbud
help-page-mine-requests = Det, jeg har bedt om
help-page-mine-no-requests = Du har ikke bedt om hjælp endnu.
help-page-mine-offers = Hvor jeg har tilbudt hjælp
help-page-mine-no-offers = Du har ikke tilbudt hjælp endnu.
help-page-mine-see-offers = Se, hvem der har tilbudt hjælp
help-page-mine-talk-and-finish = Skriv til din hjælper, eller markér som klaret
help-page-mine-talk = Skriv en besked
help-page-mine-offer-done = Du har hjulpet. Tak!

help-page-notice-asked = Din anmodning er lagt ud. Vi giver dig besked, når nogen tilbyder hjælp.
help-page-notice-offered = Tak! Personen vil kunne se dit tilbud.
help-page-notice-accepted = Du har taget imod tilbuddet. Din hjælper kan nu se adressen.
help-page-notice-cancelled = Din anmodning er aflyst.
help-page-notice-completed = Klaret! Din hjælper har fået tiden som kredit.
help-page-notice-sent = Din besked er sendt.
