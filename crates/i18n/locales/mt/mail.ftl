# Ittri elettroniċi dwar reġistrazzjonijiet u turnijiet. Varjabbli: $name (ir-riċevitur), $title
# (l-opportunità), $organisation, $when (il-jum u l-ħinijiet, diġà miktuba kif jaqra l-qarrej),
# $position (il-post fil-lista ta' stennija), $platform (l-isem tal-pjattaforma).

mail-greeting = Bonġu { $name },
mail-when = { $start } – { $end }
mail-place = Fejn: { $address }
mail-signature = Grazzi talli qed tgħin!
mail-footer = Qed tirċievi din l-ittra għax irreġistrajt għal turn fuq { $platform }. In-notifiki kollha tiegħek jinsabu fil-kont tiegħek.

mail-signup-confirmed-subject = Għandek post: { $title }
mail-signup-confirmed-body = Postok għal { $title } ma' { $organisation } huwa kkonfermat: { $when }. Jekk ma tistax tiġi aktar, jekk jogħġbok ikkanċella r-reġistrazzjoni tiegħek, biex xi ħadd ieħor ikun jista' jieħu postok.

mail-signup-waitlisted-subject = Int fil-lista ta' stennija: { $title }
mail-signup-waitlisted-body = { $title } ma' { $organisation } ({ $when }) bħalissa mimli. Int numru { $position } fil-lista ta' stennija, u niktbulek hekk kif ikollok post.

mail-signup-promoted-subject = Inħeles post għalik: { $title }
mail-signup-promoted-body = Aħbar tajba: inħeles post, u huwa tiegħek. Ir-reġistrazzjoni tiegħek għal { $title } ma' { $organisation } issa hija kkonfermata: { $when }.

mail-signup-removed-subject = Ir-reġistrazzjoni tiegħek tneħħiet: { $title }
mail-signup-removed-body = Il-koordinaturi ta' { $organisation } neħħew ir-reġistrazzjoni tiegħek għal { $title } ({ $when }). Jekk taħseb li dan huwa żball, jekk jogħġbok ikkuntattjahom.

mail-shift-changed-subject = Ħin ġdid għal { $title }
mail-shift-changed-body = It-turn li rreġistrajt għalih, { $title } ma' { $organisation }, inbidel. Issa huwa: { $when }. Jekk ma jaqbillekx aktar, jekk jogħġbok ikkanċella r-reġistrazzjoni tiegħek.

mail-shift-cancelled-subject = Ikkanċellat: { $title }
mail-shift-cancelled-body = { $organisation } ikkanċellat it-turn ta' { $title } ippjanat għal { $when }. M'għandekx għalfejn tiġi. Grazzi tar-rieda tiegħek li tgħin.

mail-shift-reminder-subject = Tfakkira: { $title }
mail-shift-reminder-body = Tfakkira ħbiberija: qed nistennewk għal { $title } ma' { $organisation }, { $when }. Jekk fl-aħħar ma tistax tiġi, jekk jogħġbok ikkanċella r-reġistrazzjoni tiegħek biex xi ħadd ieħor ikun jista' jieħu postok.

## Għajnuna bejn il-ġirien. Qatt l-indirizz: ittra tista' tinqara kullimkien.
mail-help-signature = Grazzi talli int ġar tajjeb!
mail-help-footer = Qed tirċievi din l-ittra għax qed tieħu sehem fl-għajnuna bejn il-ġirien fuq { $platform }. In-notifiki kollha tiegħek jinsabu fil-kont tiegħek.
mail-offer-received-subject = Xi ħadd offra li jgħin: { $title }
mail-offer-received-body = Ġar offra li jgħinek bit-talba tiegħek “{ $title }”. Iftaħ it-talba biex taqra l-messaġġ tiegħu u aċċetta l-offerta tiegħu jekk taqbel miegħek.
mail-offer-accepted-subject = L-offerta tiegħek ġiet aċċettata: { $title }
mail-offer-accepted-body = Aħbar tajba: l-offerta tiegħek li tgħin f'“{ $title }” ġiet aċċettata ({ $when }). Issa tista' tara l-indirizz u tikteb lill-persuna fil-konversazzjoni tat-talba.
mail-offer-declined-subject = Grazzi tal-offerta tiegħek: { $title }
mail-offer-declined-body = Grazzi talli offrejt li tgħin f'“{ $title }”. Din id-darba t-talba ġiet solvuta b'mod ieħor, għalhekk l-għajnuna tiegħek m'hijiex meħtieġa għaliha. Il-qalb tajba tiegħek tintebaħ: ġirien oħra qed jitolbu l-għajnuna, u nittamaw li ssib wieħed li tista' tgħin.
mail-request-nearby-subject = Ġar qrib tiegħek għandu bżonn l-għajnuna: { $title }
mail-request-nearby-body = Talba ġdida taqbel ma' dak li għidt li tista' tagħmel: “{ $title }” ({ $when }). Iftaħha biex tara aktar u offri l-għajnuna tiegħek jekk tista'.
mail-help-thanked-subject = Ringrazzjament għal “{ $title }”
mail-help-thanked-body = Il-persuna li għent, jew li għenitek, f'“{ $title }” ħallietlek nota. Iftaħ it-talba biex taqraha.
mail-moderation-warning-subject = Messaġġ mit-tim ta' { $platform }
mail-moderation-warning-body = It-tim li jmexxi { $platform } qara dak li ktibt u qed jitolbok tibdel il-mod kif tieħu sehem. Ir-raġuni tagħhom: { $reason }. Jekk dan jerġa' jiġri, il-kont tiegħek jista' jiġi sospiż.
mail-open-this = Iftaħ minn hawn:
mail-message-received-subject = Messaġġ mingħand { $from } dwar “{ $title }”
mail-message-received-body = { $count ->
    [one] Għandek messaġġ ġdid mingħand { $from } dwar “{ $title }”. Aqrah u wieġeb fuq { $platform }.
    [two] Għandek żewġ messaġġi ġodda mingħand { $from } dwar “{ $title }”. Aqrahom u wieġeb fuq { $platform }.
    [few] Għandek { $count } messaġġi ġodda mingħand { $from } dwar “{ $title }”. Aqrahom u wieġeb fuq { $platform }.
    [many] Għandek { $count } messaġġ ġdid mingħand { $from } dwar “{ $title }”. Aqrahom u wieġeb fuq { $platform }.
   *[other] Għandek { $count } messaġġ ġdid mingħand { $from } dwar “{ $title }”. Aqrahom u wieġeb fuq { $platform }.
}
