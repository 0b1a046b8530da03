# Clárú, síniú isteach agus amach; leathanach an chuntais.
sign-up-title = Cruthaigh do chuntas
sign-up-intro = Ní thógann sé ach nóiméad. Ní iarraimid ach an méid a theastaíonn uainn.
sign-up-submit = Cruthaigh mo chuntas
sign-up-have-account = An bhfuil cuntas agat cheana féin?
sign-in-title = Sínigh isteach
sign-in-submit = Sínigh isteach
sign-in-no-account = Nua anseo?

field-display-name = D'ainm
field-display-name-hint = An t-ainm a fheicfidh daoine eile.
field-email = Seoladh ríomhphoist
field-password = Pasfhocal
field-password-hint = 10 gcarachtar ar a laghad. Is rogha mhaith é cúpla focal a bheidh ar cuimhne agat.
field-birth-date = Dáta breithe (roghnach)
field-birth-date-hint = Tá aois íosta ag baint le gníomhaíochtaí áirithe. Ní úsáidimid an dáta ach chun é sin a sheiceáil.
field-language = Teanga
field-current-password = Pasfhocal reatha
field-new-password = Pasfhocal nua
field-password-confirm = Do phasfhocal, le deimhniú

account-title = Mo chuntas
account-platforms = Mo chuid ardán
account-no-platforms = Níl tú i do bhall d'aon ardán fós.
account-language = Teanga
account-language-submit = Sábháil an teanga
account-password = Athraigh an pasfhocal
account-password-submit = Athraigh an pasfhocal
account-tokens = Rochtain d'aipeanna
account-tokens-intro = Úsáideann aipeanna agus scripteanna a ghníomhaíonn ar do shon na heochracha seo. Cúlghair aon cheann nach n-úsáideann tú a thuilleadh.
account-no-tokens = Níl rochtain ag aon aip.
account-token-revoked = cúlghairthe
account-token-revoke = Cúlghair
account-calendar = Féilire
account-calendar-intro = Is féidir do shealanna deimhnithe a thaispeáint san aip féilire a úsáideann tú cheana, ar do ghuthán nó ar do ríomhaire. Liostáil ansin le nasc príobháideach d'fhéilire (“cuir féilire leis ó sheoladh gréasáin”): seiceálann an aip é as a stuaim féin agus taispeánann sí sealanna nua, athruithe agus cealuithe.
account-calendar-link = Nasc príobháideach d'fhéilire
account-calendar-link-hint = Cóipeáil isteach i d'aip féilire anois é. Ar mhaithe le do shábháilteacht ní choinnímid é, mar sin ní féidir linn é a thaispeáint duit arís.
account-calendar-active = Tá nasc príobháideach féilire agat. Má chaill tú é, déan ceann nua.
account-calendar-none = Níl nasc príobháideach féilire agat fós.
account-calendar-secret = Is féidir le duine ar bith a bhfuil an nasc aige do shealanna a fheiceáil, mar sin coinnigh agat féin é. Má fuair duine eile é, déan ceann nua: stopann an seannasc ag obair láithreach.
account-calendar-create = Déan mo nasc príobháideach
account-calendar-replace = Déan nasc nua
account-calendar-revoke = Múch mo nasc
account-calendar-download = Íoslódáil mo shealanna mar chomhad féilire
account-data = Mo shonraí
account-data-intro = Íoslódáil gach a stórálann an t-ardán seo fút, i gcomhad is féidir le ríomhchláir eile a léamh.
account-data-download = Íoslódáil mo shonraí
account-delete = Scrios mo chuntas
account-delete-intro = Scriosfar d'ainm, do sheoladh ríomhphoist agus do dháta breithe, agus ní bheidh tú in ann síniú isteach a thuilleadh. Fanfaidh an méid a rinne tú do dhaoine eile sa stair, ach gan d'ainm. Ní féidir é seo a chealú.
account-delete-submit = Scrios mo chuntas go buan

notice-welcome = Fáilte! Tá do chuntas réidh.
notice-signed-out = Tá tú sínithe amach. Feicfimid go luath thú!
notice-account-deleted = Scriosadh do chuntas.
notice-password-changed = Athraíodh do phasfhocal. Síníodh amach thú i ngach áit eile.
notice-language-changed = Sábháladh do theanga.
notice-token-revoked = Cúlghaireadh an eochair.
notice-calendar-created = Tá nasc príobháideach d'fhéilire réidh: cóipeáil anois é ón gcuid Féilire.
notice-calendar-revoked = Tá nasc príobháideach d'fhéilire múchta. Ní fhaigheann na haipeanna féilire a d'úsáid é do shealanna a thuilleadh.

# An fotha príobháideach féilire, a léann aipeanna féilire.
error-unknown-calendar-feed = Níl aon fhéilire ag an seoladh seo. B'fhéidir gur múchadh an nasc nó gur cuireadh ceann eile ina áit.
problem-host-missing = Ní deir an t-iarratas cén suíomh lena mbaineann sé (tá an ceanntásc Host in easnamh nó míchumtha).
account-birth-date = Dáta breithe
account-birth-date-submit = Sábháil an dáta breithe
notice-birth-date-saved = Sábháladh do dháta breithe.

