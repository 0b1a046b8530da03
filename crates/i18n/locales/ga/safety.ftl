## Tairiscintí buana, buíochas, bacadh, tuairiscí agus modhnóireacht.

error-blocked = Tá duine agaibh tar éis an duine eile a bhac: ní féidir leat tairiscintí ná teachtaireachtaí a sheoladh chuig an duine seo.
error-account-suspended = Tá an cuntas seo ar fionraí. Déan teagmháil leis na daoine a ritheann an suíomh seo, le do thoil, má cheapann tú gur botún é seo.
error-platform-suspended = Chuir foireann an ardáin seo ar fionraí thú anseo: is féidir leat léamh fós, ach ní féidir leat cabhair a iarraidh ná a thairiscint, clárú ná scríobh. Déan teagmháil leo, le do thoil, má cheapann tú gur botún é seo.
error-moderate-admin = Ní féidir rabhadh a thabhairt do riarthóirí an ardáin ná iad a chur ar fionraí anseo. Is féidir leis na daoine a ritheann an suíomh cabhrú.
error-block-self = Ní féidir leat tú féin a bhac.
error-report-kind-unknown = Roghnaigh cad atá á thuairisciú agat: iarratas, tairiscint nó teachtaireacht.
error-report-target-unknown = Níl aon rud le tuairisciú anseo, nó ní féidir leat é a fheiceáil.
error-moderation-action-unknown = Roghnaigh ceann de na gníomhartha: folaigh, tabhair rabhadh, cuir ar fionraí, athbhunaigh nó díbhe.
error-moderate-self = Ní féidir leat rabhadh a thabhairt duit féin ná tú féin a chur ar fionraí.
error-standing-km-out-of-range = Roghnaigh fad idir 1 agus 10 km.
error-request-not-completed = Is féidir leat buíochas a ghabháil nuair a bheidh an chabhair marcáilte mar déanta.
error-taken-thanks = D’fhág tú nóta buíochais don iarratas seo cheana.
error-unknown-standing-offer = Níl a leithéid de thairiscint bhuan ann.
error-unknown-block = Níor bhac tú an duine seo.
error-category-in-use = Úsáideann iarratais nó tairiscintí buana an chatagóir seo, mar sin ní féidir í a bhaint. Athainmnigh í ina áit sin.

## Tairiscintí buana
standing-title = Cad is féidir liom a dhéanamh do mo chomharsana
standing-intro = Abair uair amháin cad is féidir leat cabhrú leis, cén áit agus cé na laethanta. Nuair a iarrann comharsa cabhair a oireann, inseoimid duit. Ní fheiceann aon duine cén áit as a dtosaíonn tú.
standing-mine = Mo thairiscintí buana
standing-none = Níl aon tairiscint bhuan agat fós.
standing-withdraw = Stop an tairiscint seo
standing-new = Tairiscint bhuan nua
standing-what = Cad is féidir leat cabhrú leis?
standing-any-help = Cabhair de chineál ar bith
standing-every-day = Gach lá
standing-within = laistigh de { $distance }
standing-days = Cé na laethanta?
standing-days-hint = Ná cuir tic in aon cheann le haghaidh gach lá.
standing-km = Cé chomh fada is a rachfá, i km?
standing-km-hint = Suas le 10 km. Tá 1 km thart ar shiúlóid 15 nóiméad.
standing-point-hint = An áit as a dtosaíonn tú, mar shampla do theach. Is tusa amháin a fheiceann é.
standing-note = Cúpla focal (roghnach)
standing-note-hint = Mar shampla: tá carr agam, nó is féidir liom málaí troma a iompar.
standing-publish = Foilsigh mo thairiscint
standing-notice-published = Tá do thairiscint bhuan foilsithe. Inseoimid duit faoi iarratais a oireann.
standing-notice-withdrawn = Tá do thairiscint bhuan tarraingthe siar.
help-page-standing-link = Cad is féidir liom a dhéanamh do mo chomharsana

## Buíochas
thanks-title = Gabh buíochas
thanks-intro = Tá an chabhair déanta. Is féidir leat nóta gearr príobháideach a fhágáil don duine eile.
thanks-label = Do nóta
thanks-submit = Seol mo bhuíochas
thanks-received = Nótaí buíochais

## Tuairiscí
report-title = Tuairiscigh fadhb
report-intro = Tá tú ag tuairisciú an méid seo don fhoireann a ritheann an t-ardán seo: { $what }.
report-what-request = iarratas
report-what-offer = tairiscint
report-what-message = teachtaireacht
report-reason = Cad atá cearr?
report-reason-hint = Léann an fhoireann gach tuairisc. Ní fheiceann an duine a thuairiscíonn tú d’ainm.
report-submit = Seol an tuairisc
report-sent = Go raibh maith agat. Breathnóidh an fhoireann ar do thuairisc. Má tá an duine seo ag cur isteach ort, is féidir leat é nó í a bhac freisin.
report-link = Tuairiscigh fadhb

## Bacadh
block-title = Bac duine
block-question = An bhfuil tú ag iarraidh { $name } a bhac?
block-explained = Nuair a bhíonn an duine seo bactha, ní féidir leis nó léi cabhair a thairiscint duit ná scríobh chugat, agus ní féidir leatsa cabhair a thairiscint dó nó di ná scríobh chuige nó chuici. Ní insítear dó nó di é.
block-submit = Is ea, bac an duine seo
block-cancel = Ní hea, téigh ar ais
block-link = Bac an duine seo
blocks-title = Daoine a bhac mé
blocks-intro = Ní féidir leis na daoine a bhac tú cabhair a thairiscint duit ná scríobh chugat.
blocks-none = Níor bhac tú aon duine.
blocks-unblock = Díbhac
blocks-notice-blocked = Tá an duine seo bactha.
blocks-notice-unblocked = Níl an duine seo bactha a thuilleadh.

## Modhnóireacht
moderation-title = Modhnóireacht
moderation-intro = Tuairiscí ó bhaill, na cinn is sine ar dtús. Taifeadtar gach gníomh le d’ainm agus le do chúis.
moderation-reports = Tuairiscí le scrúdú
moderation-empty = Níl aon tuairisc le scrúdú.
moderation-suspended = ar fionraí
moderation-hidden = i bhfolach
moderation-open-request = Oscail an t-iarratas
moderation-reported-by = Tuairiscithe ag { $name }
moderation-reason = Cúis
moderation-hide = Folaigh é
moderation-warn = Tabhair rabhadh don údar
moderation-suspend = Cuir an t-údar ar fionraí
moderation-dismiss = Níl aon rud cearr
moderation-reinstate = Cealaigh an fhionraí
moderation-log = Cad a rinne an fhoireann
moderation-log-empty = Faic fós.
moderation-log-when = Cathain
moderation-log-who = Cé
moderation-log-what = Cad
moderation-log-person = Duine
moderation-log-undo = Cealaigh
moderation-done-hide = folaíodh ábhar
moderation-done-warn = tugadh rabhadh
moderation-done-suspend = cuireadh ar fionraí
moderation-done-reinstate = cealaíodh fionraí
moderation-done-dismiss = dúnadh tuairisc
moderation-notice-hide = Tá an t-ábhar i bhfolach.
moderation-notice-warn = Tugadh rabhadh don údar.
moderation-notice-suspend = Tá an cuntas ar fionraí agus logáilte amach.
moderation-notice-reinstate = Tá an fhionraí cealaithe.
moderation-notice-dismiss = Tá an tuairisc dúnta.
moderation-link = Modhnóireacht
# Leaves the report form for the page the person was reading.
report-cancel = Siar
