# Волонтерство: пошук пропозицій, сторінка пропозиції, зміни й записи,
# списки учасників, мої зміни, панелі організацій, навички та напрями.

## Пошук пропозицій

opportunities-title = Знайдіть, чим допомогти
opportunities-find = Знайти, чим допомогти
opportunities-filters = Фільтри
opportunities-more-filters = Більше фільтрів: навичка, напрям, мова, дати, місце
opportunities-any = Усі
opportunities-sort-start = Спершу найближчі за часом
opportunities-sort-distance = Спершу найближчі за відстанню
opportunities-search = Шукати
opportunities-reset = Скинути всі фільтри
opportunities-results = Пропозиції
opportunities-none = Поки що ніщо не відповідає цим фільтрам. Спробуйте менше фільтрів або ширшу територію.
opportunities-fix-filters = Виправте фільтри вище, щоб побачити результати.
opportunities-distance = за { $distance }
opportunities-more-shifts = { $count ->
    [one] і ще { $count } зміна
    [few] і ще { $count } зміни
    [many] і ще { $count } змін
   *[other] і ще { $count } зміни
}
opportunities-next-page = Наступна сторінка
opportunities-list-title = Чим можна допомогти разом із нами
opportunities-none-published = Наразі немає нічого, на що можна записатися.

field-search-words = Слова для пошуку
field-search-words-hint = Наприклад: продовольчий банк, читання, сад.
field-skill = Навичка
field-cause = Напрям
field-spoken-language = Мова спілкування на місці
field-from-day = З (день)
field-to-day = До (день)
field-near = Біля цього місця
field-near-hint = Вулиця, адреса, поштовий індекс або район. Можна також ввести два числа із застосунку карт, наприклад 51.05,3.72.
field-near-hint-no-places = Два числа із застосунку карт, наприклад 51.05,3.72. Коли команда платформи імпортує її вулиці, можна буде ввести також вулицю або район.
opportunities-near-place = Біля місця { $place }.
opportunities-near-others = Або біля іншого місця:
error-place-not-found = На цій платформі немає місця з такою назвою. Спробуйте ввести вулицю, поштовий індекс або район, або два числа із застосунку карт, наприклад 51.05,3.72.
field-within-km = У радіусі (км)
field-remote-only = Лише те, що можна робити з дому
field-sort = Порядок

## Одна пропозиція

opportunity-remote = Дистанційно: звідусіль
opportunity-address-unknown = Місце уточнить організація
opportunity-coordinator-tools = Інструменти координатора
opportunity-edit = Редагувати
opportunity-skills = Навички
opportunity-causes = Напрями
opportunity-languages = Мови спілкування на місці
opportunity-min-age = Мінімальний вік
opportunity-min-age-value = { $age ->
    [one] { $age } рік
    [few] { $age } роки
    [many] { $age } років
   *[other] { $age } року
}
opportunity-accessibility = Доступність
opportunity-where = Де
opportunity-shifts = Коли
opportunity-not-open = Ця пропозиція зараз не приймає записів.
opportunity-sign-in-to-sign-up = Увійдіть, щоб записатися
opportunity-join-first = Приєднайтеся до цієї платформи, щоб записатися. Це безкоштовно й займає один клік.
opportunity-ongoing = Фіксованого часу немає: допомагайте тоді, коли зручно вам і організації.
opportunity-ongoing-short = Постійно, без фіксованого часу
opportunity-no-upcoming = Наразі змін не заплановано.
opportunity-dates-nav = Інші дати
opportunity-earlier-dates = Раніші дати
opportunity-later-dates = Пізніші дати
opportunity-past-shifts = Минулі зміни
opportunity-report-hours = Повідомити про мої години
opportunity-report-hours-intro = Повідомте організації, скільки часу ви допомагали. Координатор це підтвердить.
opportunity-report-hours-submit = Надіслати ці години
opportunity-times-in-zone = Дати й час указано в часовому поясі платформи ({ $zone }).
opportunity-add-shift = Додати зміну
opportunity-add-shift-submit = Додати цю зміну
opportunity-add-series = Додати повторювані зміни
opportunity-add-series-intro = Наприклад, щовівторка з 14:00 до 17:00 до кінця березня. Потім кожну зміну можна редагувати окремо.
opportunity-add-series-submit = Додати ці зміни
opportunity-status-draft = Чернетка
opportunity-status-published = Опублікована
opportunity-status-closed = Закрита
opportunity-status-draft-hint = Її бачить лише ваша організація.
opportunity-status-published-hint = Усі можуть її знайти й записатися.
opportunity-status-closed-hint = Досі видима, але записатися ніхто не може.
opportunity-new-title = Опублікувати пропозицію
opportunity-new-submit = Зберегти пропозицію
opportunity-edit-title = Редагувати пропозицію
opportunity-edit-submit = Зберегти правки
opportunity-form-cancel = Скасувати

