# Burenhulp: hulpvragen, aanbiedingen, privégesprekken en afronding.

error-category-unknown = Kies een van de hulpcategorieën van dit platform.
error-window-ends-before-start = Het einde van het tijdvak moet na het begin liggen.
error-phone-malformed = Vul een telefoonnummer van 6 tot 15 cijfers in, bijvoorbeeld +32 470 12 34 56.
error-within-km-out-of-range = De afstand moet groter zijn dan 0 en hoogstens 25 km.
error-help-minutes-out-of-range = Het aantal minuten moet minstens 1 zijn en mag niet langer zijn dan het tijdvak van de hulpvraag.
error-request-closed = Deze hulpvraag is al voorbij.
error-request-not-open = Op deze hulpvraag kun je geen hulp meer aanbieden.
error-request-not-accepted = Voor deze hulpvraag is nog geen aanbod aanvaard.
error-taken-offer = Je hebt al aangeboden om bij deze hulpvraag te helpen.
error-taken-completed = Deze hulpvraag is al als afgerond gemarkeerd.
error-unknown-request = Deze hulpvraag bestaat niet.
error-unknown-offer = Dit aanbod bestaat niet of staat niet meer open.
error-unknown-category = Deze hulpcategorie bestaat niet.

## Pagina's voor burenhulp.

help-page-nav = Burenhulp
help-page-platform-link = Burenhulp
help-page-list-title = Burenhulp
help-page-list-intro = Buren helpen elkaar met kleine dingen. Vraag om hulp, of bied zelf hulp aan.
help-page-ask-button = Hulp vragen
help-page-mine-link = Mijn hulpvragen en aanbiedingen
help-page-filters = Kies welke hulpvragen je wilt zien
help-page-field-category-filter = Soort hulp
help-page-any-category = Elke soort hulp
help-page-field-distance = Hoe ver
help-page-within = Binnen { $distance }
help-page-show = Tonen
help-page-results = Hulpvragen
help-page-none = Op dit moment vraagt niemand om deze soort hulp.
help-page-fix-filters = Pas je keuzes hierboven aan om hulpvragen te zien.
help-page-next-page = Meer hulpvragen
help-page-distance = ongeveer { $distance } hiervandaan
help-page-area = Buurt rond { $lat }, { $lon }
help-page-area-unknown = Buurt niet bekend
help-page-asked-on = Gevraagd op { $date }

help-page-status-open = Wacht op een helper
help-page-status-accepted = Er is een helper gekozen
help-page-status-completed = Afgerond
help-page-status-cancelled = Geannuleerd
help-page-offer-open = Je hebt hulp aangeboden. We wachten op een antwoord.
help-page-offer-accepted = Je aanbod is aanvaard.
help-page-offer-declined = Deze keer helpt iemand anders.
help-page-offer-line-open = Wacht op je antwoord
help-page-offer-line-accepted = Aanvaard
help-page-offer-line-declined = Niet gekozen

help-page-when = Wanneer
help-page-where = Waar
help-page-address-private = Alleen de helper die gekozen wordt, krijgt het precieze adres te zien.
help-page-exact-point = Punt op de kaart: { $point }
help-page-requester = Gevraagd door
help-page-on-behalf = Voor
help-page-consent = Toestemming van { $by } op { $date } ({ $how })
help-page-helper = Helper
help-page-time-given = Gegeven tijd
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
help-page-erased-name = Voormalig lid
help-page-messages-link = Berichten
help-page-sign-in-to-offer = Meld je aan om hulp aan te bieden
help-page-join-first = Word lid van dit platform om hulp aan te bieden.
help-page-offer-title = Hulp aanbieden
help-page-field-offer-message = Een kort bericht (mag je leeg laten)
help-page-field-offer-message-hint = Bijvoorbeeld: wanneer je kunt komen.
help-page-offer-submit = Hulp aanbieden
help-page-offers-title = Mensen die hulp aanbieden
help-page-no-offers = Nog geen aanbiedingen. We laten het je weten als iemand hulp aanbiedt.
help-page-accept = Aanvaarden
help-page-done-title = Als afgerond markeren
help-page-done-intro = Is de hulp gegeven? Vul in hoe lang het duurde. Je helper krijgt die tijd als tegoed.
help-page-field-minutes = Hoeveel minuten duurde het?
help-page-field-minutes-hint = Van 1 tot { $max } minuten. 60 minuten is één uur.
help-page-done-submit = Als afgerond markeren
help-page-cancel-link = Mijn hulpvraag annuleren
help-page-cancel-title = Mijn hulpvraag annuleren
help-page-cancel-question = Wil je “{ $title }” annuleren?
help-page-cancel-hint = De mensen die hulp aanboden, zien dat je die niet meer nodig hebt.
help-page-cancel-confirm = Ja, annuleren
help-page-cancel-keep = Nee, behouden

