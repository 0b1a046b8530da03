## L-avviż ta' privatezza u t-termini ta' pjattaforma
policy-title = Avviż ta' privatezza u termini
policy-of = Avviż ta' privatezza u termini ta' { $platform }
policy-version = Verżjoni { $version }, ippubblikata: { $date }.
policy-standard-note = Dan huwa t-test standard: it-tim tal-pjattaforma għadu ma kitibx it-test tiegħu.
policy-accept = Qrajt u naċċetta l-avviż ta' privatezza u t-termini ta' { $platform }
policy-read = Aqra l-avviż ta' privatezza u t-termini
sign-up-privacy = Inżommu ismek u l-indirizz elettroniku tiegħek biex inħaddmu l-kont tiegħek, u qatt ma naqsmuhom ma' ħadd. Kull pjattaforma turik l-avviż ta' privatezza u t-termini tagħha qabel ma tingħaqad magħha.
sign-up-join-accept = Ingħaqad ukoll ma' { $platform }, biex tirreġistra għall-attivitajiet tagħha. Naċċetta l-avviż ta' privatezza u t-termini tagħha.
policy-edit-link = Editja l-avviż ta' privatezza u t-termini
policy-edit-title = Editja l-avviż ta' privatezza u t-termini
policy-edit-intro = Ikteb it-test li n-nies jaċċettaw meta jingħaqdu ma' { $platform }, f'kull lingwa li trid. Fejn lingwa ma jkollhiex test, il-qarrejja jaraw it-test bil-lingwa tal-pjattaforma. Meta tissalva, tippubblika verżjoni ġdida: min jingħaqad minn dak il-ħin 'il quddiem jaċċettaha.
policy-edit-written = Miktub f'dawn il-lingwi: { $languages }.
policy-edit-choose = Ikteb b'din il-lingwa
field-policy-language = Lingwa
field-policy-body = Test
field-policy-body-hint = Issepara l-paragrafi b'linja vojta. Ħallih vojt biex tneħħi din il-lingwa.
policy-edit-save = Ippubblika din il-verżjoni
notice-policy-published = Il-verżjoni l-ġdida ġiet ippubblikata.
error-policy-not-accepted = Immarka din il-kaxxa biex tingħaqad: tfisser li taċċetta l-avviż ta' privatezza u t-termini.
error-taken-policy = Verżjoni oħra ġiet ippubblikata fl-istess mument. Jekk jogħġbok erġa' pprova.

## It-test standard, sakemm pjattaforma tikteb it-test tagħha
policy-standard-who = Il-pjattaforma { $platform } tmexxi dan is-sit biex il-ġirien ikunu jistgħu jgħinu lil xulxin u jagħmlu xogħol volontarju għal organizzazzjonijiet lokali. Hawn issib x'inżommu dwarek, min jarah, u l-ftit regoli li jżommu dan il-post sigur.
policy-standard-kept = X'inżommu: ismek, l-indirizz elettroniku tiegħek, il-kelma sigrieta tiegħek (biss f'forma li ħadd ma jista' jerġa' jaqra) u dak li tagħżel li żżid: numru tat-telefon, id-data tat-twelid tiegħek, il-profil tiegħek ta' voluntier, ir-reġistrazzjonijiet u s-sigħat tiegħek, it-talbiet, l-offerti u l-messaġġi tiegħek.
policy-standard-seen = Min jarah: nies oħra jaraw ismek. Il-koordinaturi ta' turn li tirreġistra għalih jaraw l-indirizz elettroniku u n-numru tat-telefon tiegħek. L-indirizz eżatt ta' talba għall-għajnuna jintwera biss lil min jgħin, wara li min għamel it-talba jaċċettah. Konversazzjoni jaqrawha biss iż-żewġ persuni li jkunu fiha, u t-tim tal-pjattaforma meta wieħed minnhom jirrapportaha.
policy-standard-never = X'ma nagħmlu qatt: ma nbigħux u ma nagħtux id-dejta tiegħek lil ħaddieħor, ma nurux reklami, u ma nibagħtux l-indirizz tiegħek lil servizzi oħra. Nibagħtulek ittri biss dwar dak li tagħmel hawn.
policy-standard-rights = Id-drittijiet tiegħek: fil-paġna tal-kont tiegħek tista', meta trid, tniżżel dak kollu li nżommu dwarek, tikkoreġih, jew tħassar il-kont tiegħek. Dak li tkun għamilt sa dak iż-żmien jibqa' fl-istorja, mingħajr ismek.
policy-standard-rules = Ir-regoli: kun ġentili u onest, irrispetta l-privatezza ta' ħaddieħor, u qatt ma titlob flus għall-għajnuna mogħtija hawn. It-tim jista' jaħbi dak li jikser dawn ir-regoli u jissospendi l-kontijiet li jiksruhom.
policy-standard-questions = Għandek mistoqsijiet? Staqsi lit-tim ta' { $platform }.
