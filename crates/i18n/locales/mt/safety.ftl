## Offerti permanenti, ringrazzjamenti, imblukkar, rapporti u moderazzjoni.

error-blocked = Wieħed minnkom imblokka lill-ieħor: ma tistax tibgħat offerti jew messaġġi lil din il-persuna.
error-account-suspended = Dan il-kont huwa sospiż. Jekk taħseb li dan huwa żball, jekk jogħġbok ikkuntattja lin-nies li jmexxu dan is-sit.
error-platform-suspended = It-tim ta' din il-pjattaforma ssospendik hawn: tista' tibqa' taqra, iżda ma tistax titlob jew toffri għajnuna, tirreġistra jew tikteb. Jekk taħseb li dan huwa żball, jekk jogħġbok ikkuntattjahom.
error-moderate-admin = L-amministraturi tal-pjattaforma ma jistgħux jiġu mwissija jew sospiżi hawn. In-nies li jmexxu s-sit jistgħu jgħinuk.
error-block-self = Ma tistax timblokka lilek innifsek.
error-report-kind-unknown = Agħżel x'qed tirrapporta: talba, offerta jew messaġġ.
error-report-target-unknown = M'hemm xejn x'tirrapporta hawn, jew ma tistax tarah.
error-moderation-action-unknown = Agħżel waħda mill-azzjonijiet: aħbi, wissi, issospendi, erġa' attiva jew agħlaq.
error-moderate-self = Ma tistax twissi jew tissospendi lilek innifsek.
error-standing-km-out-of-range = Agħżel distanza minn 1 sa 10 km.
error-request-not-completed = Tista' tirringrazzja meta l-għajnuna tkun immarkata bħala lesta.
error-taken-thanks = Diġà ħallejt ringrazzjament għal din it-talba.
error-unknown-standing-offer = Din l-offerta permanenti ma teżistix.
error-unknown-block = Ma imblukkajtx lil din il-persuna.
error-category-in-use = Xi talbiet jew offerti permanenti jużaw din il-kategorija, għalhekk ma tistax titneħħa. Minflok, ibdel isimha.

## Offerti permanenti
standing-title = X'nista' nagħmel għall-ġirien tiegħi
standing-intro = Għid darba waħda f'xiex tista' tgħin, fejn u f'liema jiem. Meta ġar jitlob għajnuna li taqbel, ngħidulek. Ħadd ma jara minn fejn titlaq.
standing-mine = L-offerti permanenti tiegħi
standing-none = Għad m'għandek l-ebda offerta permanenti.
standing-withdraw = Waqqaf din l-offerta
standing-new = Offerta permanenti ġdida
standing-what = F'xiex tista' tgħin?
standing-any-help = Kull tip ta' għajnuna
standing-every-day = Kuljum
standing-within = sa { $distance }
standing-days = F'liema jiem?
standing-days-hint = Timmarka xejn għal kuljum.
standing-km = Kemm tista' tmur 'il bogħod, f'km?
standing-km-hint = Sa 10 km. 1 km huwa madwar 15-il minuta mixi.
standing-point-hint = Minn fejn titlaq, pereżempju d-dar tiegħek. Tarah int biss.
standing-note = Ftit kliem (mhux obbligatorju)
standing-note-hint = Pereżempju: għandi karozza, jew nista' nġorr boroż tqal.
standing-publish = Ippubblika l-offerta tiegħi
standing-notice-published = L-offerta permanenti tiegħek ġiet ippubblikata. Ngħidulek bit-talbiet li jaqblu.
standing-notice-withdrawn = L-offerta permanenti tiegħek twaqqfet.
help-page-standing-link = X'nista' nagħmel għall-ġirien tiegħi

## Ringrazzjamenti
thanks-title = Għid grazzi
thanks-intro = L-għajnuna saret. Tista' tħalli nota qasira u privata lill-persuna l-oħra.
thanks-label = In-nota tiegħek
thanks-submit = Ibgħat ir-ringrazzjament tiegħi
thanks-received = Noti ta' ringrazzjament

## Rapporti
report-title = Irrapporta problema
report-intro = Qed tirrapporta { $what } lit-tim li jmexxi din il-pjattaforma.
report-what-request = talba
report-what-offer = offerta
report-what-message = messaġġ
report-reason = X'inhu ħażin?
report-reason-hint = It-tim jaqra kull rapport. Il-persuna li tirrapporta ma tarax ismek.
report-submit = Ibgħat ir-rapport
report-sent = Grazzi. It-tim se jħares lejn ir-rapport tiegħek. Jekk din il-persuna qed iddejqek, tista' wkoll timblukkaha.
report-link = Irrapporta problema

## Imblukkar
block-title = Imblokka persuna
block-question = Timblokka lil { $name }?
block-explained = Ladarba tiġi mblukkata, din il-persuna ma tistax toffrilek għajnuna jew tiktiblek, u int ma tistax toffrilha għajnuna jew tiktbilha. Ma jingħalilhiex.
block-submit = Iva, imblokka din il-persuna
block-cancel = Le, mur lura
block-link = Imblokka din il-persuna
blocks-title = Persuni li imblukkajt
blocks-intro = Il-persuni li imblukkajt ma jistgħux joffrulek għajnuna jew jiktbulek.
blocks-none = Ma imblukkajt lil ħadd.
blocks-unblock = Neħħi l-imblukkar
blocks-notice-blocked = Din il-persuna hija mblukkata.
blocks-notice-unblocked = Din il-persuna m'għadhiex imblukkata.

## Moderazzjoni
moderation-title = Moderazzjoni
moderation-intro = Rapporti mill-membri, l-eqdem l-ewwel. Kull azzjoni tiġi rreġistrata b'ismek u bir-raġuni tiegħek.
moderation-reports = Rapporti li jridu jiġu eżaminati
moderation-empty = M'hemm l-ebda rapport x'teżamina.
moderation-suspended = sospiż
moderation-hidden = moħbi
moderation-open-request = Iftaħ it-talba
moderation-reported-by = Irrapportat minn { $name }
moderation-reason = Raġuni
moderation-hide = Aħbih
moderation-warn = Wissi lill-awtur
moderation-suspend = Issospendi lill-awtur
moderation-dismiss = Xejn ħażin
moderation-reinstate = Neħħi s-sospensjoni
moderation-log = X'għamel it-tim
moderation-log-empty = Għad xejn.
moderation-log-when = Meta
moderation-log-who = Min
moderation-log-what = X'hiex
moderation-log-person = Persuna
moderation-log-undo = Erġa' lura
moderation-done-hide = ħeba kontenut
moderation-done-warn = wissa
moderation-done-suspend = issospenda
moderation-done-reinstate = neħħa sospensjoni
moderation-done-dismiss = għalaq rapport
moderation-notice-hide = Il-kontenut huwa moħbi.
moderation-notice-warn = L-awtur ġie mwissi.
moderation-notice-suspend = Il-kont huwa sospiż u l-persuna ġiet skonnettjata.
moderation-notice-reinstate = Is-sospensjoni tneħħiet.
moderation-notice-dismiss = Ir-rapport ingħalaq.
moderation-link = Moderazzjoni
# Leaves the report form for the page the person was reading.
report-cancel = Lura