opportunity-notice-created = Пропозицію збережено. Тепер додайте зміни, коли люди можуть прийти.
opportunity-notice-saved = Ваші правки збережено.
opportunity-notice-signed-up = Ви записалися. Дякуємо! Напередодні ви отримаєте нагадування.
opportunity-notice-waitlisted = На цю зміну вже немає місць: ви в списку очікування. Якщо місце звільниться, воно буде вашим, і ми вам повідомимо.
opportunity-notice-left = Ваш запис скасовано.
opportunity-notice-shift-added = Зміну додано.
opportunity-notice-series-added = Повторювані зміни додано.
opportunity-notice-shift-cancelled = Зміну скасовано. Усі записані отримають повідомлення.
opportunity-notice-hours-reported = Ваші години надіслано. Координатор їх підтвердить.

field-opportunity-title = Що потрібно зробити?
field-opportunity-title-hint = Кілька слів, наприклад: Сортувати продукти в продовольчому банку.
field-opportunity-description = Розкажіть волонтерам більше
field-skills = Корисні навички
field-causes = Напрями діяльності
field-languages = Мови спілкування на місці
field-languages-hint = Позначте мови, якими волонтер може користуватися на місці.
field-min-age = Мінімальний вік (необов’язково)
field-min-age-hint = Залиште порожнім, якщо допомагати може будь-хто.
field-accessibility = Доступність (необов’язково)
field-accessibility-hint = Сходинки, ліфт, туалети, паркування, громадський транспорт…
field-where = Де це відбувається?
field-where-place = У певному місці
field-where-remote = Дистанційно: звідусіль
field-where-place-hint = Для місця вкажіть його адресу та розташування на карті (числа можна скопіювати із застосунку карт).
field-address = Адреса
field-latitude = Широта
field-latitude-hint = Наприклад 51.0543
field-longitude = Довгота
field-longitude-hint = Наприклад 3.7174
field-status = Хто може її бачити?

## Зміни

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] { $left } вільне місце
    [few] { $left } вільні місця
    [many] { $left } вільних місць
   *[other] { $left } вільного місця
} з { $slots }
shift-full = Місць немає
shift-waiting = { $count ->
    [one] { $count } людина в списку очікування
    [few] { $count } людини в списку очікування
    [many] { $count } людей у списку очікування
   *[other] { $count } людини в списку очікування
}
shift-cancelled = Скасовано
shift-sign-up = Записатися
shift-join-waiting-list = Записатися в список очікування
shift-you-confirmed = Ви записалися.
shift-you-waiting = Ви в списку очікування, місце { $position }.
shift-leave = Скасувати мій запис
shift-cancel = Скасувати цю зміну
shift-roster-link = Хто прийде
shift-weekday-1 = Понеділок
shift-weekday-2 = Вівторок
shift-weekday-3 = Середа
shift-weekday-4 = Четвер
shift-weekday-5 = П’ятниця
shift-weekday-6 = Субота
shift-weekday-7 = Неділя

