## Постійні пропозиції, подяки, блокування, скарги та модерація.

error-blocked = Один із вас заблокував іншого: ви не можете надсилати цій людині пропозиції чи повідомлення.
error-account-suspended = Цей обліковий запис призупинено. Якщо ви вважаєте, що це помилка, будь ласка, зв’яжіться з людьми, які керують цим сайтом.
error-platform-suspended = Команда цієї платформи призупинила вашу участь тут: ви можете й далі читати, але не можете просити чи пропонувати допомогу, записуватися або писати. Якщо ви вважаєте, що це помилка, будь ласка, зв’яжіться з нею.
error-moderate-admin = Адміністраторів платформи тут не можна попередити чи призупинити. Допомогти можуть люди, які керують сайтом.
error-block-self = Ви не можете заблокувати себе.
error-report-kind-unknown = Виберіть, на що ви скаржитеся: на запит, пропозицію чи повідомлення.
error-report-target-unknown = Тут немає на що скаржитися, або ви не можете цього бачити.
error-moderation-action-unknown = Виберіть одну з дій: приховати, попередити, призупинити, відновити або відхилити.
error-moderate-self = Ви не можете попередити чи призупинити себе.
error-standing-km-out-of-range = Виберіть відстань від 1 до 10 км.
error-request-not-completed = Подякувати можна, коли допомогу позначено як надану.
error-taken-thanks = Ви вже залишили подяку за цей запит.
error-unknown-standing-offer = Такої постійної пропозиції немає.
error-unknown-block = Ви не блокували цю людину.
error-category-in-use = Цю категорію використовують запити або постійні пропозиції, тому її не можна видалити. Натомість перейменуйте її.

## Постійні пропозиції
standing-title = Чим я можу допомогти сусідам
standing-intro = Скажіть один раз, чим ви можете допомогти, де і в які дні. Коли сусід попросить про відповідну допомогу, ми вам повідомимо. Ніхто не бачить, звідки ви вирушаєте.
standing-mine = Мої постійні пропозиції
standing-none = У вас ще немає постійної пропозиції.
standing-withdraw = Припинити цю пропозицію
standing-new = Нова постійна пропозиція
standing-what = Чим ви можете допомогти?
standing-any-help = Будь-яка допомога
standing-every-day = Щодня
standing-within = у межах { $distance }
standing-days = У які дні?
standing-days-hint = Якщо підходить будь-який день, нічого не позначайте.
standing-km = Як далеко ви готові піти чи поїхати (у км)?
standing-km-hint = До 10 км. 1 км — це приблизно 15 хвилин пішки.
standing-point-hint = Місце, звідки ви вирушаєте, наприклад ваш дім. Його бачите лише ви.
standing-note = Кілька слів (необов’язково)
standing-note-hint = Наприклад: у мене є автомобіль, або я можу носити важкі сумки.
standing-publish = Опублікувати мою пропозицію
standing-notice-published = Вашу постійну пропозицію опубліковано. Ми повідомлятимемо вам про відповідні запити.
standing-notice-withdrawn = Вашу постійну пропозицію припинено.
help-page-standing-link = Чим я можу допомогти сусідам

## Подяки
thanks-title = Подякувати
thanks-intro = Допомогу надано. Ви можете залишити іншій людині коротку особисту записку.
thanks-label = Ваша записка
thanks-submit = Надіслати подяку
thanks-received = Подяки

## Скарги
report-title = Повідомити про проблему
report-intro = Ви скаржитеся на { $what } команді, яка керує цією платформою.
report-what-request = запит
report-what-offer = пропозицію
report-what-message = повідомлення
report-reason = Що не так?
report-reason-hint = Команда читає кожну скаргу. Людина, на яку ви скаржитеся, не бачить вашого імені.
report-submit = Надіслати скаргу
report-sent = Дякуємо. Команда розгляне вашу скаргу. Якщо ця людина вам докучає, ви також можете її заблокувати.
report-link = Повідомити про проблему

## Блокування
block-title = Заблокувати людину
block-question = Заблокувати { $name }?
block-explained = Заблокована людина не може пропонувати вам допомогу чи писати вам, а ви не можете пропонувати їй допомогу чи писати їй. Їй про це не повідомляють.
block-submit = Так, заблокувати цю людину
block-cancel = Ні, повернутися
block-link = Заблокувати цю людину
blocks-title = Заблоковані мною люди
blocks-intro = Люди, яких ви заблокували, не можуть пропонувати вам допомогу чи писати вам.
blocks-none = Ви нікого не заблокували.
blocks-unblock = Розблокувати
blocks-notice-blocked = Цю людину заблоковано.
blocks-notice-unblocked = Цю людину більше не заблоковано.

## Модерація
moderation-title = Модерація
moderation-intro = Скарги від учасників, спочатку найстаріші. Кожна дія записується з вашим ім’ям і причиною.
moderation-reports = Скарги на розгляд
moderation-empty = Немає скарг на розгляд.
moderation-suspended = призупинено
moderation-hidden = приховано
moderation-open-request = Відкрити запит
moderation-reported-by = Скарга від: { $name }
moderation-reason = Причина
moderation-hide = Приховати
moderation-warn = Попередити автора
moderation-suspend = Призупинити автора
moderation-dismiss = Усе гаразд
moderation-reinstate = Зняти призупинення
moderation-log = Що зробила команда
moderation-log-empty = Поки нічого.
moderation-log-when = Коли
moderation-log-who = Хто
moderation-log-what = Що
moderation-log-person = Людина
moderation-log-undo = Скасувати
moderation-done-hide = приховування вмісту
moderation-done-warn = попередження
moderation-done-suspend = призупинення
moderation-done-reinstate = зняття призупинення
moderation-done-dismiss = закриття скарги
moderation-notice-hide = Вміст приховано.
moderation-notice-warn = Автора попереджено.
moderation-notice-suspend = Обліковий запис призупинено, сеанс завершено.
moderation-notice-reinstate = Призупинення знято.
moderation-notice-dismiss = Скаргу закрито.
moderation-link = Модерація
# Leaves the report form for the page the person was reading.
report-cancel = Назад
