# Доброволчество: търсене на възможности, страницата на възможност, смени и записвания,
# списъци на участниците, моите смени, таблата на организациите, умения и каузи.

## Търсене на възможности

opportunities-title = Намерете с какво да помогнете
opportunities-find = Намерете с какво да помогнете
opportunities-filters = Филтри
opportunities-more-filters = Още филтри: умение, кауза, език, дати, място
opportunities-any = Без значение
opportunities-sort-start = Първо най-скорошните
opportunities-sort-distance = Първо най-близките
opportunities-search = Търсене
opportunities-reset = Изчистване на всички филтри
opportunities-results = Възможности
opportunities-none = Все още нищо не отговаря на тези филтри. Опитайте с по-малко филтри или по-голям район.
opportunities-fix-filters = Моля, коригирайте филтрите по-горе, за да видите резултати.
opportunities-distance = на { $distance }
opportunities-more-shifts = { $count ->
    [one] и още { $count } смяна
   *[other] и още { $count } смени
}
opportunities-next-page = Следваща страница
opportunities-list-title = С какво можете да помогнете при нас
opportunities-none-published = В момента няма за какво да се запишете.

field-search-words = Думи за търсене
field-search-words-hint = Например: хранителна банка, четене, градина.
field-skill = Умение
field-cause = Кауза
field-spoken-language = Език, който се говори там
field-from-day = От (ден)
field-to-day = До (ден)
field-near = Близо до това място
field-near-hint = Улица, адрес, пощенски код или квартал. Можете да въведете и две числа от приложение с карти, например 51.05,3.72.
field-near-hint-no-places = Две числа от приложение с карти, например 51.05,3.72. След като екипът на платформата импортира улиците, ще можете да въведете и улица или квартал.
opportunities-near-place = Близо до { $place }.
opportunities-near-others = Или близо до друго място:
error-place-not-found = В тази платформа няма място с такова име. Опитайте с улица, пощенски код или квартал, или с две числа от приложение с карти, например 51.05,3.72.
field-within-km = В радиус от (км)
field-remote-only = Само неща, които мога да правя от вкъщи
field-sort = Подреждане

## Една възможност

opportunity-remote = Дистанционно: от всяко място
opportunity-address-unknown = Мястото ще бъде потвърдено от организацията
opportunity-coordinator-tools = Инструменти за координатори
opportunity-edit = Редактиране
opportunity-skills = Умения
opportunity-causes = Каузи
opportunity-languages = Езици, които се говорят там
opportunity-min-age = Минимална възраст
opportunity-min-age-value = { $age ->
    [one] { $age } година
   *[other] { $age } години
}
opportunity-accessibility = Достъпност
opportunity-where = Къде
opportunity-shifts = Кога
opportunity-not-open = В момента тази възможност не приема записвания.
opportunity-sign-in-to-sign-up = Влезте в профила си, за да се запишете
opportunity-join-first = Присъединете се към тази платформа, за да се запишете. Безплатно е и отнема едно кликване.
opportunity-ongoing = Няма определени часове: помагайте, когато е удобно на вас и на организацията.
opportunity-ongoing-short = Постоянно, без определени часове
opportunity-no-upcoming = В момента няма планирани смени.
opportunity-dates-nav = Още дати
opportunity-earlier-dates = По-ранни дати
opportunity-later-dates = По-късни дати
opportunity-past-shifts = Минали смени
opportunity-report-hours = Отчитане на часовете ми
opportunity-report-hours-intro = Кажете на организацията колко време сте помагали. Координатор ще потвърди това.
opportunity-report-hours-submit = Отчитане на тези часове
opportunity-times-in-zone = Датите и часовете са в часовата зона на платформата ({ $zone }).
opportunity-add-shift = Добавяне на смяна
opportunity-add-shift-submit = Добавяне на тази смяна
opportunity-add-series = Добавяне на повтарящи се смени
opportunity-add-series-intro = Например всеки вторник от 14:00 до 17:00 до края на март. След това всяка смяна може да се променя поотделно.
opportunity-add-series-submit = Добавяне на тези смени
opportunity-status-draft = Чернова
opportunity-status-published = Публикувана
opportunity-status-closed = Затворена
opportunity-status-draft-hint = Вижда я само вашата организация.
opportunity-status-published-hint = Всеки може да я намери и да се запише.
opportunity-status-closed-hint = Все още се вижда, но никой не може да се запише.
opportunity-new-title = Публикуване на възможност
opportunity-new-submit = Запазване на възможността
opportunity-edit-title = Редактиране на възможността
opportunity-edit-submit = Запазване на промените
opportunity-form-cancel = Отказ

