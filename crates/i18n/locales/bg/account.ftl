# Регистрация, вход и изход; страницата на профила.

sign-up-title = Създайте профил
sign-up-intro = Отнема минута. Питаме само за това, което ни е нужно.
sign-up-submit = Създаване на профила ми
sign-up-have-account = Вече имате профил?
sign-in-title = Вход
sign-in-submit = Вход
sign-in-no-account = За първи път ли сте тук?

field-display-name = Вашето име
field-display-name-hint = Името, което другите ще виждат.
field-email = Имейл адрес
field-password = Парола
field-password-hint = Поне 10 знака. Няколко думи, които ще запомните, вършат добра работа.
field-birth-date = Дата на раждане (по желание)
field-birth-date-hint = Някои дейности имат минимална възраст. Използваме датата само за да проверим това.
field-language = Език
field-current-password = Текуща парола
field-new-password = Нова парола
field-password-confirm = Вашата парола, за потвърждение

account-title = Моят профил
account-platforms = Моите платформи
account-no-platforms = Все още не сте се присъединили към никоя платформа.
account-language = Език
account-language-submit = Запазване на езика
account-password = Смяна на паролата
account-password-submit = Смяна на паролата
account-tokens = Достъп за приложения
account-tokens-intro = Приложенията и скриптовете, които действат от ваше име, използват тези ключове. Отменете онези, които вече не използвате.
account-no-tokens = Никое приложение няма достъп.
account-token-revoked = отменен
account-token-revoke = Отмяна
account-data = Моите данни
account-data-intro = Изтеглете всичко, което тази платформа съхранява за вас, във файл, който може да се чете и от други програми.
account-data-download = Изтегляне на данните ми
account-delete = Изтриване на профила ми
account-delete-intro = Вашето име, имейл и дата на раждане се изтриват и вече няма да можете да влизате. Това, което сте направили за другите, остава в историята, но без вашето име. Това действие е необратимо.
account-delete-submit = Окончателно изтриване на профила ми

notice-welcome = Добре дошли! Профилът ви е готов.
notice-signed-out = Излязохте от профила си. До скоро!
notice-account-deleted = Профилът ви беше изтрит.
notice-password-changed = Паролата ви беше сменена. Изведохме ви от профила на всички други устройства.
notice-language-changed = Езикът ви беше запазен.
notice-token-revoked = Ключът беше отменен.
