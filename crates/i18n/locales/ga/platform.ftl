# An leathanach baile agus leathanach ardáin.

home-title = Cabhair in aice láimhe
home-intro = Aimsigh ardán áitiúil don obair dheonach agus do chúnamh comharsanachta, nó bí i do bhall den ardán san áit a bhfuil tú i do chónaí.
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
