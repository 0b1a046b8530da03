## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Kutsu: { $title }
mail-shift-invitation-body = { $organisation } uskoo, että olisit suureksi avuksi vuorossa { $title }, { $when }, ja kutsuu sinut mukaan. Jos pääset, ilmoittaudu tähän vuoroon sen sivulla alustalla { $platform }. Jos et pääse, sinun ei tarvitse tehdä mitään.
notification-shift-invitation = { $organisation } kutsuu sinut mukaan: { $title } ({ $when }).
mail-cover-needed-subject = Vapaa paikka täytettävänä: { $title }
mail-cover-needed-body = Joku perui viime hetkellä: { $title }, { $when }, eikä jonotuslistalla ole ketään. Vuoron ehdotettujen henkilöiden sivulla voit kutsua sopivia henkilöitä yhdellä napsautuksella.
notification-cover-needed = Viime hetken peruutus jätti paikan vapaaksi: { $title } ({ $when }). Katso, kenet voisit kutsua.
mail-open-link = Avaa: { $link }
suggestion-invite = Kutsu
suggestion-notice-invited = Kutsusi on matkalla. Kutsuttuja henkilöitä ei enää näytetä tässä.
error-taken-invitation = Tämä henkilö on jo kutsuttu tähän vuoroon.
