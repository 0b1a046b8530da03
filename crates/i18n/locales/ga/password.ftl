# Pasfhocal nua a roghnú nuair a dhéantar dearmad ar an seancheann: na leathanaigh agus an ríomhphost.

password-forgot-link = Pasfhocal dearmadta?
password-forgot-title = Pasfhocal dearmadta?
password-forgot-intro = Clóscríobh seoladh ríomhphoist do chuntais. Seolfaimid nasc chugat chun pasfhocal nua a roghnú.
password-forgot-submit = Seol nasc chugam
password-have-code = Tá cód agam ón ríomhphost
password-sent-title = Féach ar do ríomhphost
password-sent-text = Má úsáideann cuntas { $email }, tá ríomhphost ar an mbealach le nasc chun pasfhocal nua a roghnú. Oibríonn an nasc ar feadh uair an chloig.
password-sent-nothing = Gan ríomhphost tar éis cúpla nóiméad? Féach i d'fhillteán turscair, seiceáil an seoladh, nó iarr arís.
password-ask-again = Iarr arís
password-back-to-sign-in = Ar ais chuig síniú isteach
password-reset-title = Roghnaigh pasfhocal nua
password-reset-for = Don chuntas { $email }.
password-reset-submit = Sábháil mo phasfhocal nua
field-reset-code = Cód ón ríomhphost
field-reset-code-hint = Greamaigh an cód fada ón ríomhphost a sheolamar chugat.
password-expired-title = Ní oibríonn an nasc seo a thuilleadh
password-expired-text = Oibríonn nasc chun pasfhocal nua a roghnú ar feadh uair an chloig, agus uair amháin. Iarr ceann nua: ní thógann sé ach nóiméad.
password-expired-ask = Iarr nasc nua
error-reset-link-expired = Ní oibríonn an cód seo a thuilleadh: úsáideadh cheana é, nó tá sé níos sine ná uair an chloig. Iarr nasc nua.
notice-password-reset = Tá do phasfhocal nua sábháilte agus tá tú sínithe isteach. Síníodh amach thú i ngach áit eile.

mail-password-reset-subject = Roghnaigh pasfhocal nua
mail-password-reset-body = D'iarr duine éigin, tusa is dócha, pasfhocal nua a roghnú do do chuntas.
mail-password-reset-link = Chun é a roghnú, oscail an nasc seo laistigh d'uair an chloig (oibríonn sé uair amháin):
mail-password-reset-code = Chun é a roghnú, téigh chuig leathanach síniú isteach an tsuímh, roghnaigh “Pasfhocal dearmadta?”, ansin “Tá cód agam ón ríomhphost”, agus greamaigh an cód seo laistigh d'uair an chloig:
mail-password-reset-ignore = Murar iarr tú é, is féidir leat neamhaird a dhéanamh den ríomhphost seo: fanfaidh do phasfhocal mar atá.
mail-password-reset-footer = Tá an ríomhphost seo á fháil agat toisc gur iarradh pasfhocal nua don chuntas a bhfuil an seoladh seo aige.
