# Сусідська допомога: запити, пропозиції, приватні розмови та завершення.

error-category-unknown = Виберіть одну з категорій допомоги цієї платформи.
error-window-ends-before-start = Кінець часового проміжку має бути пізніше за його початок.
error-phone-malformed = Введіть номер телефону з 6–15 цифр, наприклад +32 470 12 34 56.
error-within-km-out-of-range = Відстань має бути більшою за 0 і не більшою за 25 км.
error-help-minutes-out-of-range = Кількість хвилин має бути щонайменше 1 і не перевищувати часовий проміжок запиту.
error-request-closed = Цей запит уже завершено.
error-request-not-open = Цей запит більше не приймає пропозицій.
error-request-not-accepted = Для цього запиту ще не прийнято жодної пропозиції.
error-taken-offer = Ви вже запропонували допомогу з цим запитом.
error-taken-completed = Цей запит уже позначено як виконаний.
error-unknown-request = Такого запиту не існує.
error-unknown-offer = Такої пропозиції не існує або вона вже не відкрита.
error-unknown-category = Такої категорії допомоги не існує.

## Сторінки сусідської допомоги.

help-page-nav = Сусідська допомога
help-page-platform-link = Сусідська допомога
help-page-list-title = Сусідська допомога
help-page-list-intro = Сусіди допомагають одне одному в дрібних справах. Попросіть про допомогу або запропонуйте свою.
help-page-ask-button = Попросити про допомогу
help-page-mine-link = Мої запити та пропозиції
help-page-filters = Виберіть, які запити показати
help-page-field-category-filter = Вид допомоги
help-page-any-category = Будь-яка допомога
help-page-field-distance = Як далеко
help-page-within = У межах { $distance }
help-page-show = Показати
help-page-results = Запити
help-page-none = Зараз ніхто не просить про такий вид допомоги.
help-page-fix-filters = Змініть вибір вище, щоб побачити запити.
help-page-next-page = Більше запитів
help-page-distance = приблизно за { $distance }
help-page-area = Район навколо { $lat }, { $lon }
help-page-area-unknown = Район невідомий
help-page-asked-on = Запит від { $date }

help-page-status-open = Чекає на помічника
help-page-status-accepted = Помічника вибрано
help-page-status-completed = Виконано
help-page-status-cancelled = Скасовано
help-page-offer-open = Ви запропонували допомогу. Чекаємо на відповідь.
help-page-offer-accepted = Вашу пропозицію прийнято.
help-page-offer-declined = Цього разу допомагає хтось інший.
help-page-offer-line-open = Чекає на вашу відповідь
help-page-offer-line-accepted = Прийнято
help-page-offer-line-declined = Не вибрано

help-page-when = Коли
help-page-where = Де
help-page-address-private = Точну адресу побачить лише вибраний помічник.
help-page-exact-point = Точка на мапі: { $point }
help-page-requester = Хто просить
help-page-on-behalf = Для кого
help-page-consent = Згода: { $by }, { $date } ({ $how })
help-page-helper = Помічник
help-page-time-given = Наданий час
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
help-page-erased-name = Колишній учасник
help-page-messages-link = Повідомлення
help-page-sign-in-to-offer = Увійдіть, щоб запропонувати допомогу
help-page-join-first = Приєднайтеся до цієї платформи, щоб запропонувати допомогу.
help-page-offer-title = Запропонувати допомогу
help-page-field-offer-message = Коротке повідомлення (можна залишити порожнім)
help-page-field-offer-message-hint = Наприклад: коли ви можете прийти.
help-page-offer-submit = Запропонувати допомогу
help-page-offers-title = Люди, які запропонували допомогу
help-page-no-offers = Пропозицій поки немає. Ми повідомимо вас, коли хтось запропонує допомогу.
help-page-accept = Прийняти
help-page-done-title = Позначити як виконане
help-page-done-intro = Допомогу вже надано? Вкажіть, скільки часу це зайняло. Ваш помічник отримає цей час як кредит.
help-page-field-minutes = Скільки хвилин це зайняло?
help-page-field-minutes-hint = Від 1 до { $max } хвилин. 60 хвилин — це одна година.
help-page-done-submit = Позначити як виконане
help-page-cancel-link = Скасувати мій запит
help-page-cancel-title = Скасувати мій запит
help-page-cancel-question = Ви хочете скасувати «{ $title }»?
help-page-cancel-hint = Люди, які запропонували допомогу, побачать, що вона вам більше не потрібна.
help-page-cancel-confirm = Так, скасувати
help-page-cancel-keep = Ні, залишити

