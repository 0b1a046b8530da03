# Помилки: заголовки проблем (API і сторінки) та повідомлення для кожного коду помилки.

problem-invalid-input = Деяких даних бракує або вони хибні
problem-malformed = Не вдалося прочитати запит
problem-json-expected = Надішліть тіло запиту у форматі JSON із Content-Type application/json.
problem-object-expected = Тіло запиту має бути об’єктом JSON.
problem-conflict = Таке вже існує
problem-unauthenticated = Будь ласка, увійдіть
problem-forbidden = Вам не дозволено це робити
problem-not-found = Не знайдено
problem-refused = Ця зміна неможлива
problem-too-many-requests = Забагато спроб
problem-retry-after = Зачекайте { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}, перш ніж спробувати знову.
problem-internal = Щось пішло не так з нашого боку

page-forbidden = Ваша роль на цій платформі цього не дозволяє.
page-internal = Перепрошуємо: щось пішло не так з нашого боку. Спробуйте ще раз за мить.
page-form-expired = Термін дії цієї форми минув. Поверніться назад, перезавантажте сторінку й спробуйте ще раз.

error-required = Заповніть це поле.
error-too-long = Це значення задовге.
error-type = Це значення має неправильний тип: { $detail }
error-email-malformed = Введіть адресу електронної пошти, наприклад name@example.org.
error-password-too-short = Пароль має містити щонайменше 10 символів.
error-password-wrong = Цей пароль неправильний.
error-credentials-wrong = Неправильна адреса електронної пошти або пароль.
error-date-malformed = Введіть дату у форматі 1990-04-23.
error-birth-date-implausible = Перевірте дату народження: вона не може бути в майбутньому або раніше 1900 року.
error-locale-unknown = Ця мова недоступна.
error-slug-length = Використайте від 2 до 40 символів.
error-slug-characters = Використовуйте лише малі латинські літери, цифри й дефіси; дефіс не може стояти на початку чи в кінці.
error-latitude-out-of-range = Широта має бути в межах від -90 до 90.
error-longitude-out-of-range = Довгота має бути в межах від -180 до 180.
error-coordinates-malformed = Запишіть точку як широта,довгота, наприклад 50.85,4.35.
error-organisation-kind-unknown = Виберіть один із типів організацій.
error-role-unknown = Такої ролі не існує.
error-account-unknown = Ще ніхто не має облікового запису з цією адресою електронної пошти.
error-platform-unknown = За цією адресою немає платформи.
error-last-admin = В організації має бути принаймні один адміністратор. Спершу додайте іншого адміністратора.
error-taken-email = Обліковий запис із цією адресою електронної пошти вже існує.
error-taken-slug = Цю адресу вже використовує інша платформа.
error-taken-member = Ця особа вже є учасником.
error-unknown-platform = Такої платформи не існує.
error-unknown-organisation = Такої організації не існує.
error-unknown-account = Такого облікового запису не існує.
error-unknown-token = Такого ключа не існує.
error-unknown-member = Ця особа не є учасником.
error-unknown-page = За цією адресою нічого немає.
error-unknown-parent = Такої батьківської платформи не існує.
error-time-zone-unknown = Такого часового поясу не існує. Використайте назву на зразок Europe/Brussels.
error-term-kind-unknown = Виберіть навичку або напрям.
error-term-code-invalid = Використайте від 2 до 40 малих латинських літер, цифр і дефісів, наприклад first-aid.
error-term-in-use = Цей пункт досі використовується в одній із пропозицій.
error-status-unknown = Виберіть: чернетка, опублікована або закрита.
error-min-age-out-of-range = Мінімальний вік має бути в межах від 0 до 99.
error-datetime-malformed = Введіть дату й час у форматі 2026-12-01T14:00:00+01:00.
error-time-malformed = Введіть час у форматі 14:00.
error-shift-ends-before-start = Кінець має бути пізніше за початок.
error-slots-out-of-range = Зміна повинна мати від 1 до 10000 місць.
error-frequency-unknown = Виберіть: щодня або щотижня.
error-series-without-end = Серія повинна мати останній день.
error-series-ends-before-start = Останній день має бути пізніше за перший.
error-series-too-long = Серія може створити щонайбільше 400 змін.
error-series-empty = З цими днями та винятками не залишається жодної зміни.
error-weekday-out-of-range = Дні тижня позначаються числами від 1 (понеділок) до 7 (неділя).
error-birth-date-needed = Для цього заходу є мінімальний вік: спершу додайте дату народження до свого облікового запису.
error-too-young = Ваш вік менший за мінімальний для цього заходу.
error-minutes-out-of-range = Вкажіть від 1 хвилини до 24 годин.
error-day-in-future = Цей день ще не настав.
error-slots-below-taken = Підтверджених людей уже більше, ніж ця кількість місць.
error-shift-cancelled = Цю зміну скасовано.
error-shift-past = Ця зміна вже почалася; запис закрито.
error-shift-not-started = Присутність можна позначити, коли зміна почнеться.
error-signup-ended = Цей запис уже завершено.
error-signup-not-confirmed = Присутніми чи відсутніми можна позначати лише підтверджених людей.
error-report-decided = Цей звіт про години вже схвалено або відхилено.
error-opportunity-not-open = Ця пропозиція не приймає записів.
error-skill-unknown = Цієї навички немає в списку платформи.
error-cause-unknown = Цього напряму немає в списку платформи.
error-taken-signup = Ви вже записані на цю зміну.
error-unknown-term = Такої навички чи напряму не існує.
error-unknown-opportunity = Такої пропозиції не існує.
error-unknown-shift = Такої зміни не існує.
error-unknown-signup = Такого запису не існує.
error-unknown-report = Такого звіту про години не існує.
error-term-code-taken = Цей код уже є в списку. Натомість перейменуйте той пункт.
error-radius-out-of-range = Вкажіть відстань від 0 до 500 км.
error-limit-out-of-range = Запитуйте від 1 до 100 результатів на сторінку.
error-near-needed-for-distance = Щоб сортувати за відстанню, вкажіть, біля якого місця шукати.
error-sort-unknown = Виберіть «Спершу найближчі за часом» або «Спершу найближчі за відстанню».
error-cursor-invalid = Це посилання на сторінку вже недійсне. Почніть пошук заново.
