# Ríomhphoist faoi chláruithe agus faoi shealanna. Athróga: $name (an faighteoir), $title
# (an deis), $organisation, $when (an lá agus na huaireanta, scríofa cheana ar bhealach an léitheora),
# $position (áit ar an liosta feithimh), $platform (ainm an ardáin).

mail-greeting = Dia duit, { $name },
mail-when = { $start } – { $end }
mail-place = Áit: { $address }
mail-signature = Go raibh maith agat as cabhrú!
mail-footer = Tá an ríomhphost seo á fháil agat toisc gur chláraigh tú do sheal ar { $platform }. Tá do chuid fógraí go léir i do chuntas.

mail-signup-confirmed-subject = Tá áit agat: { $title }
mail-signup-confirmed-body = Tá d'áit deimhnithe: { $title } le { $organisation }, { $when }. Mura féidir leat teacht a thuilleadh, cealaigh do chlárú, le do thoil, ionas gur féidir le duine eile d'áit a thógáil.

mail-signup-waitlisted-subject = Tá tú ar an liosta feithimh: { $title }
mail-signup-waitlisted-body = Tá { $title } le { $organisation } ({ $when }) lán faoi láthair. Is tusa uimhir { $position } ar an liosta feithimh, agus scríobhfaimid chugat chomh luath agus a bheidh áit agat.

mail-signup-promoted-subject = Tá áit saor duit: { $title }
mail-signup-promoted-body = Dea-scéala: tháinig áit saor, agus is leatsa í. Tá tú deimhnithe anois: { $title } le { $organisation }, { $when }.

mail-signup-removed-subject = Baineadh do chlárú: { $title }
mail-signup-removed-body = Bhain comhordaitheoirí { $organisation } do chlárú: { $title } ({ $when }). Má cheapann tú gur botún é seo, déan teagmháil leo, le do thoil.

mail-shift-changed-subject = Am nua: { $title }
mail-shift-changed-body = Tá athrú ar an seal ar chláraigh tú dó: { $title } le { $organisation }. Is é seo an t-am anois: { $when }. Mura n-oireann sé sin duit a thuilleadh, cealaigh do chlárú, le do thoil.

mail-shift-cancelled-subject = Cealaithe: { $title }
mail-shift-cancelled-body = Chealaigh { $organisation } an seal a bhí beartaithe do { $when }: { $title }. Ní gá duit teacht. Go raibh maith agat as a bheith réidh le cabhrú.

mail-shift-reminder-subject = Meabhrúchán: { $title }
mail-shift-reminder-body = Meabhrúchán cairdiúil: táthar ag súil leat ag { $title } le { $organisation }, { $when }. Mura féidir leat teacht tar éis an tsaoil, cealaigh do chlárú, le do thoil, ionas gur féidir le duine eile d'áit a thógáil.

## Cabhair chomharsanachta. Ná luaigh an seoladh riamh: is féidir ríomhphost a léamh áit ar bith.
mail-help-signature = Go raibh maith agat as a bheith i do chomharsa mhaith!
mail-help-footer = Tá an ríomhphost seo á fháil agat toisc go nglacann tú páirt sa chabhair chomharsanachta ar { $platform }. Tá d’fhógraí go léir i do chuntas.
mail-offer-received-subject = Thairg duine éigin cabhair: { $title }
mail-offer-received-body = Thairg comharsa cabhrú le d’iarratas “{ $title }”. Oscail an t-iarratas chun an teachtaireacht a léamh agus glac leis an tairiscint má oireann sí duit.
mail-offer-accepted-subject = Glacadh le do thairiscint: { $title }
mail-offer-accepted-body = Dea-scéal: glacadh le do thairiscint cabhrú le “{ $title }” ({ $when }). Is féidir leat an seoladh a fheiceáil anois agus scríobh chuig an duine i gcomhrá an iarratais.
mail-offer-declined-subject = Go raibh maith agat as do thairiscint: { $title }
mail-offer-declined-body = Go raibh maith agat as tairiscint cabhrú le “{ $title }”. An uair seo, socraíodh an t-iarratas ar bhealach eile, mar sin níl do chabhair ag teastáil dó. Tugtar do chineáltas faoi deara: tá comharsana eile ag iarraidh cabhrach, agus tá súil againn go bhfeicfidh tú ceann ar féidir leat cabhrú leis.
mail-request-nearby-subject = Tá cabhair ag teastáil ó chomharsa in aice leat: { $title }
mail-request-nearby-body = Oireann iarratas nua don mhéid a dúirt tú gur féidir leat a dhéanamh: “{ $title }” ({ $when }). Oscail é chun tuilleadh a fheiceáil agus tairg do chabhair más féidir leat.
mail-help-thanked-subject = Buíochas as “{ $title }”
mail-help-thanked-body = D’fhág an duine ar chabhraigh tú leis nó léi, nó a chabhraigh leat, le “{ $title }” nóta duit. Oscail an t-iarratas chun é a léamh.
mail-moderation-warning-subject = Teachtaireacht ó fhoireann { $platform }
mail-moderation-warning-body = Léigh an fhoireann a ritheann { $platform } an méid a scríobh tú agus iarrann siad ort an bealach a nglacann tú páirt a athrú. A gcúis: { $reason }. Má tharlaíonn sé seo arís, d’fhéadfaí do chuntas a chur ar fionraí.
mail-open-this = Oscail anseo é:
mail-message-received-subject = Scríobh { $from } chugat faoi “{ $title }”
mail-message-received-body = { $count ->
    [one] Sheol { $from } teachtaireacht chugat faoi “{ $title }”. Léigh í agus freagair í ar { $platform }.
    [two] Sheol { $from } dhá theachtaireacht nua chugat faoi “{ $title }”. Léigh iad agus freagair iad ar { $platform }.
    [few] Sheol { $from } { $count } teachtaireacht nua chugat faoi “{ $title }”. Léigh iad agus freagair iad ar { $platform }.
    [many] Sheol { $from } { $count } teachtaireacht nua chugat faoi “{ $title }”. Léigh iad agus freagair iad ar { $platform }.
   *[other] Sheol { $from } { $count } teachtaireacht nua chugat faoi “{ $title }”. Léigh iad agus freagair iad ar { $platform }.
}
