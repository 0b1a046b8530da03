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
