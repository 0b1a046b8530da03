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
