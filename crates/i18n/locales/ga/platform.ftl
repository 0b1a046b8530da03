# An leathanach baile agus leathanach ardáin.

home-title = Cabhair in aice láimhe
home-my-platforms = Mo chuid ardán
home-all-platforms = Na hardáin go léir
home-no-platforms = Níl aon ardán anseo fós.

platform-you-member = Is ball den ardán seo thú.
platform-you-admin = Tá tú ar an bhfoireann a reáchtálann an t-ardán seo.
platform-join = Bí i do bhall den ardán seo
platform-sign-up-to-join = Cruthaigh cuntas le bheith i do bhall
platform-my-organisations = Mo chuid eagraíochtaí
platform-organisations = Eagraíochtaí
platform-no-organisations = Níor tháinig aon eagraíocht isteach fós.
platform-new-organisation = Cláraigh eagraíocht
home-part-of = Cuid den ardán { $platform }
home-figure-opportunities = { $count ->
    [one] Gníomhaíocht amháin a bhfuil sealanna le teacht aici
    [two] { $count } ghníomhaíocht a bhfuil sealanna le teacht acu
    [few] { $count } ghníomhaíocht a bhfuil sealanna le teacht acu
    [many] { $count } ngníomhaíocht a bhfuil sealanna le teacht acu
   *[other] { $count } gníomhaíocht a bhfuil sealanna le teacht acu
}
home-figure-requests = { $count ->
    [one] comharsa amháin ag iarraidh cabhrach
    [two] { $count } chomharsa ag iarraidh cabhrach
    [few] { $count } chomharsa ag iarraidh cabhrach
    [many] { $count } gcomharsa ag iarraidh cabhrach
   *[other] { $count } comharsa ag iarraidh cabhrach
}
home-figure-members = { $count ->
    [one] ball amháin
    [two] { $count } bhall
    [few] { $count } bhall
    [many] { $count } mball
   *[other] { $count } ball
}
home-what = Is é Entraide an áit ina reáchtálann baile nó comharsanacht a obair dheonach agus a chabhair chomharsanachta féin: aimsigh rud le déanamh in aice leat, nó iarr lámh chúnta.
