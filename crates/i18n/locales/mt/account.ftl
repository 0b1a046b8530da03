# Reġistrazzjoni, dħul u ħruġ; il-paġna tal-kont.
sign-up-title = Oħloq il-kont tiegħek
sign-up-intro = Tieħu minuta. Nitolbuk biss dak li għandna bżonn.
sign-up-submit = Oħloq il-kont tiegħi
sign-up-have-account = Diġà għandek kont?
sign-in-title = Idħol
sign-in-submit = Idħol
sign-in-no-account = L-ewwel darba hawn?

field-display-name = Ismek
field-display-name-hint = L-isem li jaraw nies oħra.
field-email = Indirizz elettroniku
field-password = Kelma sigrieta
field-password-hint = Mill-inqas 10 karattri. Ftit kliem li tiftakar jaħdem tajjeb.
field-birth-date = Data tat-twelid (mhux obbligatorja)
field-birth-date-hint = Xi attivitajiet għandhom età minima. Nużawha biss biex niċċekkjaw dan.
field-language = Lingwa
field-current-password = Il-kelma sigrieta attwali
field-new-password = Kelma sigrieta ġdida
field-password-confirm = Il-kelma sigrieta tiegħek, biex tikkonferma

account-title = Il-kont tiegħi
account-platforms = Il-pjattaformi tiegħi
account-no-platforms = Għadek ma ngħaqadt ma' ebda pjattaforma.
account-language = Lingwa
account-language-submit = Issalva l-lingwa
account-password = Ibdel il-kelma sigrieta
account-password-submit = Ibdel il-kelma sigrieta
account-tokens = Aċċess għall-applikazzjonijiet
account-tokens-intro = L-applikazzjonijiet u l-iskripts li jaġixxu f'ismek jużaw dawn iċ-ċwievet. Irrevoka dawk li m'għadekx tuża.
account-no-tokens = L-ebda applikazzjoni m'għandha aċċess.
account-token-revoked = revokata
account-token-revoke = Irrevoka
account-calendar = Kalendarju
account-calendar-intro = It-turnijiet ikkonfermati tiegħek jistgħu jidhru fl-applikazzjoni tal-kalendarju li diġà tuża, fuq il-mowbajl jew il-kompjuter tiegħek. Abbona hemmhekk għal-link privat tal-kalendarju tiegħek (“żid kalendarju minn indirizz tal-web”): l-applikazzjoni tiċċekkjah waħedha u turi t-turnijiet il-ġodda, il-bidliet u l-kanċellazzjonijiet.
account-calendar-link = Il-link privat tal-kalendarju tiegħek
account-calendar-link-hint = Ikkopjah issa fl-applikazzjoni tal-kalendarju tiegħek. Għas-sigurtà tiegħek ma nżommuhx, għalhekk ma nistgħux nerġgħu nurihulek.
account-calendar-active = Għandek link privat tal-kalendarju. Jekk tliftu, oħloq wieħed ġdid.
account-calendar-none = Għad m'għandekx link privat tal-kalendarju.
account-calendar-secret = Kull min għandu l-link jista' jara t-turnijiet tiegħek, għalhekk żommu għalik. Jekk xi ħadd ieħor kisbu, oħloq wieħed ġdid: il-link il-qadim jieqaf jaħdem minnufih.
account-calendar-create = Oħloq il-link privat tiegħi
account-calendar-replace = Oħloq link ġdid
account-calendar-revoke = Itfi l-link tiegħi
account-calendar-download = Niżżel it-turnijiet tiegħi bħala fajl tal-kalendarju
account-data = Id-dejta tiegħi
account-data-intro = Niżżel dak kollu li din il-pjattaforma taħżen dwarek, f'fajl li programmi oħra jistgħu jaqraw.
account-data-download = Niżżel id-dejta tiegħi
account-delete = Ħassar il-kont tiegħi
account-delete-intro = Ismek, l-indirizz elettroniku u d-data tat-twelid tiegħek jitħassru u ma tkunx tista' tidħol aktar. Dak li għamilt għall-oħrajn jibqa' fl-istorja, iżda mingħajr ismek. Dan ma jistax jitreġġa' lura.
account-delete-submit = Ħassar il-kont tiegħi għal dejjem

notice-welcome = Merħba! Il-kont tiegħek lest.
notice-signed-out = Ħriġt. Narawk dalwaqt!
notice-account-deleted = Il-kont tiegħek tħassar.
notice-password-changed = Il-kelma sigrieta tiegħek inbidlet. Is-sessjonijiet tiegħek f'kull post ieħor ingħalqu.
notice-language-changed = Il-lingwa tiegħek ġiet salvata.
notice-token-revoked = Iċ-ċavetta ġiet revokata.
notice-calendar-created = Il-link privat tal-kalendarju tiegħek lest: ikkopjah issa mit-taqsima Kalendarju.
notice-calendar-revoked = Il-link privat tal-kalendarju tiegħek intefa. L-applikazzjonijiet tal-kalendarju li kienu jużawh ma jirċevux aktar it-turnijiet tiegħek.

# Il-feed privat tal-kalendarju, li jaqrawh l-applikazzjonijiet tal-kalendarju.
error-unknown-calendar-feed = M'hemm l-ebda kalendarju f'dan l-indirizz. Il-link seta' ntefa jew ġie sostitwit.
problem-host-missing = It-talba ma tgħidx għal liema sit hi (l-header Host nieqes jew mhux validu).
account-birth-date = Data tat-twelid
account-birth-date-submit = Issalva d-data tat-twelid
notice-birth-date-saved = Id-data tat-twelid tiegħek ġiet salvata.

