# Съседска помощ: молби, предложения, лични разговори и приключване.

error-category-unknown = Моля, изберете една от категориите за помощ на тази платформа.
error-window-ends-before-start = Краят на времевия интервал трябва да е след началото му.
error-phone-malformed = Въведете телефонен номер от 6 до 15 цифри, например +32 470 12 34 56.
error-within-km-out-of-range = Разстоянието трябва да е повече от 0 и най-много 25 км.
error-help-minutes-out-of-range = Минутите трябва да са поне 1 и не повече от времевия интервал на молбата.
error-request-closed = Тази молба вече е приключила.
error-request-not-open = Тази молба вече не приема предложения.
error-request-not-accepted = За тази молба все още не е прието предложение.
error-taken-offer = Вече сте предложили помощ по тази молба.
error-taken-completed = Тази молба вече е отбелязана като изпълнена.
error-unknown-request = Няма такава молба.
error-unknown-offer = Няма такова предложение или то вече не е активно.
error-unknown-category = Няма такава категория за помощ.

## Страници за съседска помощ.

help-page-nav = Съседска помощ
help-page-platform-link = Съседска помощ
help-page-list-title = Съседска помощ
help-page-list-intro = Съседите си помагат за малки неща. Помолете за помощ или предложете своята.
help-page-ask-button = Помолете за помощ
help-page-mine-link = Моите молби и предложения
help-page-filters = Изберете кои молби да се показват
help-page-field-category-filter = Вид помощ
help-page-any-category = Всякакъв вид помощ
help-page-field-distance = Колко далеч
help-page-within = До { $distance }
help-page-show = Показване
help-page-results = Молби
help-page-none = В момента никой не моли за такъв вид помощ.
help-page-fix-filters = Променете избора си по-горе, за да видите молби.
help-page-next-page = Още молби
help-page-distance = на около { $distance }
help-page-area = Районът около { $lat }, { $lon }
help-page-area-unknown = Районът не е известен
help-page-asked-on = Поискано на { $date }

help-page-status-open = Очаква помощник
help-page-status-accepted = Избран е помощник
help-page-status-completed = Изпълнена
help-page-status-cancelled = Отменена
help-page-offer-open = Предложихте помощ. Очаква се отговор.
help-page-offer-accepted = Предложението ви беше прието.
help-page-offer-declined = Този път помага някой друг.
help-page-offer-line-open = Очаква вашия отговор
help-page-offer-line-accepted = Прието
help-page-offer-line-declined = Не е избрано

help-page-when = Кога
help-page-where = Къде
help-page-address-private = Точният адрес се показва само на избрания помощник.
help-page-exact-point = Точка на картата: { $point }
help-page-requester = Поискано от
help-page-on-behalf = За
help-page-consent = Съгласие от { $by } на { $date } ({ $how })
help-page-helper = Помощник
help-page-time-given = Отделено време
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}
help-page-erased-name = Бивш член
help-page-messages-link = Съобщения
help-page-sign-in-to-offer = Влезте, за да предложите помощ
help-page-join-first = Присъединете се към тази платформа, за да предложите помощ.
help-page-offer-title = Предложете помощ
help-page-field-offer-message = Кратко съобщение (може да го оставите празно)
help-page-field-offer-message-hint = Например: кога можете да дойдете.
help-page-offer-submit = Предложете помощ
help-page-offers-title = Хора, които предложиха помощ
help-page-no-offers = Все още няма предложения. Ще ви уведомим, когато някой предложи помощ.
help-page-accept = Приемете
help-page-done-title = Отбележете като изпълнена
help-page-done-intro = Получихте ли помощта? Посочете колко време отне. Вашият помощник получава това време като кредит.
help-page-field-minutes = Колко минути отне?
help-page-field-minutes-hint = От 1 до { $max } минути. 60 минути са един час.
help-page-done-submit = Отбележете като изпълнена
help-page-cancel-link = Отменете молбата ми
help-page-cancel-title = Отмяна на молбата ми
help-page-cancel-question = Искате ли да отмените „{ $title }“?
help-page-cancel-hint = Хората, които предложиха помощ, ще видят, че вече нямате нужда от нея.
help-page-cancel-confirm = Да, отменете я
help-page-cancel-keep = Не, запазете я

help-page-ask-title = Помолете за помощ
help-page-join-to-ask = Присъединете се към тази платформа, за да помолите за помощ.
help-page-question-category = За какво ви е нужна помощ?
help-page-next = Напред
help-page-chosen-category = Молите за: { $category }
help-page-change-category = Промяна
help-page-section-what = Какво
help-page-field-title = С няколко думи
help-page-field-title-hint = Например: Покупки от магазина на ъгъла
help-page-field-description = Разкажете ни повече
help-page-field-description-hint = Какво е нужно и всичко, което помощникът трябва да знае.
help-page-section-where = Къде
help-page-where-private = Само помощникът, когото изберете, вижда адреса. Останалите виждат само района.
help-page-field-address = Адрес
help-page-place-hint = Мястото на картата помага на съседите наблизо да намерят молбата ви. Можете да копирате двете числа от приложение с карти.
help-page-use-my-position = Използване на текущото ми местоположение
help-page-position-failed = Местоположението ви не можа да бъде намерено. Въведете числата ръчно.
help-page-section-when = Кога
help-page-field-from-day = От (ден)
help-page-field-from-time = От (час)
help-page-field-until-day = До (ден)
help-page-field-until-time = До (час)
help-page-on-behalf-summary = Моля за помощ за друг човек
help-page-on-behalf-intro = Попълнете това само ако молите за друг човек и той е съгласен.
help-page-field-on-behalf-name = Името на човека
help-page-field-on-behalf-phone = Телефонният номер на човека
help-page-field-on-behalf-phone-hint = Например +32 470 12 34 56
help-page-field-consent-given-by = Кой даде съгласие?
help-page-field-consent-given-by-hint = Самият човек или някой, който има право да решава вместо него.
help-page-field-consent-day = Кога беше дадено съгласието?
help-page-field-consent-how = Как беше дадено съгласието?
help-page-field-consent-how-hint = Например: по телефона, лично, писмено.
help-page-ask-submit = Помолете за помощ
help-page-ask-cancel = Назад

help-page-messages-title = Съобщения
help-page-messages-with = С { $name }
help-page-messages-private = Само вие двамата можете да четете тези съобщения.
help-page-no-messages = Все още няма съобщения.
help-page-message-erased = (съобщението е премахнато)
help-page-write-title = Напишете съобщение
help-page-field-message = Вашето съобщение
help-page-send = Изпратете
help-page-back-to-request = Обратно към молбата

help-page-mine-title = Моите молби и предложения
help-page-mine-requests = Моите молби за помощ
help-page-mine-no-requests = Все още не сте молили за помощ.
help-page-mine-offers = Моите предложения за помощ
help-page-mine-no-offers = Все още не сте предлагали помощ.
help-page-mine-see-offers = Вижте кой предложи помощ
help-page-mine-talk-and-finish = Пишете на помощника си или отбележете като изпълнена
help-page-mine-talk = Напишете съобщение
help-page-mine-offer-done = Вие помогнахте. Благодарим ви!

help-page-notice-asked = Молбата ви е публикувана. Ще ви уведомим, когато някой предложи помощ.
help-page-notice-offered = Благодарим ви! Човекът ще види предложението ви.
help-page-notice-accepted = Приехте предложението. Вашият помощник вече вижда адреса.
help-page-notice-cancelled = Молбата ви е отменена.
help-page-notice-completed = Готово! Вашият помощник получи времето като кредит.
help-page-notice-sent = Съобщението ви беше изпратено.
