# Сповіщення в застосунку та сторінка вихідних листів для тих, хто керує платформою.

nav-notifications = Сповіщення
nav-notifications-unread = { $count ->
    [one] { $count } непрочитане
    [few] { $count } непрочитані
    [many] { $count } непрочитаних
   *[other] { $count } непрочитаного
}

notifications-title = Сповіщення
notifications-intro = Що сталося з вашими записами та змінами, спершу найновіше.
notifications-empty = Поки що нічого. Коли у ваших записах щось зміниться, ви знайдете це тут.
notifications-new = Нове

notification-signup-confirmed = Ваше місце на «{ $title }» ({ $when }) підтверджено.
notification-signup-waitlisted = Ви під номером { $position } у списку очікування на «{ $title }» ({ $when }).
notification-signup-promoted = Звільнилося місце: тепер ваш запис на «{ $title }» ({ $when }) підтверджено.
notification-signup-removed = Координатори вилучили ваш запис на «{ $title }» ({ $when }).
notification-shift-changed = Зміну «{ $title }» оновлено. Тепер вона триває: { $when }.
notification-shift-cancelled = Зміну «{ $title }» ({ $when }) скасовано.
notification-shift-reminder = Нагадування: ми чекаємо на вас на «{ $title }», { $when }.
notification-other = У ваших записах щось змінилося.

outbox-title = Вихідні листи
outbox-intro = Тут зберігається кожен лист, який надсилає { $platform }. Листи з позначкою «не надіслано» чекають, бо поштовий сервер не налаштовано: прочитайте їх тут і за потреби перешліть.
outbox-empty = Листів ще немає.
outbox-to = Кому
outbox-written = Написано
outbox-status = Стан
outbox-sent = Надіслано
outbox-not-sent = Не надіслано
outbox-read = Прочитати лист
notification-offer-received = Хтось запропонував допомогти з «{ $title }».
notification-offer-accepted = Вашу пропозицію допомогти з «{ $title }» прийнято.
notification-offer-declined = Дякуємо, що запропонували допомогти з «{ $title }»: цього разу все вирішили інакше.
notification-request-nearby = Сусідові поруч із вами потрібна допомога: «{ $title }».
notification-help-thanked = Ви отримали подяку за «{ $title }».
notification-moderation-warning = Команда { $platform } надіслала вам попередження: { $reason }
outbox-filter-recipient = Адреса одержувача
outbox-filter-submit = Показати
outbox-state-all = Усі листи
outbox-none-match = Жоден лист не підходить. Спробуйте частину адреси або всі листи.
outbox-older = Давніші листи
outbox-site-title = Листи про облікові записи
outbox-site-intro = Листи про самі облікові записи людей, як-от посилання для вибору нового пароля, не належать жодній платформі. Без поштового сервера вони чекають тут. Посилання в такому листі відкриває обліковий запис, для якого лист написано: передавайте його лише власникові цього облікового запису.
error-outbox-state-unknown = Виберіть усі листи, надіслані чи не надіслані.
outbox-filters = Знайти лист
notification-message-received = { $count ->
    [one] { $from } пише вам щодо запиту «{ $title }»: у вас { $count } нове повідомлення.
    [few] { $from } пише вам щодо запиту «{ $title }»: у вас { $count } нові повідомлення.
    [many] { $from } пише вам щодо запиту «{ $title }»: у вас { $count } нових повідомлень.
   *[other] { $from } пише вам щодо запиту «{ $title }»: у вас { $count } нового повідомлення.
}
