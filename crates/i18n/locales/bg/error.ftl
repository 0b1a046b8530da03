# Грешки: заглавия на проблеми (API и страници) и съобщения за всеки код на грешка.

problem-invalid-input = Някои данни липсват или са грешни
problem-malformed = Заявката не може да бъде прочетена
problem-json-expected = Изпратете тяло във формат JSON със заглавка Content-Type application/json.
problem-object-expected = Тялото трябва да бъде JSON обект.
problem-conflict = Това вече съществува
problem-unauthenticated = Моля, влезте в профила си
problem-forbidden = Нямате право да направите това
problem-not-found = Не е намерено
problem-refused = Тази промяна не е възможна
problem-too-many-requests = Твърде много опити
problem-retry-after = Моля, изчакайте { $seconds ->
    [one] една секунда
   *[other] { $seconds } секунди
}, преди да опитате отново.
problem-internal = Нещо се обърка от наша страна

page-forbidden = Вашата роля в тази платформа не позволява това.
page-internal = Съжаляваме: нещо се обърка от наша страна. Моля, опитайте отново след малко.
page-form-expired = Срокът на този формуляр е изтекъл. Върнете се назад, презаредете страницата и опитайте отново.

error-required = Моля, попълнете това поле.
error-too-long = Това е твърде дълго.
error-type = Тази стойност е от грешен тип: { $detail }
error-email-malformed = Въведете имейл адрес като name@example.org.
error-password-too-short = Паролата трябва да е поне 10 знака.
error-password-wrong = Тази парола не е правилна.
error-credentials-wrong = Имейл адресът или паролата не са правилни.
error-date-malformed = Въведете дата като 1990-04-23.
error-birth-date-implausible = Проверете датата на раждане: тя не може да е в бъдещето или преди 1900 г.
error-locale-unknown = Този език не е наличен.
error-slug-length = Използвайте от 2 до 40 знака.
error-slug-characters = Използвайте само малки латински букви (a–z), цифри и тирета, без тире в началото или в края.
error-latitude-out-of-range = Географската ширина трябва да е между -90 и 90.
error-longitude-out-of-range = Географската дължина трябва да е между -180 и 180.
error-coordinates-malformed = Запишете точката като ширина,дължина, например 50.85,4.35.
error-organisation-kind-unknown = Изберете един от видовете организации.
error-role-unknown = Тази роля не съществува.
error-account-unknown = Все още никой няма профил с този имейл адрес.
error-platform-unknown = Няма платформа с този адрес.
error-last-admin = Организацията трябва да има поне един администратор. Първо добавете друг администратор.
error-taken-email = Вече съществува профил с този имейл адрес.
error-taken-slug = Друга платформа вече използва този адрес.
error-taken-member = Този човек вече е член.
error-unknown-platform = Няма такава платформа.
error-unknown-organisation = Няма такава организация.
error-unknown-account = Няма такъв профил.
error-unknown-token = Няма такъв ключ.
error-unknown-member = Този човек не е член.
error-unknown-page = На този адрес няма нищо.
error-unknown-parent = Няма такава платформа от по-горно ниво.
error-time-zone-unknown = Тази часова зона не съществува. Използвайте име като Europe/Brussels.
