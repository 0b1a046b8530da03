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
