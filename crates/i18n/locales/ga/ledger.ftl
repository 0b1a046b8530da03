# An mórleabhar: creidmheasanna ama agus creidmheasanna babhtála, aistrithe, aisiompuithe, teorainneacha creidmheasa.

error-credit-limit = Chuirfeadh sé seo an t-iarmhéid faoi bhun na teorann creidmheasa.
error-already-reversed = Aisiompaíodh an iontráil seo cheana.
error-is-reversal = Ní féidir aisiompú a aisiompú.
error-amount-out-of-range = Cuir isteach slánuimhir ó 1 go 1,000,000.
error-unit-unknown = Roghnaigh am nó babhtáil.
error-unknown-unit = Níl a leithéid d'aonad ann; úsáid am nó babhtáil.
error-same-account = Caithfidh an t-íocóir agus an t-íocaí a bheith ina gcuntais éagsúla.
error-unknown-entry = Níl a leithéid d'iontráil sa mhórleabhar.
error-credit-limit-out-of-range = Cuir isteach slánuimhir ó 0 go 1,000,000.

## Leathanaigh na gcreidmheasanna.

credits-page-mine-link = Mo chreidmheasanna ama
credits-page-mine-title = Mo chreidmheasanna ama
credits-page-mine-intro = Nuair a chabhraíonn tú le comharsa, tuilleann tú an t-am a thug tú. Nuair a chabhraíonn duine éigin leatsa, tugann tusa am.
credits-page-balances = M'iarmhéid
credits-page-no-balance = Níl aon chreidmheas ann fós.
credits-page-entries = Stair
credits-page-no-entries = Faic fós.
credits-page-unit-time = Am
credits-page-unit-barter = Creidmheasanna babhtála
credits-page-barter-amount = { $amount ->
    [one] { $amount } chreidmheas
    [two] { $amount } chreidmheas
    [few] { $amount } chreidmheas
    [many] { $amount } gcreidmheas
   *[other] { $amount } creidmheas
}
credits-page-kind-help = Cabhair chomharsanachta
credits-page-kind-barter = Babhtáil
credits-page-kind-reversal = Ceartú
credits-page-from = Ó
credits-page-to = Chuig
credits-page-organisation-title = Creidmheasanna babhtála
credits-page-organisation-intro = Íocann eagraíochtaí an ardáin a chéile as seirbhísí i gcreidmheasanna babhtála.
credits-page-balance = Iarmhéid
credits-page-csv = Íoslódáil mar scarbhileog (CSV)
credits-page-pay-title = Íoc eagraíocht eile
credits-page-pay-intro = Fágann na creidmheasanna d'iarmhéid láithreach.
credits-page-field-to = An eagraíocht le híoc
credits-page-choose-organisation = Roghnaigh eagraíocht
credits-page-field-amount = Creidmheasanna
credits-page-field-amount-hint = Slánuimhir, mar shampla 30
credits-page-field-memo = Cén fáth
credits-page-field-memo-hint = Mar shampla: veain don aonach
credits-page-pay-submit = Íoc
credits-page-notice-paid = Seoladh na creidmheasanna.
credits-page-link = Creidmheasanna babhtála
# Iarmhéid ama faoi bhun náid, ráite go neodrach: mar shampla, is é $duration "2 u. 20 nóim.".
credits-page-received-more = Fuair tú { $duration } níos mó ná mar a thug tú
credits-page-how = Áirítear uair an chloig cabhrach mar uair an chloig, is cuma cé a thugann í. Ní airgead iad na creidmheasanna, agus ní fiach é iarmhéid faoi bhun náid: ní chiallaíonn sé ach gur chabhraigh na comharsana níos mó leat go dtí seo.
