## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Vabilo: { $title }
mail-shift-invitation-body = Organizacija { $organisation } meni, da bi bili v veliko pomoč pri izmeni „{ $title }“, { $when }, in vas vabi, da pridete. Če lahko, se prijavite na to izmeno na njeni strani na platformi { $platform }. Če ne morete, vam ni treba storiti ničesar.
notification-shift-invitation = Organizacija { $organisation } vas vabi na izmeno „{ $title }“ ({ $when }).
mail-cover-needed-subject = Mesto, ki ga je treba zapolniti: { $title }
mail-cover-needed-body = Nekdo je pozno preklical prijavo na izmeno „{ $title }“, { $when }, na čakalnem seznamu pa ni nikogar. Na strani predlaganih oseb za to izmeno lahko z enim klikom povabite ustrezne ljudi.
notification-cover-needed = Zaradi poznega preklica je ostalo prosto mesto na izmeni „{ $title }“ ({ $when }): poglejte, koga bi lahko povabili.
mail-open-link = Odpri: { $link }
suggestion-invite = Povabi
suggestion-notice-invited = Vaše vabilo je na poti. Povabljene osebe tu niso več prikazane.
error-taken-invitation = Ta oseba je na to izmeno že povabljena.
