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
error-term-kind-unknown = Roghnaigh scil nó cúis.
error-term-code-invalid = Úsáid idir 2 agus 40 carachtar (litreacha beaga, digití agus fleiscíní), cosúil le first-aid.
error-term-in-use = Tá an téarma seo fós in úsáid ag deis.
error-status-unknown = Roghnaigh dréacht, foilsithe nó dúnta.
error-min-age-out-of-range = Caithfidh an aois íosta a bheith idir 0 agus 99.
error-datetime-malformed = Cuir isteach dáta agus am cosúil le 2026-12-01T14:00:00+01:00.
error-time-malformed = Cuir isteach am cosúil le 14:00.
error-shift-ends-before-start = Caithfidh an deireadh teacht i ndiaidh an tosaigh.
error-slots-out-of-range = Teastaíonn idir 1 agus 10000 áit ó sheal.
error-frequency-unknown = Roghnaigh gach lá nó gach seachtain.
error-series-without-end = Teastaíonn lá deiridh ó shraith.
error-series-ends-before-start = Caithfidh an lá deiridh teacht i ndiaidh an chéad lae.
error-series-too-long = Ní féidir le sraith níos mó ná 400 seal a chruthú.
error-series-empty = Ní fhágann na laethanta agus na heisceachtaí seo seal ar bith.
error-weekday-out-of-range = Téann laethanta na seachtaine ó 1 (Dé Luain) go 7 (Dé Domhnaigh).
error-birth-date-needed = Tá aois íosta ag baint leis an ngníomhaíocht seo: cuir do dháta breithe le do chuntas ar dtús, le do thoil.
error-too-young = Tá tú faoin aois íosta don ghníomhaíocht seo.
error-minutes-out-of-range = Tabhair idir nóiméad amháin agus 24 uair an chloig.
error-day-in-future = Níor tháinig an lá seo fós.
error-slots-below-taken = Tá níos mó daoine deimhnithe cheana féin ná an líon áiteanna seo.
error-shift-cancelled = Cealaíodh an seal seo.
error-shift-past = Tá an seal seo tosaithe cheana; tá an clárú dúnta.
error-shift-not-started = Is féidir an tinreamh a mharcáil nuair a bheidh an seal tosaithe.
error-signup-ended = Tá deireadh leis an gclárú seo cheana.
error-signup-not-confirmed = Ní féidir ach daoine deimhnithe a mharcáil i láthair nó as láthair.
error-report-decided = Ceadaíodh nó diúltaíodh an tuairisc seo cheana.
error-opportunity-not-open = Ní ghlacann an deis seo le clárú.
error-skill-unknown = Níl an scil seo ar liosta an ardáin.
error-cause-unknown = Níl an chúis seo ar liosta an ardáin.
error-taken-signup = Tá tú cláraithe don seal seo cheana.
error-unknown-term = Níl a leithéid de scil ná de chúis ann.
error-unknown-opportunity = Níl a leithéid de dheis ann.
error-unknown-shift = Níl a leithéid de sheal ann.
error-unknown-signup = Níl a leithéid de chlárú ann.
error-unknown-report = Níl a leithéid de thuairisc ann.
error-term-code-taken = Tá an cód seo ar an liosta cheana. Athainmnigh an iontráil atá ann ina ionad sin.
error-radius-out-of-range = Tabhair fad idir 0 agus 500 km.
error-limit-out-of-range = Iarr idir 1 agus 100 toradh in aghaidh an leathanaigh.
error-near-needed-for-distance = Chun sórtáil de réir achair, luaigh an áit ar mian leat a bheith gar di.
error-sort-unknown = Roghnaigh “Na cinn is luaithe ar dtús” nó “Na cinn is gaire ar dtús”.
error-cursor-invalid = Níl nasc an leathanaigh seo bailí a thuilleadh. Tosaigh an cuardach arís.
