## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Запрошення: { $title }
mail-shift-invitation-body = Організація { $organisation } вважає, що ви дуже допомогли б на «{ $title }», { $when }, і запрошує вас прийти. Якщо можете, запишіться на цю зміну на її сторінці на платформі { $platform }. Якщо не можете, нічого робити не потрібно.
notification-shift-invitation = Організація { $organisation } запрошує вас на «{ $title }» ({ $when }).
mail-cover-needed-subject = Потрібно заповнити місце: { $title }
mail-cover-needed-body = Хтось в останню мить скасував запис на «{ $title }», { $when }, а у списку очікування нікого немає. На сторінці запропонованих людей для цієї зміни ви можете одним натисканням запросити тих, хто підходить.
notification-cover-needed = Через пізнє скасування звільнилося місце на «{ $title }» ({ $when }): подивіться, кого ви могли б запросити.
mail-open-link = Відкрити: { $link }
suggestion-invite = Запросити
suggestion-notice-invited = Ваше запрошення надіслано. Запрошених людей тут більше не показано.
error-taken-invitation = Цю особу вже запрошено на цю зміну.
