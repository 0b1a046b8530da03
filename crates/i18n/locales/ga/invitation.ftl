## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Cuireadh: { $title }
mail-shift-invitation-body = Ceapann { $organisation } go mbeifeá i do chabhair mhór ag { $title }, { $when }, agus tugann siad cuireadh duit teacht. Más féidir leat, cláraigh don seal seo ar a leathanach ar { $platform }. Mura féidir leat, níl aon rud le déanamh agat.
notification-shift-invitation = Tugann { $organisation } cuireadh duit chuig { $title } ({ $when }).
mail-cover-needed-subject = Áit le líonadh: { $title }
mail-cover-needed-body = Chealaigh duine éigin go déanach: { $title }, { $when }, agus níl aon duine ar an liosta feithimh. Ar leathanach na ndaoine molta don seal seo, is féidir leat cuireadh a thabhairt do dhaoine oiriúnacha le cliceáil amháin.
notification-cover-needed = D'fhág cealú déanach áit folamh ag { $title } ({ $when }): féach cé dó a bhféadfá cuireadh a thabhairt.
mail-open-link = Oscail: { $link }
suggestion-invite = Tabhair cuireadh
suggestion-notice-invited = Tá do chuireadh ar a bhealach. Ní thaispeántar daoine a fuair cuireadh anseo a thuilleadh.
error-taken-invitation = Tá cuireadh faighte ag an duine seo chuig an seal seo cheana.
