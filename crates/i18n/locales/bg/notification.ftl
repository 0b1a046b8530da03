# Известия в приложението и страницата с изходяща поща за хората, които управляват платформа.

nav-notifications = Известия
nav-notifications-unread = { $count ->
    [one] { $count } непрочетено
   *[other] { $count } непрочетени
}

notifications-title = Известия
notifications-intro = Какво се е случило със записванията и смените ви, първо най-новите.
notifications-empty = Все още няма нищо. Когато нещо в записванията ви се промени, ще го намерите тук.
notifications-new = Ново

notification-signup-confirmed = Мястото ви на смяната „{ $title }“ ({ $when }) е потвърдено.
notification-signup-waitlisted = Вие сте номер { $position } в списъка с чакащи за смяната „{ $title }“ ({ $when }).
notification-signup-promoted = Освободи се място: вече сте потвърдени за смяната „{ $title }“ ({ $when }).
notification-signup-removed = Координаторите премахнаха записването ви за смяната „{ $title }“ ({ $when }).
notification-shift-changed = Смяната „{ $title }“ е променена. Сега е: { $when }.
notification-shift-cancelled = Смяната „{ $title }“ ({ $when }) беше отменена.
notification-shift-reminder = Напомняне: очакват ви на смяната „{ $title }“, { $when }.
notification-other = Нещо в записванията ви се промени.

outbox-title = Изходяща поща
outbox-intro = Тук се пази всеки имейл, който { $platform } изпраща. Имейлите с отметка „неизпратен“ чакат, защото не е настроен пощенски сървър: прочетете ги тук и ги препратете, ако е нужно.
outbox-empty = Все още няма имейли.
outbox-to = До
outbox-written = Написан
outbox-status = Състояние
outbox-sent = Изпратен
outbox-not-sent = Неизпратен
outbox-read = Прочитане на имейла
notification-offer-received = Някой предложи да помогне с „{ $title }“.
notification-offer-accepted = Предложението ви да помогнете с „{ $title }“ е прието.
notification-offer-declined = Благодарим ви, че предложихте да помогнете с „{ $title }“: този път беше решено по друг начин.
notification-request-nearby = Съсед близо до вас има нужда от помощ: „{ $title }“.
notification-help-thanked = Получихте благодарност за „{ $title }“.
notification-moderation-warning = Екипът на { $platform } ви изпрати предупреждение: { $reason }
outbox-filter-recipient = Адрес на получателя
outbox-filter-submit = Показване
outbox-state-all = Всички имейли
outbox-none-match = Няма съвпадащи имейли. Опитайте с част от адреса или с всички имейли.
outbox-older = По-стари имейли
outbox-site-title = Имейли за профили
outbox-site-intro = Имейлите за самите профили на хората, например връзка за избор на нова парола, не принадлежат на никоя платформа. Без пощенски сървър те чакат тук. Връзката в такъв имейл отваря профила, за който е написан имейлът: препратете я само на собственика на профила.
error-outbox-state-unknown = Изберете всички имейли, изпратени или неизпратени.
outbox-filters = Търсене на имейл
notification-message-received = { $count ->
    [one] { $from } ви изпрати съобщение относно „{ $title }“.
   *[other] { $from } ви изпрати { $count } нови съобщения относно „{ $title }“.
}
