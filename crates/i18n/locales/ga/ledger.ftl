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
