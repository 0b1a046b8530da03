# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Мій профіль
profile-title = Мій профіль волонтера
profile-intro = Розкажіть, що ви вмієте, що для вас важливо і коли ви маєте вільний час. Тоді координатори поблизу зможуть вас знайти, а ви побачите зміни, які вам підходять.
profile-notice-saved = Ваш профіль збережено.
profile-no-platform = Спершу приєднайтеся до платформи: навички й напрями, з яких можна вибирати, — це її списки.
profile-skills = Що я вмію
profile-causes = Що для мене важливо
profile-languages = Мови, якими я розмовляю
profile-home = Де я живу
profile-home-hint = Цю точку бачите тільки ви. Вона потрібна, щоб визначити, наскільки далеко від вас розташоване місце.
profile-within-km = Як далеко я можу їздити, у км
profile-within-km-hint = Більше ніж 0 і не більше ніж 500.
profile-availability = Коли я маю вільний час
profile-week-hint = Позначте частини тижня, коли ви зазвичай маєте вільний час, за місцевим часом платформи. Якщо це змінюється щотижня, залиште все порожнім.
profile-part-morning = Ранок
profile-part-afternoon = Після обіду
profile-part-evening = Вечір
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Точніший час
profile-precise-hint = Для інших годин: не більше двох проміжків часу на день. Вони додаються до того, що ви позначили вище.
profile-weekday = День
profile-from = З
profile-to = До
profile-window = Проміжок часу { $number }
profile-choices = Пропозиції та листи
profile-no-suggestions = Не пропонувати мене координаторам і не пропонувати мені зміни
profile-no-mails = Не надсилати мені листів про пропозиції
profile-save = Зберегти мій профіль
profile-see-suggestions = Переглянути зміни, які мені підходять

suggestion-my-title = Зміни для мене
suggestion-my-intro = Майбутні зміни з вільними місцями, які відповідають моєму профілю, — спершу найкращі збіги.
suggestion-my-none = Зараз жодна майбутня зміна не відповідає вашому профілю.
suggestion-my-no-profile = Заповніть свій профіль волонтера, щоб отримувати пропозиції.
suggestion-my-opted-out = Ви відмовилися від пропозицій. Це можна змінити у вашому профілі.
suggestion-edit-profile = Редагувати мій профіль
suggestion-score = Збіг: { $score } зі 100
suggestion-shift-title = Запропоновані люди
suggestion-shift-intro = Учасники платформи, які тоді мають вільний час, живуть у межах відстані, яку готові долати, мають потрібний вік і ще не записалися. Спершу найкращі збіги.
suggestion-shift-none = Зараз ніхто не підходить для цієї зміни.
suggestion-shift-closed = Цю зміну скасовано або вона вже почалася: немає кого запропонувати.
suggestion-back-to-roster = Назад до списку учасників
suggestion-roster-link = Запропоновані люди для цієї зміни

suggestion-reason-skill = уміє: { $skill }
suggestion-reason-uses-skill = знадобиться ваша навичка: { $skill }
suggestion-reason-cause = цікавиться напрямом: { $cause }
suggestion-reason-for-cause = напрям, важливий для вас: { $cause }
suggestion-reason-speaks = знає мову: { $language }
suggestion-reason-in-language = мовою, яку ви знаєте: { $language }
suggestion-reason-distance = на відстані { $distance }
suggestion-reason-remote = можна виконувати звідусіль
suggestion-reason-free-on = { $weekday }: має вільний час
suggestion-reason-when-free = { $weekday }: у вас є вільний час
suggestion-reason-reliable = присутність: { $attended } з { $total } { $total ->
    [one] зміни
    [few] змін
    [many] змін
   *[other] зміни
}

suggestion-language-bg = болгарська
suggestion-language-cs = чеська
suggestion-language-da = данська
suggestion-language-de = німецька
suggestion-language-el = грецька
suggestion-language-en = англійська
suggestion-language-es = іспанська
suggestion-language-et = естонська
suggestion-language-fi = фінська
suggestion-language-fr = французька
suggestion-language-ga = ірландська
suggestion-language-hr = хорватська
suggestion-language-hu = угорська
suggestion-language-it = італійська
suggestion-language-lt = литовська
suggestion-language-lv = латиська
suggestion-language-mt = мальтійська
suggestion-language-nl = нідерландська
suggestion-language-pl = польська
suggestion-language-pt = португальська
suggestion-language-ro = румунська
suggestion-language-sk = словацька
suggestion-language-sl = словенська
suggestion-language-sv = шведська
suggestion-language-ar = арабська
suggestion-language-tr = турецька
suggestion-language-uk = українська
