## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Een uitnodiging: { $title }
mail-shift-invitation-body = { $organisation } denkt dat je een grote hulp zou zijn bij { $title }, { $when }, en nodigt je uit om te komen. Kun je? Schrijf je dan in voor deze dienst op de pagina ervan op { $platform }. Kun je niet, dan hoef je niets te doen.
notification-shift-invitation = { $organisation } nodigt je uit voor { $title } ({ $when }).
mail-cover-needed-subject = Een plek om op te vullen: { $title }
mail-cover-needed-body = Iemand heeft zich op het laatste moment afgemeld voor { $title }, { $when }, en er staat niemand op de wachtlijst. Op de pagina met voorgestelde mensen voor de dienst kun je met één klik mensen uitnodigen die passen.
notification-cover-needed = Door een late afmelding is er een plek vrij bij { $title } ({ $when }): kijk wie je zou kunnen uitnodigen.
mail-open-link = Openen: { $link }
suggestion-invite = Uitnodigen
suggestion-notice-invited = Je uitnodiging is onderweg. Uitgenodigde mensen staan hier niet meer.
error-taken-invitation = Deze persoon is al uitgenodigd voor deze dienst.