field-shift-day = День
field-start-time = Час початку
field-end-time = Час завершення
field-slots = Кількість місць
field-frequency = Як часто?
field-frequency-weekly = Щотижня, у дні, позначені нижче
field-frequency-daily = Щодня
field-weekdays = Дні тижня
field-weekdays-hint = Для щотижневих змін. Якщо нічого не позначено, використовується день тижня першого дня.
field-first-day = Перший день
field-last-day = Останній день
field-except = Дні без цієї зміни (необов’язково)
field-except-hint = Наприклад, свята: 2026-12-25, 2027-01-01
field-hours-day = День
field-hours-minutes = Скільки хвилин?
field-hours-minutes-hint = Якщо це півтори години, напишіть 90.
field-hours-note = Що ви робили? (необов’язково)

## Список учасників зміни

roster-title = Хто прийде
roster-fill = Зайнято { $taken } з { $slots } місць
roster-csv = Завантажити список (CSV, для електронної таблиці)
roster-confirmed = Підтверджені
roster-attendance-later = Позначити, хто прийшов, можна вже за 30 хвилин до початку зміни.
roster-nobody = Ще ніхто не записався.
roster-attended = Присутність
roster-no-show = Неявка
roster-remove = Вилучити
roster-waiting = Список очікування
roster-nobody-waiting = Ніхто не очікує.
roster-position = місце { $position }
roster-ended = Скасовані
roster-cancelled = скасовано
roster-removed = вилучено координатором
roster-late = в останню мить
roster-erased-name = Колишній учасник
roster-edit-shift = Редагувати цю зміну
roster-edit-hint = Не менше, ніж уже підтверджених людей.
roster-edit-submit = Зберегти правки
field-minutes = Хвилини
roster-notice-attendance-saved = Присутність збережено.
roster-notice-removed = Запис вилучено. Місце тепер отримує перша людина зі списку очікування, якщо вона є.
roster-notice-shift-saved = Зміну оновлено. Усі записані отримають повідомлення.

## Мої зміни

my-shifts-nav = Мої зміни
my-shifts-title = Мої зміни
my-shifts-total = Мої години допомоги:
my-shifts-calendar = Додати мої зміни до мого календаря
my-shifts-upcoming = Найближчі
my-shifts-none-upcoming = Ви ще не записалися на жодну майбутню зміну.
my-shifts-recent = Нещодавно
my-shifts-none-recent = Нічого за останні 30 днів.
my-shifts-attended = Ви були присутні: { $duration }
my-shifts-no-show = Позначено неявку
my-shifts-done = Завершено
my-shifts-cancelled = Ви скасували
my-shifts-removed = Вилучено координатором
my-shifts-reports = Мої звіти про години
my-shifts-no-reports = Ви ще не повідомляли про години.
my-shifts-report-pending = очікує підтвердження
my-shifts-report-approved = підтверджено
my-shifts-report-declined = відхилено
my-shifts-notice-cancelled = Ваш запис скасовано.

## Панель організації

dashboard-link = Панель
dashboard-title = Панель
dashboard-publish = Опублікувати пропозицію
dashboard-figures = У цифрах
dashboard-upcoming-shifts = Найближчі зміни
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Заповнені місця
dashboard-percent = { $percent }%
dashboard-places = { $taken } з { $slots }
dashboard-no-places = Немає місць на найближчих змінах
dashboard-hours-month = Години цього місяця
dashboard-hours-total = Години загалом
dashboard-upcoming = Найближчі
dashboard-no-upcoming = Змін не заплановано.
dashboard-fill = Зайнято { $taken } з { $slots } місць{ $waiting ->
    [0] {""}
   *[other] , у списку очікування: { $waiting }
}
dashboard-opportunities = Наші пропозиції
dashboard-no-opportunities = Ви ще нічого не опублікували.
dashboard-reports = Години на підтвердження
dashboard-no-reports = Немає годин, що чекають на ваше підтвердження.
dashboard-approve = Підтвердити
dashboard-decline = Відхилити
dashboard-notice-report-approved = Години підтверджено.
dashboard-notice-report-declined = Години відхилено.
dashboard-notice-report-decided-before = Хтось уже ухвалив рішення щодо цих годин.

