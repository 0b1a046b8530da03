## Постоянни предложения, благодарности, блокиране, сигнали и модериране.

error-blocked = Един от вас е блокирал другия: не можете да изпращате предложения или съобщения на този човек.
error-account-suspended = Този профил е спрян. Моля, свържете се с хората, които управляват този сайт, ако смятате, че това е грешка.
error-platform-suspended = Екипът на тази платформа ви е спрял тук: все още можете да четете, но не и да молите за помощ, да предлагате помощ, да се записвате или да пишете. Моля, свържете се с тях, ако смятате, че това е грешка.
error-moderate-admin = Администраторите на платформата не могат да бъдат предупреждавани или спирани тук. Хората, които управляват сайта, могат да помогнат.
error-block-self = Не можете да блокирате себе си.
error-report-kind-unknown = Изберете какво сигнализирате: молба, предложение или съобщение.
error-report-target-unknown = Тук няма какво да сигнализирате или не можете да го видите.
error-moderation-action-unknown = Изберете едно от действията: скриване, предупреждение, спиране, възстановяване или отхвърляне.
error-moderate-self = Не можете да предупредите или да спрете себе си.
error-standing-km-out-of-range = Изберете разстояние от 1 до 10 км.
error-request-not-completed = Можете да благодарите, след като помощта бъде отбелязана като извършена.
error-taken-thanks = Вече сте оставили благодарност за тази молба.
error-unknown-standing-offer = Няма такова постоянно предложение.
error-unknown-block = Не сте блокирали този човек.
error-category-in-use = Тази категория се използва от молби или постоянни предложения, затова не може да бъде премахната. Вместо това я преименувайте.

## Постоянни предложения
standing-title = С какво мога да помогна на съседите си
standing-intro = Кажете веднъж с какво можете да помагате, къде и в кои дни. Когато съсед поиска подходяща помощ, ще ви кажем. Никой не вижда откъде тръгвате.
standing-mine = Моите постоянни предложения
standing-none = Все още нямате постоянно предложение.
standing-withdraw = Спрете това предложение
standing-new = Ново постоянно предложение
standing-what = С какво можете да помогнете?
standing-any-help = Всякаква помощ
standing-every-day = Всеки ден
standing-within = в рамките на { $distance }
standing-days = В кои дни?
standing-days-hint = Не отмятайте нищо, ако е за всеки ден.
standing-km = Колко далеч бихте отишли, в км?
standing-km-hint = До 10 км. 1 км е около 15 минути пеша.
standing-point-hint = Откъде тръгвате, например от дома си. Виждате го само вие.
standing-note = Няколко думи (по желание)
standing-note-hint = Например: имам кола или мога да нося тежки чанти.
standing-publish = Публикувайте предложението ми
standing-notice-published = Постоянното ви предложение е публикувано. Ще ви казваме за подходящи молби.
standing-notice-withdrawn = Постоянното ви предложение е оттеглено.
help-page-standing-link = С какво мога да помогна на съседите си

## Благодарности
thanks-title = Благодарете
thanks-intro = Помощта е извършена. Можете да оставите кратка лична бележка на другия човек.
thanks-label = Вашата бележка
thanks-submit = Изпратете благодарността ми
thanks-received = Бележки с благодарност

## Сигнали
report-title = Сигнализирайте за проблем
report-intro = Сигнализирате на екипа, който управлява тази платформа, за следното: { $what }.
report-what-request = молба
report-what-offer = предложение
report-what-message = съобщение
report-reason = Какъв е проблемът?
report-reason-hint = Екипът чете всеки сигнал. Човекът, за когото сигнализирате, не вижда името ви.
report-submit = Изпратете сигнала
report-sent = Благодарим ви. Екипът ще прегледа сигнала ви. Ако този човек ви безпокои, можете и да го блокирате.
report-link = Сигнализирайте за проблем

## Блокиране
block-title = Блокирайте човек
block-question = Да блокирате ли { $name }?
block-explained = След блокирането този човек не може да ви предлага помощ или да ви пише и вие не можете да му предлагате помощ или да му пишете. Той не получава известие.
block-submit = Да, блокирайте този човек
block-cancel = Не, назад
block-link = Блокирайте този човек
blocks-title = Хора, които съм блокирал(а)
blocks-intro = Хората, които сте блокирали, не могат да ви предлагат помощ или да ви пишат.
blocks-none = Не сте блокирали никого.
blocks-unblock = Отблокирайте
blocks-notice-blocked = Този човек е блокиран.
blocks-notice-unblocked = Този човек вече не е блокиран.

## Модериране
moderation-title = Модериране
moderation-intro = Сигнали от членове, най-старите първо. Всяко действие се записва с вашето име и вашата причина.
moderation-reports = Сигнали за преглед
moderation-empty = Няма сигнали за преглед.
moderation-suspended = спрян
moderation-hidden = скрит
moderation-open-request = Отворете молбата
moderation-reported-by = Сигнал от { $name }
moderation-reason = Причина
moderation-hide = Скрийте
moderation-warn = Предупредете автора
moderation-suspend = Спрете автора
moderation-dismiss = Няма проблем
moderation-reinstate = Отменете спирането
moderation-log = Какво е направил екипът
moderation-log-empty = Все още нищо.
moderation-log-when = Кога
moderation-log-who = Кой
moderation-log-what = Какво
moderation-log-person = Човек
moderation-log-undo = Отменете
moderation-done-hide = скри съдържание
moderation-done-warn = предупреди
moderation-done-suspend = спря
moderation-done-reinstate = отмени спиране
moderation-done-dismiss = затвори сигнал
moderation-notice-hide = Съдържанието е скрито.
moderation-notice-warn = Авторът е предупреден.
moderation-notice-suspend = Профилът е спрян и излязъл от системата.
moderation-notice-reinstate = Спирането е отменено.
moderation-notice-dismiss = Сигналът е затворен.
moderation-link = Модериране
# Leaves the report form for the page the person was reading.
report-cancel = Назад
