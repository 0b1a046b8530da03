# Earráidí: teidil fadhbanna (API agus leathanaigh) agus teachtaireachtaí do gach cód earráide.

problem-invalid-input = Tá faisnéis áirithe in easnamh nó mícheart
problem-malformed = Níorbh fhéidir an t-iarratas a léamh
problem-json-expected = Seol corp JSON leis an Content-Type application/json.
problem-object-expected = Caithfidh an corp a bheith ina réad JSON.
problem-conflict = Tá sé seo ann cheana
problem-unauthenticated = Sínigh isteach, le do thoil
problem-forbidden = Níl cead agat é seo a dhéanamh
problem-not-found = Níor aimsíodh é
problem-refused = Ní féidir an t-athrú seo a dhéanamh
problem-too-many-requests = An iomarca iarrachtaí
problem-retry-after = Fan { $seconds ->
    [one] soicind amháin
    [two] dhá shoicind
    [few] { $seconds } shoicind
    [many] { $seconds } soicind
   *[other] { $seconds } soicind
} sula ndéanfaidh tú iarracht eile, le do thoil.
problem-internal = Chuaigh rud éigin mícheart ar ár dtaobh

page-forbidden = Ní cheadaíonn do ról ar an ardán seo é seo.
page-internal = Ár leithscéal: chuaigh rud éigin mícheart ar ár dtaobh. Bain triail eile as i gceann nóiméid.
page-form-expired = Tá an fhoirm seo as feidhm. Téigh siar, athlódáil an leathanach agus bain triail eile as.

error-required = Líon isteach é seo, le do thoil.
error-too-long = Tá sé seo rófhada.
error-type = Tá cineál mícheart ag an luach seo: { $detail }
error-email-malformed = Cuir isteach seoladh ríomhphoist cosúil le name@example.org.
error-password-too-short = Caithfidh 10 gcarachtar ar a laghad a bheith sa phasfhocal.
error-password-wrong = Níl an pasfhocal seo ceart.
error-credentials-wrong = Níl an seoladh ríomhphoist nó an pasfhocal ceart.
error-date-malformed = Cuir isteach dáta cosúil le 1990-04-23.
error-birth-date-implausible = Seiceáil an dáta breithe: ní féidir leis a bheith sa todhchaí ná roimh 1900.
error-locale-unknown = Níl an teanga seo ar fáil.
error-slug-length = Úsáid idir 2 agus 40 carachtar.
error-slug-characters = Ná húsáid ach litreacha beaga, digití agus fleiscíní, gan fleiscín ag an tús ná ag an deireadh.
error-latitude-out-of-range = Caithfidh an domhanleithead a bheith idir -90 agus 90.
error-longitude-out-of-range = Caithfidh an domhanfhad a bheith idir -180 agus 180.
error-coordinates-malformed = Scríobh an pointe mar dhomhanleithead,domhanfhad, mar shampla 50.85,4.35.
error-organisation-kind-unknown = Roghnaigh ceann de na cineálacha eagraíochta.
error-role-unknown = Níl a leithéid de ról ann.
error-account-unknown = Níl cuntas ag aon duine leis an seoladh ríomhphoist seo fós.
error-platform-unknown = Níl aon ardán ag an seoladh seo.
error-last-admin = Teastaíonn riarthóir amháin ar a laghad ó eagraíocht. Cuir riarthóir eile leis ar dtús.
error-taken-email = Tá cuntas leis an seoladh ríomhphoist seo ann cheana.
error-taken-slug = Tá an seoladh seo in úsáid cheana ag ardán eile.
error-taken-member = Is ball é an duine seo cheana.
error-unknown-platform = Níl a leithéid d'ardán ann.
error-unknown-organisation = Níl a leithéid d'eagraíocht ann.
error-unknown-account = Níl a leithéid de chuntas ann.
error-unknown-token = Níl a leithéid d'eochair ann.
error-unknown-member = Ní ball é an duine seo.
error-unknown-page = Níl aon rud ag an seoladh seo.
error-unknown-parent = Níl a leithéid d'ardán máthar ann.
error-time-zone-unknown = Níl an crios ama seo ann. Úsáid ainm cosúil le Europe/Brussels.
