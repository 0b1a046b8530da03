# Листи про записи та зміни. Змінні: $name (одержувач), $title (пропозиція),
# $organisation, $when (день і години, уже записані у звичний для читача спосіб),
# $position (місце в списку очікування), $platform (назва платформи).

mail-greeting = Вітаємо, { $name }!
mail-when = { $start } – { $end }
mail-place = Місце: { $address }
mail-signature = Дякуємо, що допомагаєте!
mail-footer = Ви отримали цей лист, бо записалися на зміну на платформі { $platform }. Усі ваші сповіщення є у вашому обліковому записі.

mail-signup-confirmed-subject = Для вас є місце: { $title }
mail-signup-confirmed-body = Ваше місце на «{ $title }» в організації { $organisation } підтверджено: { $when }. Якщо ви більше не можете прийти, будь ласка, скасуйте свій запис, щоб хтось інший міг зайняти ваше місце.

mail-signup-waitlisted-subject = Ви в списку очікування: { $title }
mail-signup-waitlisted-body = На «{ $title }» в організації { $organisation } ({ $when }) поки що немає вільних місць. Ви під номером { $position } у списку очікування, і ми напишемо вам, щойно місце стане вашим.

mail-signup-promoted-subject = Для вас звільнилося місце: { $title }
mail-signup-promoted-body = Добра новина: місце звільнилося, і воно ваше. Тепер ваш запис на «{ $title }» в організації { $organisation } підтверджено: { $when }.

mail-signup-removed-subject = Ваш запис вилучено: { $title }
mail-signup-removed-body = Координатори організації { $organisation } вилучили ваш запис на «{ $title }» ({ $when }). Якщо ви вважаєте, що це помилка, будь ласка, зв’яжіться з ними.

mail-shift-changed-subject = Новий час: { $title }
mail-shift-changed-body = Зміну «{ $title }» в організації { $organisation }, на яку ви записалися, оновлено. Тепер вона триває: { $when }. Якщо цей час вам більше не підходить, будь ласка, скасуйте свій запис.

mail-shift-cancelled-subject = Скасовано: { $title }
mail-shift-cancelled-body = Організація { $organisation } скасувала зміну «{ $title }», заплановану на { $when }. Приходити не потрібно. Дякуємо, що були готові допомогти.

mail-shift-reminder-subject = Нагадування: { $title }
mail-shift-reminder-body = Дружнє нагадування: ми чекаємо на вас на «{ $title }» в організації { $organisation }, { $when }. Якщо ви все ж не зможете прийти, будь ласка, скасуйте свій запис, щоб хтось інший міг зайняти ваше місце.
