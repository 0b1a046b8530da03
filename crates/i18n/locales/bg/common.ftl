# Навсякъде: навигация, долен колонтитул, формуляри, роли и видове.

nav-skip-to-content = Към съдържанието
nav-label = Основно меню
nav-home = Обратно към началната страница
nav-my-account = Моят профил
nav-sign-in = Вход
nav-sign-up = Създаване на профил
nav-sign-out = Изход
nav-languages = Езици
footer-free-software = Entraide е свободен софтуер, поддържан от своята общност и за нея.

form-has-errors = Моля, коригирайте следното:

role-admin = Администратор
role-coordinator = Координатор
role-platform-admin = Екип на платформата

kind-nonprofit = Организация с нестопанска цел
kind-school = Училище
kind-company = Фирма
kind-municipality = Общинска служба
kind-group = Неформална група
form-error-line = { $field }: { $message }
nav-platform = { $platform }: раздели
language-for-mails-question = Вече разглеждате сайта на { $language }. Искате ли и имейлите ви да идват на { $language }?
language-for-mails-yes = Да, и имейлите ми