help-page-ask-title = Попросити про допомогу
help-page-join-to-ask = Приєднайтеся до цієї платформи, щоб попросити про допомогу.
help-page-question-category = З чим вам потрібна допомога?
help-page-next = Далі
help-page-chosen-category = Ви просите: { $category }
help-page-change-category = Змінити
help-page-section-what = Що
help-page-field-title = Кількома словами
help-page-field-title-hint = Наприклад: покупки в магазині на розі
help-page-field-description = Розкажіть докладніше
help-page-field-description-hint = Що потрібно і все, що помічник має знати.
help-page-section-where = Де
help-page-where-private = Адресу бачить лише помічник, якого ви виберете. Інші бачать лише район.
help-page-field-address = Адреса
help-page-place-hint = Місце на мапі допомагає сусідам поблизу знайти ваш запит. Обидва числа можна скопіювати з програми з мапами.
help-page-use-my-position = Використати моє поточне місцезнаходження
help-page-position-failed = Не вдалося визначити ваше місцезнаходження. Введіть числа вручну.
help-page-section-when = Коли
help-page-field-from-day = З (день)
help-page-field-from-time = З (час)
help-page-field-until-day = До (день)
help-page-field-until-time = До (час)
help-page-on-behalf-summary = Я прошу для іншої людини
help-page-on-behalf-intro = Заповнюйте це, лише якщо просите для іншої людини і з її згоди.
help-page-field-on-behalf-name = Ім’я цієї людини
help-page-field-on-behalf-phone = Номер телефону цієї людини
help-page-field-on-behalf-phone-hint = Наприклад +32 470 12 34 56
help-page-field-consent-given-by = Хто дав згоду?
help-page-field-consent-given-by-hint = Сама людина або той, хто має право вирішувати за неї.
help-page-field-consent-day = Коли надано згоду?
help-page-field-consent-how = Як надано згоду?
help-page-field-consent-how-hint = Наприклад: телефоном, особисто, письмово.
help-page-ask-submit = Попросити про допомогу
help-page-ask-cancel = Назад

help-page-messages-title = Повідомлення
help-page-messages-with = Розмова з: { $name }
help-page-messages-private = Ці повідомлення можете читати лише ви двоє.
help-page-no-messages = Повідомлень поки немає.
help-page-message-erased = (повідомлення видалено)
help-page-write-title = Написати повідомлення
help-page-field-message = Ваше повідомлення
help-page-send = Надіслати
help-page-back-to-request = Назад до запиту

help-page-mine-title = Мої запити та пропозиції
help-page-mine-requests = Мої запити про допомогу
help-page-mine-no-requests = Ви ще не просили про допомогу.
help-page-mine-offers = Мої пропозиції допомоги
help-page-mine-no-offers = Ви ще не пропонували допомогу.
help-page-mine-see-offers = Подивитися, хто запропонував допомогу
help-page-mine-talk-and-finish = Написати помічникові або позначити як виконане
help-page-mine-talk = Написати повідомлення
help-page-mine-offer-done = Ви допомогли. Дякуємо!

help-page-notice-asked = Ваш запит опубліковано. Ми повідомимо вас, коли хтось запропонує допомогу.
help-page-notice-offered = Дякуємо! Людина побачить вашу пропозицію.
help-page-notice-accepted = Ви прийняли пропозицію. Тепер ваш помічник бачить адресу.
help-page-notice-cancelled = Ваш запит скасовано.
help-page-notice-completed = Готово! Ваш помічник отримав цей час як кредит.
help-page-notice-sent = Ваше повідомлення надіслано.