## Навички та напрями

terms-link = Навички та напрями
terms-title = Навички та напрями
terms-skills = Навички
terms-causes = Напрями
terms-empty = Список порожній.
terms-rename = Перейменувати
terms-remove = Вилучити
terms-add = Додати навичку або напрям
terms-add-submit = Додати
terms-kind-skill = Навичка
terms-kind-cause = Напрям
terms-notice-added = Додано.
terms-notice-renamed = Перейменовано.
terms-notice-removed = Вилучено.
field-term-kind = Який список?
field-term-code = Код
field-term-code-hint = Коротка незмінна назва для програм: від 2 до 40 малих латинських літер, цифр і дефісів, наприклад first-aid.

# Тривалість так, як її читає людина («1 год 15 хв»); $hours і $minutes надходять уже відформатованими.
duration-minutes = { $minutes } хв
duration-hours = { $hours } год
duration-hours-minutes = { $hours } год { $minutes } хв
# A shift that has started and not yet ended.
shift-happening-now = Триває зараз
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Додати дату народження
terms-intro-languages = Пропозиції впорядковуються за цими списками, і люди фільтрують за ними. Кожен запис має назву англійською; дайте йому назви мовами, якими тут читають люди.
field-term-english = Назва англійською
terms-names-link = Назви іншими мовами
terms-names-title = Назви запису «{ $name }»
terms-names-intro = Дайте цьому запису назву кожною мовою, якою тут читають люди. Якщо якоюсь мовою назви немає, її читачі бачать назву мовою платформи ({ $language }), а якщо й її немає — англійською. Стандартні записи вже мають назви всіма мовами, доки їхню англійську назву не змінено.
terms-names-other-languages = Інші мови
terms-names-submit = Зберегти назви
terms-add-name-in = Назва мовою: { $language } (необов’язково)
terms-add-name-hint = Назви іншими мовами можна додати пізніше.
terms-notice-named = Назви збережено.
error-term-name-english = Англійська назва вводиться в окреме поле.
roster-came = { $name } — присутність
roster-attendance-how = Усіх позначено як присутніх, із хвилинами зміни. Зніміть позначку з тих, хто не прийшов, за потреби змініть хвилини, а потім збережіть один раз.
roster-save-all = Зберегти присутність
error-attendance-minutes-out-of-range = Введіть хвилини цілим числом від 0 до тривалості зміни плюс 12 годин.
error-too-many-marks = Надсилайте присутність не більш ніж 1000 осіб за раз.
opportunity-create-account = Створити обліковий запис
opportunity-notice-welcome = Вітаємо! Ваш обліковий запис готовий: виберіть зміну нижче, щоб записатися.
signup-cancel-title = Ви хочете відмовитися від свого місця?
signup-cancel-question = Ви хочете відмовитися від свого місця на «{ $title }», { $when }?
signup-cancel-hint = Ваше місце отримає перша людина зі списку очікування, або воно знову стане вільним. Ви можете записатися знову, поки ще є вільні місця.
signup-cancel-confirm = Так, відмовитися від місця
signup-cancel-keep = Ні, залишити моє місце
roster-remove-title = Ви хочете вилучити когось із цієї зміни?
roster-remove-question = { $name }: вилучити зі зміни «{ $title }», { $when }?
roster-remove-hint = Людині надійде повідомлення, а місце перейде до першої людини зі списку очікування.
roster-remove-confirm = Так, вилучити: { $name }
roster-remove-keep = Ні, залишити в списку
