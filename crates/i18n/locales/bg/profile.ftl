# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Доброволчески профил
profile-title = Моят доброволчески профил
profile-intro = Кажете какво можете, какво е важно за вас и кога имате време. Тогава координаторите наблизо ще могат да ви намерят, а вие ще виждате смените, които ви подхождат.
profile-notice-saved = Профилът ви е запазен.
profile-no-platform = Първо се присъединете към платформа: уменията и каузите, от които избирате, са от нейните списъци.
profile-skills = Какво мога
profile-causes = Какво е важно за мен
profile-languages = Езици, които говоря
profile-home = Къде живея
profile-home-hint = Само вие виждате тази точка. Тя служи, за да се измери колко далеч е дадено място от вас.
profile-within-km = Докъде мога да пътувам, в км
profile-within-km-hint = Повече от 0 и най-много 500.
profile-availability = Кога имам време
profile-availability-hint = По местното време на платформата, във вида HH:MM (24:00 за полунощ). Оставете деня празен, ако тогава нямате време. До два времеви интервала на ден.
profile-weekday = Ден
profile-from = От
profile-to = До
profile-window = Времеви интервал { $number }
profile-choices = Предложения и имейли
profile-no-suggestions = Не ме предлагайте на координаторите и не ми предлагайте смени
profile-no-mails = Не ми изпращайте имейли за предложения
profile-save = Запазване на профила ми
profile-see-suggestions = Смените, които ми подхождат

suggestion-my-title = Смени за мен
suggestion-my-intro = Предстоящи смени със свободни места, които отговарят на профила ми, първо най-подходящите.
suggestion-my-none = В момента нищо предстоящо не отговаря на профила ви.
suggestion-my-no-profile = Попълнете доброволческия си профил, за да получавате предложения.
suggestion-my-opted-out = Поискахте да не получавате предложения. Можете да промените това в профила си.
suggestion-edit-profile = Редактиране на профила ми
suggestion-score = Съвпадение: { $score } от 100
suggestion-shift-title = Предложени хора
suggestion-shift-intro = Членове на платформата, които имат време тогава, живеят в района, до който са готови да пътуват, достатъчно възрастни са и още не са се записали. Първо най-подходящите.
suggestion-shift-none = В момента никой не е подходящ за тази смяна.
suggestion-shift-closed = Тази смяна е отменена или вече е започнала: няма кого да предложим.
suggestion-back-to-roster = Обратно към списъка
suggestion-roster-link = Предложени хора за тази смяна

suggestion-reason-skill = умее: { $skill }
suggestion-reason-uses-skill = използва вашето умение: { $skill }
suggestion-reason-cause = интересува се от: { $cause }
suggestion-reason-for-cause = за кауза, която е важна за вас: { $cause }
suggestion-reason-speaks = говори { $language }
suggestion-reason-in-language = на { $language }
suggestion-reason-distance = на { $distance }
suggestion-reason-remote = може да се върши от всяко място
suggestion-reason-free-on = има време: { $weekday }
suggestion-reason-when-free = { $weekday }, когато имате време
suggestion-reason-reliable = присъствие: { $attended } от { $total } { $total ->
    [one] смяна
   *[other] смени
}

suggestion-language-bg = български
suggestion-language-cs = чешки
suggestion-language-da = датски
suggestion-language-de = немски
suggestion-language-el = гръцки
suggestion-language-en = английски
suggestion-language-es = испански
suggestion-language-et = естонски
suggestion-language-fi = фински
suggestion-language-fr = френски
suggestion-language-ga = ирландски
suggestion-language-hr = хърватски
suggestion-language-hu = унгарски
suggestion-language-it = италиански
suggestion-language-lt = литовски
suggestion-language-lv = латвийски
suggestion-language-mt = малтийски
suggestion-language-nl = нидерландски
suggestion-language-pl = полски
suggestion-language-pt = португалски
suggestion-language-ro = румънски
suggestion-language-sk = словашки
suggestion-language-sl = словенски
suggestion-language-sv = шведски
suggestion-language-ar = арабски
suggestion-language-tr = турски
suggestion-language-uk = украински