help-page-ask-title = Hulp vragen
help-page-join-to-ask = Word lid van dit platform om hulp te vragen.
help-page-question-category = Waarmee heb je hulp nodig?
help-page-next = Volgende
help-page-chosen-category = Je vraagt: { $category }
help-page-change-category = Wijzigen
help-page-section-what = Wat
help-page-field-title = In een paar woorden
help-page-field-title-hint = Bijvoorbeeld: Boodschappen van de winkel op de hoek
help-page-field-description = Vertel er meer over
help-page-field-description-hint = Wat er nodig is, en alles wat de helper moet weten.
help-page-section-where = Waar
help-page-where-private = Alleen de helper die je kiest, ziet het adres. Anderen zien alleen de buurt.
help-page-field-address = Adres
help-page-place-hint = Met de plek op de kaart vinden buren in de buurt je hulpvraag. Je kunt de twee getallen overnemen uit een kaart-app.
help-page-use-my-position = Mijn huidige locatie gebruiken
help-page-position-failed = Je locatie kon niet worden gevonden. Typ de getallen dan zelf in.
help-page-section-when = Wanneer
help-page-field-from-day = Vanaf (dag)
help-page-field-from-time = Vanaf (tijd)
help-page-field-until-day = Tot (dag)
help-page-field-until-time = Tot (tijd)
help-page-on-behalf-summary = Ik vraag hulp voor iemand anders
help-page-on-behalf-intro = Vul dit alleen in als je voor een andere persoon vraagt, met diens toestemming.
help-page-field-on-behalf-name = Naam
help-page-field-on-behalf-phone = Telefoonnummer
help-page-field-on-behalf-phone-hint = Bijvoorbeeld +32 470 12 34 56
help-page-field-consent-given-by = Wie gaf toestemming?
help-page-field-consent-given-by-hint = De persoon zelf, of iemand die voor die persoon mag beslissen.
help-page-field-consent-day = Wanneer werd toestemming gegeven?
help-page-field-consent-how = Hoe werd toestemming gegeven?
help-page-field-consent-how-hint = Bijvoorbeeld: telefonisch, persoonlijk, schriftelijk.
help-page-ask-submit = Hulp vragen
help-page-ask-cancel = Terug

help-page-messages-title = Berichten
help-page-messages-with = Met { $name }
help-page-messages-private = Alleen jullie tweeën kunnen deze berichten lezen.
help-page-no-messages = Nog geen berichten.
help-page-message-erased = (bericht verwijderd)
help-page-write-title = Een bericht schrijven
help-page-field-message = Je bericht
help-page-send = Versturen
help-page-back-to-request = Terug naar de hulpvraag

help-page-mine-title = Mijn hulpvragen en aanbiedingen
help-page-mine-requests = Waar ik om vroeg
help-page-mine-no-requests = Je hebt nog niet om hulp gevraagd.
help-page-mine-offers = Waar ik hulp aanbood
help-page-mine-no-offers = Je hebt nog geen hulp aangeboden.
help-page-mine-see-offers = Bekijk wie hulp aanbiedt
help-page-mine-talk-and-finish = Schrijf je helper, of markeer als afgerond
help-page-mine-talk = Een bericht schrijven
help-page-mine-offer-done = Je hebt geholpen. Bedankt!

help-page-notice-asked = Je hulpvraag staat online. We laten het je weten als iemand hulp aanbiedt.
help-page-notice-offered = Bedankt! De persoon ziet je aanbod.
help-page-notice-accepted = Je hebt het aanbod aanvaard. Je helper ziet nu het adres.
help-page-notice-cancelled = Je hulpvraag is geannuleerd.
help-page-notice-completed = Klaar! Je helper heeft de tijd als tegoed gekregen.
help-page-notice-sent = Je bericht is verstuurd.