## Ainm, fón agus seoladh ríomhphoist ar leathanach an chuntais
account-details = D'ainm agus d'fhón
account-details-submit = Sábháil an t-ainm agus an fón
field-phone = Uimhir theileafóin (roghnach)
field-phone-hint = Ní fheiceann ach comhordaitheoirí na sealanna a gcláraíonn tú dóibh í, chun teagmháil a dhéanamh leat faoi sheal.
notice-details-saved = Sábháladh d'ainm agus d'uimhir theileafóin.
account-email = Seoladh ríomhphoist
account-email-current = Síníonn tú isteach le { $email }.
account-email-unconfirmed = Níl an seoladh seo deimhnithe fós. Oscail an nasc a sheolamar chuige: go dtí sin, ní féidir linn aon ríomhphost a sheoladh chugat.
account-email-pending = D'iarr tú { $email } a úsáid ina áit. Oscail an nasc a sheolamar ansin; go dtí sin, leanfaidh tú ort ag síniú isteach le do sheoladh reatha.
account-email-resend = Seol an nasc arís
account-email-have-code = Tá cód agam ón ríomhphost
account-email-change = Athraigh mo sheoladh ríomhphoist
account-email-how = Seolaimid nasc chuig an seoladh nua. Ní ghlacann sé áit an tseolta reatha go dtí go n-osclaíonn tú an nasc sin.
field-new-email = Seoladh ríomhphoist nua
field-email-password = Do phasfhocal, le deimhniú
account-email-submit = Seol an nasc
notice-email-link-sent = Sheolamar nasc chugat. Oscail é ó do bhosca ríomhphoist chun an seoladh a dheimhniú.
notice-email-confirmed = Tá do sheoladh ríomhphoist deimhnithe.
banner-email-unconfirmed = Deimhnigh do sheoladh ríomhphoist { $email }, le do thoil: oscail an nasc a sheolamar chugat. Go dtí sin, ní féidir linn aon ríomhphost a sheoladh chugat.
banner-email-unconfirmed-link = Nach bhfuair tú é?

## Seoladh a dheimhniú leis an nasc a seoladh
email-confirm-title = Deimhnigh do sheoladh ríomhphoist
email-confirm-text = An é { $email } do sheoladh? Brúigh an cnaipe chun é a dheimhniú: úsáidfidh do chuntas é chun síniú isteach agus le haghaidh ríomhphoist.
email-confirm-submit = Is é, deimhnigh mo sheoladh
field-confirm-code = Cód ón ríomhphost
field-confirm-code-hint = Greamaigh an cód fada ón ríomhphost a sheolamar chugat.
email-confirmed-title = Tá do sheoladh deimhnithe
email-confirmed-text = Feasta seolfaimid do ríomhphost chuig { $email }, agus síneoidh tú isteach leis.
email-confirmed-continue = Ar aghaidh
email-confirm-expired-title = Ní oibríonn an nasc seo a thuilleadh
email-confirm-expired-text = Oibríonn nasc chun seoladh a dheimhniú uair amháin, ar feadh { $days } lá. Iarr ceann nua ó leathanach do chuntais: ní thógann sé ach nóiméad.
email-confirm-ask-again = Iarr nasc nua
email-confirm-taken-title = Tá an seoladh seo in úsáid cheana
email-confirm-taken-text = Tá { $email } in úsáid anois ag cuntas eile, mar sin ní féidir gur leatsa é freisin. Coinníonn do chuntas an seoladh a bhí aige.

## An ríomhphost leis an nasc
mail-confirm-subject = Deimhnigh do sheoladh ríomhphoist
mail-confirm-body = Fáilte go Entraide! Chun nuacht faoi do shealanna agus faoi iarratais do chomharsan a fháil trí ríomhphost, deimhnigh gur leatsa an seoladh seo.
mail-confirm-new-body = D'iarr tú an seoladh seo a úsáid do do chuntas ar Entraide. Deimhnigh é chun síniú isteach leis agus do ríomhphost a fháil anseo.
mail-confirm-link = Chun é a dheimhniú, oscail an nasc seo laistigh de 7 lá:
mail-confirm-code = Chun é a dheimhniú, sínigh isteach ar an suíomh, oscail “Mo chuntas”, roghnaigh “Tá cód agam ón ríomhphost”, agus greamaigh an cód seo laistigh de 7 lá:
mail-confirm-ignore = Murar iarr tú é seo, is féidir leat neamhaird a dhéanamh den ríomhphost seo: ní athraíonn aon rud.
mail-confirm-footer = Tá an ríomhphost seo á fháil agat toisc gur tugadh an seoladh seo do chuntas ar Entraide.

## An ríomhphost chuig seoladh nach n-úsáideann cuntas a thuilleadh
mail-email-changed-subject = Athraíodh do sheoladh ríomhphoist
mail-email-changed-body = Ní úsáideann do chuntas ar Entraide { $previous } a thuilleadh: feasta síneoidh tú isteach le { $email }, agus seolfaimid do ríomhphost ansin.
mail-email-changed-not-you = Murar tusa a rinne é seo, b'fhéidir go bhfuil duine éigin eile ag úsáid do chuntais. Scríobh láithreach chuig foireann d'ardáin: is féidir leo cabhrú leat é a fháil ar ais.
mail-email-changed-footer = Tá an ríomhphost seo á fháil agat toisc gur le cuntas ar Entraide an seoladh seo.
