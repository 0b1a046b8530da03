# Реєстрація, вхід і вихід; сторінка облікового запису.

sign-up-title = Створіть обліковий запис
sign-up-intro = Це займе хвилину. Ми просимо лише те, що справді потрібно.
sign-up-submit = Створити обліковий запис
sign-up-have-account = Уже маєте обліковий запис?
sign-in-title = Вхід
sign-in-submit = Увійти
sign-in-no-account = Вперше тут?

field-display-name = Ваше ім’я
field-display-name-hint = Ім’я, яке бачитимуть інші.
field-email = Адреса електронної пошти
field-password = Пароль
field-password-hint = Щонайменше 10 символів. Кілька слів, які ви легко запам’ятаєте, — добрий вибір.
field-birth-date = Дата народження (необов’язково)
field-birth-date-hint = Для деяких заходів є мінімальний вік. Ми використовуємо дату лише для цієї перевірки.
field-language = Мова
field-current-password = Поточний пароль
field-new-password = Новий пароль
field-password-confirm = Ваш пароль для підтвердження

account-title = Мій обліковий запис
account-platforms = Мої платформи
account-no-platforms = Ви ще не приєдналися до жодної платформи.
account-language = Мова
account-language-submit = Зберегти мову
account-password = Змінити пароль
account-password-submit = Змінити пароль
account-tokens = Доступ для застосунків
account-tokens-intro = Ці ключі використовують застосунки та скрипти, що діють від вашого імені. Відкличте ті, якими ви більше не користуєтеся.
account-no-tokens = Жоден застосунок не має доступу.
account-token-revoked = відкликано
account-token-revoke = Відкликати
account-data = Мої дані
account-data-intro = Завантажте все, що ця платформа зберігає про вас, у файлі, який можуть прочитати інші програми.
account-data-download = Завантажити мої дані
account-delete = Видалити мій обліковий запис
account-delete-intro = Ваше ім’я, адресу електронної пошти та дату народження буде стерто, і ви більше не зможете увійти. Те, що ви зробили для інших, залишиться в історії, але без вашого імені. Цю дію неможливо скасувати.
account-delete-submit = Остаточно видалити мій обліковий запис

notice-welcome = Вітаємо! Ваш обліковий запис готовий.
notice-signed-out = Ви вийшли з облікового запису. До зустрічі!
notice-account-deleted = Ваш обліковий запис видалено.
notice-password-changed = Ваш пароль змінено. Усі інші ваші сеанси завершено.
notice-language-changed = Вашу мову збережено.
notice-token-revoked = Ключ відкликано.