opportunity-notice-created = Възможността е запазена. Сега добавете смените, в които хората могат да дойдат.
opportunity-notice-saved = Промените ви са запазени.
opportunity-notice-signed-up = Записани сте. Благодарим ви! Ще получите напомняне предния ден.
opportunity-notice-waitlisted = Тази смяна е запълнена: вие сте в списъка с чакащи. Ако се освободи място, то е ваше и ще ви уведомим.
opportunity-notice-left = Записването ви е отменено.
opportunity-notice-shift-added = Смяната е добавена.
opportunity-notice-series-added = Повтарящите се смени са добавени.
opportunity-notice-shift-cancelled = Смяната е отменена. Всички записани ще бъдат уведомени.
opportunity-notice-hours-reported = Часовете ви са отчетени. Координатор ще ги потвърди.

field-opportunity-title = Какво трябва да се направи?
field-opportunity-title-hint = Няколко думи, например: Сортиране на храна в хранителната банка.
field-opportunity-description = Разкажете повече на доброволците
field-skills = Полезни умения
field-causes = Каузи, на които служи
field-languages = Езици, които се говорят там
field-languages-hint = Отметнете езиците, които доброволецът може да използва на място.
field-min-age = Минимална възраст (по желание)
field-min-age-hint = Оставете празно, ако всеки може да помогне.
field-accessibility = Достъпност (по желание)
field-accessibility-hint = Стъпала, асансьор, тоалетни, паркиране, обществен транспорт…
field-where = Къде се провежда?
field-where-place = На определено място
field-where-remote = Дистанционно: от всяко място
field-where-place-hint = За място посочете адреса и положението му на картата (можете да копирате числата от приложение с карти).
field-address = Адрес
field-latitude = Географска ширина
field-latitude-hint = Например 51.0543
field-longitude = Географска дължина
field-longitude-hint = Например 3.7174
field-status = Кой може да я вижда?

## Смени

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Остава { $left } свободно място
   *[other] Остават { $left } свободни места
} от { $slots }
shift-full = Запълнена
shift-waiting = { $count ->
    [one] { $count } човек в списъка с чакащи
   *[other] { $count } души в списъка с чакащи
}
shift-cancelled = Отменена
shift-sign-up = Записване
shift-join-waiting-list = Записване в списъка с чакащи
shift-you-confirmed = Записани сте.
shift-you-waiting = В списъка с чакащи сте, номер { $position }.
shift-leave = Отмяна на записването ми
shift-cancel = Отмяна на тази смяна
shift-roster-link = Кой ще дойде
shift-weekday-1 = Понеделник
shift-weekday-2 = Вторник
shift-weekday-3 = Сряда
shift-weekday-4 = Четвъртък
shift-weekday-5 = Петък
shift-weekday-6 = Събота
shift-weekday-7 = Неделя

field-shift-day = Ден
field-start-time = Начало
field-end-time = Край
field-slots = Брой места
field-frequency = Колко често?
field-frequency-weekly = Всяка седмица, в отметнатите по-долу дни
field-frequency-daily = Всеки ден
field-weekdays = Дни от седмицата
field-weekdays-hint = За седмични смени. Ако не е отметнат нито един ден, се използва денят от седмицата на първия ден.
field-first-day = Първи ден
field-last-day = Последен ден
field-except = Дни без тази смяна (по желание)
field-except-hint = Например празници: 2026-12-25, 2027-01-01
field-hours-day = Ден
field-hours-minutes = Колко минути?
field-hours-minutes-hint = За час и половина напишете 90.
field-hours-note = Какво правихте? (по желание)

## Списък на участниците в смяна

roster-title = Кой ще дойде
roster-fill = Заети места: { $taken } от { $slots }
roster-csv = Изтегляне на списъка (CSV, за електронна таблица)
roster-confirmed = Потвърдени
roster-attendance-later = Можете да отбележите кой е дошъл от 30 минути преди началото на смяната.
roster-nobody = Все още никой не се е записал.
roster-attended = Дойде
roster-no-show = Не дойде
roster-remove = Премахване
roster-waiting = Списък с чакащи
roster-nobody-waiting = Никой не чака.
roster-position = номер { $position }
roster-ended = Отменени
roster-cancelled = отменено
roster-removed = премахнато от координатор
roster-late = късно
roster-erased-name = Бивш член
roster-edit-shift = Промяна на тази смяна
roster-edit-hint = Не по-малко от вече потвърдените хора.
roster-edit-submit = Запазване на промените
field-minutes = Минути
roster-notice-attendance-saved = Присъствието е запазено.
roster-notice-removed = Записването е премахнато. Мястото вече е на първия чакащ, ако има такъв.
roster-notice-shift-saved = Смяната е променена. Всички записани ще бъдат уведомени.

## Моите смени

my-shifts-nav = Моите смени
my-shifts-title = Моите смени
my-shifts-total = Отдадените от мен часове:
my-shifts-calendar = Добавяне на смените ми в календара ми
my-shifts-upcoming = Предстоящи
my-shifts-none-upcoming = Не сте записани за нищо предстоящо.
my-shifts-recent = Наскоро
my-shifts-none-recent = Нищо през последните 30 дни.
my-shifts-attended = Присъствахте: { $duration }
my-shifts-no-show = Отбелязано като отсъствие
my-shifts-done = Приключено
my-shifts-cancelled = Отменихте
my-shifts-removed = Премахнато от координатор
my-shifts-reports = Отчетени часове
my-shifts-no-reports = Не сте отчели никакви часове.
my-shifts-report-pending = чака потвърждение
my-shifts-report-approved = потвърдено
my-shifts-report-declined = отхвърлено
my-shifts-notice-cancelled = Записването ви е отменено.

