# Próifíl an oibrí dheonaigh (/my/profile) agus moltaí sa dá threo.

profile-nav = Mo phróifíl
profile-title = Mo phróifíl mar oibrí deonach
profile-intro = Inis cad is féidir leat a dhéanamh, cad is cás leat agus cathain a bhíonn tú saor. Ansin is féidir le comhordaitheoirí in aice leat tú a aimsiú, agus feicfidh tú na sealanna a oireann duit.
profile-notice-saved = Sábháladh do phróifíl.
profile-no-platform = Bí i do bhall d'ardán ar dtús: is as a liostaí siúd a thagann na scileanna agus na cúiseanna le roghnú.
profile-skills = Cad is féidir liom a dhéanamh
profile-causes = Cad is cás liom
profile-languages = Teangacha a labhraím
profile-home = Cá bhfuil mé i mo chónaí
profile-home-hint = Is tusa amháin a fheiceann an pointe seo. Úsáidtear é chun a thomhas cé chomh fada uait is atá áit.
profile-within-km = Cé chomh fada is a thaistealóidh mé, i km
profile-within-km-hint = Níos mó ná 0 agus 500 ar a mhéad.
profile-availability = Cathain a bhím saor
profile-week-hint = Cuir tic leis na codanna den tseachtain a mbíonn tú saor iontu de ghnáth, in am áitiúil an ardáin. Fág folamh ar fad é má athraíonn sé ó sheachtain go seachtain.
profile-part-morning = Maidin
profile-part-afternoon = Iarnóin
profile-part-evening = Tráthnóna
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Amanna níos cruinne
profile-precise-hint = Le haghaidh uaireanta eile: suas le dhá thréimhse ama in aghaidh an lae. Cuirtear iad leis an méid ar chuir tú tic leis thuas.
profile-weekday = Lá
profile-from = Ó
profile-to = Go
profile-window = Tréimhse ama { $number }
profile-choices = Moltaí agus ríomhphost
profile-no-suggestions = Ná mol mé do chomhordaitheoirí, agus ná mol sealanna dom
profile-no-mails = Ná seol aon ríomhphost chugam faoi mholtaí
profile-save = Sábháil mo phróifíl
profile-see-suggestions = Féach na sealanna a oireann dom

suggestion-my-title = Sealanna dom
suggestion-my-intro = Sealanna atá le teacht, a bhfuil áiteanna fós iontu agus a oireann do mo phróifíl, an ceann is fearr ar dtús.
suggestion-my-none = Níl aon rud le teacht a oireann do do phróifíl faoi láthair.
suggestion-my-no-profile = Scríobh do phróifíl mar oibrí deonach chun moltaí a fháil.
suggestion-my-opted-out = D'iarr tú gan moltaí a fháil. Is féidir leat é seo a athrú i do phróifíl.
suggestion-edit-profile = Cuir mo phróifíl in eagar
suggestion-score = Oiriúnacht: { $score } as 100
suggestion-shift-title = Daoine molta
suggestion-shift-intro = Baill den ardán atá saor an tráth sin, a chónaíonn laistigh dá raon taistil, atá sean go leor agus nár chláraigh fós. An duine is oiriúnaí ar dtús.
suggestion-shift-none = Níl duine ar bith oiriúnach don seal seo faoi láthair.
suggestion-shift-closed = Cuireadh an seal seo ar ceal nó tá sé tosaithe: níl aon duine le moladh.
suggestion-back-to-roster = Ar ais go dtí liosta na ndaoine atá ag teacht
suggestion-roster-link = Daoine molta don seal seo

suggestion-reason-skill = scil an duine: { $skill }
suggestion-reason-uses-skill = úsáidtear do scil: { $skill }
suggestion-reason-cause = cúis is cás leis an duine: { $cause }
suggestion-reason-for-cause = ar son cúise is cás leat: { $cause }
suggestion-reason-speaks = { $language } ar eolas
suggestion-reason-in-language = as { $language }
suggestion-reason-distance = { $distance } ón mbaile
suggestion-reason-remote = is féidir é a dhéanamh ó áit ar bith
suggestion-reason-free-on = saor { $weekday }
suggestion-reason-when-free = { $weekday }, nuair a bhíonn tú saor
suggestion-reason-reliable = i láthair ag { $attended } as { $total } { $total ->
    [one] seal
    [two] sheal
    [few] sheal
    [many] seal
   *[other] seal
}

suggestion-language-bg = Bulgáiris
suggestion-language-cs = Seicis
suggestion-language-da = Danmhairgis
suggestion-language-de = Gearmáinis
suggestion-language-el = Gréigis
suggestion-language-en = Béarla
suggestion-language-es = Spáinnis
suggestion-language-et = Eastóinis
suggestion-language-fi = Fionlainnis
suggestion-language-fr = Fraincis
suggestion-language-ga = Gaeilge
suggestion-language-hr = Cróitis
suggestion-language-hu = Ungáiris
suggestion-language-it = Iodáilis
suggestion-language-lt = Liotuáinis
suggestion-language-lv = Laitvis
suggestion-language-mt = Máltais
suggestion-language-nl = Ollainnis
suggestion-language-pl = Polainnis
suggestion-language-pt = Portaingéilis
suggestion-language-ro = Rómáinis
suggestion-language-sk = Slóvaicis
suggestion-language-sl = Slóivéinis
suggestion-language-sv = Sualainnis
suggestion-language-ar = Araibis
suggestion-language-tr = Tuircis
suggestion-language-uk = Úcráinis
