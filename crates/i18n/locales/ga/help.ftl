# Cabhair chomharsan: iarratais, tairiscintí, snáitheanna príobháideacha agus críochnú.
error-category-unknown = Roghnaigh ceann de chatagóirí cabhrach an ardáin seo.
error-window-ends-before-start = Caithfidh deireadh na tréimhse ama a bheith i ndiaidh a tosaigh.
error-phone-malformed = Cuir isteach uimhir theileafóin le 6 go 15 digit, mar shampla +32 470 12 34 56.
error-within-km-out-of-range = Caithfidh an fad a bheith níos mó ná 0 agus 25 km ar a mhéad.
error-help-minutes-out-of-range = Caithfidh na nóiméid a bheith 1 ar a laghad, gan a bheith níos faide ná tréimhse ama an iarratais.
error-request-closed = Tá an t-iarratas seo thart cheana.
error-request-not-open = Ní ghlacann an t-iarratas seo le tairiscintí a thuilleadh.
error-request-not-accepted = Níor glacadh le tairiscint ar bith don iarratas seo fós.
error-taken-offer = Thairg tú cheana cabhrú leis an iarratas seo.
error-taken-completed = Tá an t-iarratas seo marcáilte mar déanta cheana.
error-unknown-request = Níl a leithéid d'iarratas ann.
error-unknown-offer = Níl a leithéid de thairiscint ann, nó níl sí oscailte a thuilleadh.
error-unknown-category = Níl a leithéid de chatagóir cabhrach ann.
