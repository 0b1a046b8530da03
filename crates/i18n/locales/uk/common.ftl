# Усюди: навігація, нижній колонтитул, форми, ролі та типи.

nav-skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-home = Повернутися на головну сторінку
nav-my-account = Мій обліковий запис
nav-sign-in = Увійти
nav-sign-up = Створити обліковий запис
nav-sign-out = Вийти
nav-languages = Мови
footer-free-software = Entraide — вільне програмне забезпечення, яке працює силами спільноти і для спільноти.

form-has-errors = Будь ласка, виправте таке:

role-admin = Адміністратор
role-coordinator = Координатор
role-platform-admin = Команда платформи

kind-nonprofit = Неприбуткова організація
kind-school = Школа
kind-company = Компанія
kind-municipality = Муніципальна служба
kind-group = Неформальна група
form-error-line = { $field }: { $message }
nav-platform = { $platform }: розділи
language-for-mails-question = Тепер ви читаєте сайт мовою: { $language }. Бажаєте отримувати листи теж мовою: { $language }?
language-for-mails-yes = Так, і листи теж
