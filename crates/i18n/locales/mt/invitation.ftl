## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Stedina: { $title }
mail-shift-invitation-body = { $organisation } taħseb li tista' tkun ta' għajnuna kbira f'{ $title }, { $when }, u tistiednek tiġi. Jekk tista', irreġistra għal dan it-turn fil-paġna tiegħu fuq { $platform }. Jekk ma tistax, m'hemmx bżonn tagħmel xejn.
notification-shift-invitation = { $organisation } tistiednek għal { $title } ({ $when }).
mail-cover-needed-subject = Post li jrid jimtela: { $title }
mail-cover-needed-body = Xi ħadd ikkanċella tard għal { $title }, { $when }, u ħadd m'hu fil-lista ta' stennija. Fil-paġna tan-nies issuġġeriti għat-turn tista' tistieden lin-nies li jaqblu, bi klikk waħda.
notification-cover-needed = Kanċellazzjoni tard ħalliet post vojt f'{ $title } ({ $when }): ara lil min tista' tistieden.
mail-open-link = Iftaħ: { $link }
suggestion-invite = Istieden
suggestion-notice-invited = L-istedina tiegħek intbagħtet. In-nies mistiedna ma jibqgħux jidhru hawn.
error-taken-invitation = Din il-persuna diġà mistiedna għal dan it-turn.
