## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Покана: { $title }
mail-shift-invitation-body = Организацията { $organisation } смята, че бихте били голяма помощ на смяната „{ $title }“ ({ $when }), и ви кани да дойдете. Ако можете, запишете се за тази смяна на нейната страница в { $platform }. Ако не можете, не е нужно да правите нищо.
notification-shift-invitation = Организацията { $organisation } ви кани на смяната „{ $title }“ ({ $when }).
mail-cover-needed-subject = Свободно място: { $title }
mail-cover-needed-body = Някой отмени записването си в последния момент за смяната „{ $title }“ ({ $when }), а в списъка с чакащи няма никого. На страницата с предложени хора за тази смяна можете с едно щракване да поканите подходящи хора.
notification-cover-needed = Отказ в последния момент освободи място на смяната „{ $title }“ ({ $when }): вижте кого бихте могли да поканите.
mail-open-link = Отваряне: { $link }
suggestion-invite = Поканване
suggestion-notice-invited = Поканата ви е изпратена. Поканените хора вече не се показват тук.
error-taken-invitation = Този човек вече е поканен на тази смяна.