## Таблото на организацията

dashboard-link = Табло
dashboard-title = Табло
dashboard-publish = Публикуване на възможност
dashboard-figures = В цифри
dashboard-upcoming-shifts = Предстоящи смени
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Заети места
dashboard-percent = { $percent }%
dashboard-places = { $taken } от { $slots }
dashboard-no-places = Няма предстоящи места
dashboard-hours-month = Часове този месец
dashboard-hours-total = Часове общо
dashboard-upcoming = Предстоящи
dashboard-no-upcoming = Няма планирани смени.
dashboard-fill = Заети места: { $taken } от { $slots }{ $waiting ->
    [0] {""}
    [one] , { $waiting } чака
   *[other] , { $waiting } чакат
}
dashboard-opportunities = Нашите възможности
dashboard-no-opportunities = Все още не сте публикували нищо.
dashboard-reports = Часове за потвърждение
dashboard-no-reports = Няма часове, които да чакат вас.
dashboard-approve = Потвърждаване
dashboard-decline = Отхвърляне
dashboard-notice-report-approved = Часовете са потвърдени.
dashboard-notice-report-declined = Часовете са отхвърлени.
dashboard-notice-report-decided-before = Някой вече е взел решение за тези часове.

## Умения и каузи

terms-link = Умения и каузи
terms-title = Умения и каузи
terms-skills = Умения
terms-causes = Каузи
terms-empty = Списъкът е празен.
terms-rename = Преименуване
terms-remove = Премахване
terms-add = Добавяне на умение или кауза
terms-add-submit = Добавяне
terms-kind-skill = Умение
terms-kind-cause = Кауза
terms-notice-added = Добавено.
terms-notice-renamed = Преименувано.
terms-notice-removed = Премахнато.
field-term-kind = Кой списък?
field-term-code = Код
field-term-code-hint = Кратко постоянно име за програми: от 2 до 40 малки латински букви, цифри и тирета, например first-aid.

# Продължителност, както я чете човек („1 ч 15 мин“); $hours и $minutes идват вече форматирани.
duration-minutes = { $minutes } мин
duration-hours = { $hours } ч
duration-hours-minutes = { $hours } ч { $minutes } мин
# A shift that has started and not yet ended.
shift-happening-now = Тече в момента
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Добави датата си на раждане
terms-intro-languages = Възможностите се подреждат по тези списъци и хората филтрират по тях. Всеки запис има име на английски; дайте му имена на езиците, които хората тук четат.
field-term-english = Име на английски
terms-names-link = Имена на други езици
terms-names-title = Имена на „{ $name }“
terms-names-intro = Дайте на този запис име на всеки език, който хората тук четат. Ако за даден език няма име, читателите му виждат името на езика на платформата ({ $language }), а иначе на английски. Стандартните записи вече се четат на всички езици, докато английското им име не бъде променено.
terms-names-other-languages = Други езици
terms-names-submit = Запазване на имената
terms-add-name-in = Име на { $language } (по желание)
terms-add-name-hint = Можете да добавите имена на други езици и по-късно.
terms-notice-named = Имената бяха запазени.
error-term-name-english = Английското име се въвежда в отделно поле.
roster-came = { $name } дойде
roster-attendance-how = Всички са отметнати като дошли, с минутите на смяната. Махнете отметката на тези, които не са дошли, променете минутите, където е нужно, и запазете веднъж.
roster-save-all = Запазване на присъствието
error-attendance-minutes-out-of-range = Въведете минутите като цяло число от 0 до продължителността на смяната плюс 12 часа.
error-too-many-marks = Изпращайте присъствието на най-много 1000 души наведнъж.
opportunity-create-account = Създаване на профил
opportunity-notice-welcome = Добре дошли! Профилът ви е готов: изберете смяна по-долу, за да се запишете.
signup-cancel-title = Отказвате ли се от мястото си?
signup-cancel-question = Отказвате ли се от мястото си на смяната „{ $title }“, { $when }?
signup-cancel-hint = Мястото ви ще бъде дадено на първия чакащ или отново ще стане свободно. Можете да се запишете отново, докато има свободни места.
signup-cancel-confirm = Да, отказвам се от мястото си
signup-cancel-keep = Не, запазвам мястото си
roster-remove-title = Искате ли да премахнете някого от тази смяна?
roster-remove-question = Искате ли да премахнете { $name } от смяната „{ $title }“, { $when }?
roster-remove-hint = Това лице ще получи известие, а мястото ще бъде дадено на първия чакащ.
roster-remove-confirm = Да, премахнете { $name }
roster-remove-keep = Не, да остане в списъка
