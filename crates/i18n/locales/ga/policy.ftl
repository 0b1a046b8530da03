## Fógra príobháideachais agus téarmaí úsáide ardáin
policy-title = Fógra príobháideachais agus téarmaí úsáide
policy-of = Fógra príobháideachais agus téarmaí úsáide { $platform }
policy-version = Leagan { $version }, foilsithe ar { $date }.
policy-standard-note = Seo an téacs caighdeánach: níor scríobh foireann an ardáin téacs eile fós.
policy-accept = Léigh mé fógra príobháideachais agus téarmaí úsáide { $platform } agus glacaim leo
policy-read = Léigh an fógra príobháideachais agus na téarmaí úsáide
sign-up-privacy = Coinnímid d'ainm agus do sheoladh ríomhphoist chun do chuntas a bhainistiú, agus ní roinnimid riamh iad le duine ar bith. Taispeánann gach ardán a fhógra príobháideachais agus a théarmaí úsáide duit sula mbíonn tú i do bhall de.
sign-up-join-accept = Bí i do bhall de { $platform } freisin, chun clárú dá ghníomhaíochtaí. Glacaim leis an bhfógra príobháideachais agus leis na téarmaí úsáide.
policy-edit-link = Cuir an fógra príobháideachais agus na téarmaí úsáide in eagar
policy-edit-title = Cuir an fógra príobháideachais agus na téarmaí úsáide in eagar
policy-edit-intro = Scríobh an téacs a nglacann daoine leis nuair a éiríonn siad ina mbaill de { $platform }, i ngach teanga is mian leat. Nuair nach bhfuil téacs i dteanga, faigheann léitheoirí an téacs i dteanga an ardáin. Nuair a shábhálann tú, foilsítear leagan nua: glacann gach duine a éiríonn ina bhall ón am sin ar aghaidh leis.
policy-edit-written = Scríofa i: { $languages }.
policy-edit-choose = Scríobh sa teanga seo
field-policy-language = Teanga
field-policy-body = Téacs
field-policy-body-hint = Scar na hailt le líne fholamh. Fág folamh é chun an teanga seo a bhaint.
policy-edit-save = Foilsigh an leagan seo
notice-policy-published = Tá an leagan nua foilsithe.
error-policy-not-accepted = Cuir tic sa bhosca seo chun bheith i do bhall: ciallaíonn sé go nglacann tú leis an bhfógra príobháideachais agus leis na téarmaí úsáide.
error-taken-policy = Foilsíodh leagan eile ag an nóiméad céanna. Bain triail eile as, le do thoil.

## An téacs caighdeánach, go dtí go scríobhann ardán a théacs féin
policy-standard-who = Ritheann { $platform } an suíomh seo ionas gur féidir le comharsana cabhrú lena chéile agus obair dheonach a dhéanamh d'eagraíochtaí áitiúla. Seo an méid a choinnímid fút, cé a fheiceann é, agus an beagán rialacha a choinníonn an áit seo sábháilte.
policy-standard-kept = Cad a choinnímid: d'ainm, do sheoladh ríomhphoist, do phasfhocal (i bhfoirm nach féidir le duine ar bith a léamh ar ais, agus ar an gcaoi sin amháin), agus an méid a roghnaíonn tú féin a chur leis: uimhir fóin, do dháta breithe, do phróifíl mar oibrí deonach, do chláruithe agus d'uaireanta, d'iarratais, do thairiscintí agus do theachtaireachtaí.
policy-standard-seen = Cé a fheiceann é: feiceann daoine eile d'ainm. Feiceann comhordaitheoirí seal a gcláraíonn tú dó do sheoladh ríomhphoist agus d'uimhir fóin. Ní thaispeántar seoladh cruinn iarratais ar chabhair ach don chúntóir a nglacann an duine a d'iarr an chabhair leis. Ní léann aon duine comhrá ach an bheirt atá páirteach ann, agus foireann an ardáin má thuairiscíonn duine acu é.
policy-standard-never = Cad nach ndéanaimid riamh: do shonraí a dhíol ná a thabhairt do dhaoine eile, fógraíocht a thaispeáint, ná do sheoladh a chur chuig seirbhísí eile. Ní sheolaimid ríomhphost chugat ach faoin méid a dhéanann tú anseo.
policy-standard-rights = Do chearta: ar leathanach do chuntais, is féidir leat gach a choinnímid fút a íoslódáil, é a cheartú, nó do chuntas a scriosadh am ar bith. Fanann an méid a rinne tú sa stair ansin, gan d'ainm.
policy-standard-rules = Na rialacha: bí cineálta agus macánta, tabhair meas ar phríobháideachas daoine eile, agus ná hiarr airgead riamh ar chabhair a thugtar anseo. Féadfaidh an fhoireann an méid a sháraíonn na rialacha seo a fholú, agus na cuntais a sháraíonn iad a chur ar fionraí.
policy-standard-questions = Ceisteanna? Cuir ceist ar fhoireann { $platform }.