## Isem, telefon u indirizz elettroniku fil-paġna tal-kont
account-details = Ismek u t-telefon tiegħek
account-details-submit = Issalva l-isem u t-telefon
field-phone = Numru tat-telefon (mhux obbligatorju)
field-phone-hint = Jarawh biss il-koordinaturi tat-turnijiet li tirreġistra għalihom, biex jikkuntattjawk dwar turn.
notice-details-saved = Ismek u n-numru tat-telefon tiegħek ġew salvati.
account-email = Indirizz elettroniku
account-email-current = Tidħol bl-indirizz { $email }.
account-email-unconfirmed = Dan l-indirizz għadu mhux ikkonfermat. Iftaħ il-link li bgħatna fuqu: sa ma tagħmel hekk, ma nistgħux nibagħtulek l-ebda ittra.
account-email-pending = Tlabt li tuża { $email } minflok. Iftaħ il-link li bgħatna hemmhekk; sa dakinhar, tibqa' tidħol bl-indirizz attwali tiegħek.
account-email-resend = Ibgħat il-link mill-ġdid
account-email-have-code = Għandi kodiċi mill-ittra
account-email-change = Ibdel l-indirizz elettroniku tiegħi
account-email-how = Nibagħtu link fl-indirizz il-ġdid. Dan jieħu post dak attwali biss meta tiftaħ dak il-link.
field-new-email = Indirizz elettroniku ġdid
field-email-password = Il-kelma sigrieta tiegħek, biex tikkonferma
account-email-submit = Ibgħat il-link
notice-email-link-sent = Bgħatnielek link. Iftħu mill-kaxxa tal-posta tiegħek biex tikkonferma l-indirizz.
notice-email-confirmed = L-indirizz elettroniku tiegħek ġie kkonfermat.
banner-email-unconfirmed = Jekk jogħġbok ikkonferma l-indirizz elettroniku tiegħek { $email }: iftaħ il-link li bgħatnielek. Sa dakinhar, ma nistgħux nibagħtulek l-ebda ittra.
banner-email-unconfirmed-link = Ma wasalx għandek?

## Il-konferma ta' indirizz bil-link li bgħatna
email-confirm-title = Ikkonferma l-indirizz elettroniku tiegħek
email-confirm-text = { $email } huwa l-indirizz tiegħek? Agħfas il-buttuna biex tikkonfermah: il-kont tiegħek se jużah biex tidħol u għall-ittri.
email-confirm-submit = Iva, ikkonferma l-indirizz tiegħi
field-confirm-code = Kodiċi mill-ittra
field-confirm-code-hint = Waħħal il-kodiċi twil mill-ittra li bgħatnielek.
email-confirmed-title = L-indirizz tiegħek ġie kkonfermat
email-confirmed-text = Minn issa 'l quddiem nibagħtu l-ittri tiegħek lil { $email }, u tidħol bih.
email-confirmed-continue = Kompli
email-confirm-expired-title = Dan il-link m'għadux jaħdem
email-confirm-expired-text = Link biex tikkonferma indirizz jaħdem darba biss, għal { $days } ijiem. Itlob wieħed ġdid mill-paġna tal-kont tiegħek: tieħu minuta.
email-confirm-ask-again = Itlob link ġdid
email-confirm-taken-title = Dan l-indirizz diġà jintuża
email-confirm-taken-text = Kont ieħor issa juża { $email }, għalhekk ma jistax ikun tiegħek ukoll. Il-kont tiegħek iżomm l-indirizz li kellu.

## L-ittra bil-link
mail-confirm-subject = Ikkonferma l-indirizz elettroniku tiegħek
mail-confirm-body = Merħba f'Entraide! Biex tirċievi aħbarijiet dwar it-turnijiet tiegħek u t-talbiet tal-ġirien tiegħek bl-ittra elettronika, ikkonferma li dan l-indirizz huwa tiegħek.
mail-confirm-new-body = Tlabt li tuża dan l-indirizz għall-kont tiegħek ta' Entraide. Ikkonfermah biex tidħol bih u tirċievi l-ittri tiegħek hawn.
mail-confirm-link = Biex tikkonfermah, iftaħ dan il-link fi żmien 7 ijiem:
mail-confirm-code = Biex tikkonfermah, idħol fis-sit, iftaħ “Il-kont tiegħi”, agħżel “Għandi kodiċi mill-ittra”, u waħħal dan il-kodiċi fi żmien 7 ijiem:
mail-confirm-ignore = Jekk ma tlabtx dan, tista' ma tagħtix kas din l-ittra: xejn ma jinbidel.
mail-confirm-footer = Qed tirċievi din l-ittra għax dan l-indirizz ingħata għal kont fuq Entraide.

## L-ittra lil indirizz li kont m'għadux juża
mail-email-changed-subject = L-indirizz elettroniku tiegħek inbidel
mail-email-changed-body = Il-kont tiegħek ta' Entraide m'għadux juża { $previous }: minn issa 'l quddiem tidħol bl-indirizz { $email }, u l-ittri tiegħek imorru hemm.
mail-email-changed-not-you = Jekk ma għamiltx dan int, forsi xi ħadd ieħor qed juża l-kont tiegħek. Ikteb minnufih lit-tim tal-pjattaforma tiegħek: jistgħu jgħinuk tieħu l-kont lura.
mail-email-changed-footer = Qed tirċievi din l-ittra għax dan l-indirizz kien ta' kont fuq Entraide.
