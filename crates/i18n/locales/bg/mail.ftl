# Имейли за записвания и смени. Променливи: $name (получателят), $title
# (възможността), $organisation, $when (ден и часове, вече изписани по начина на читателя),
# $position (мястото в списъка с чакащи), $platform (името на платформата).

mail-greeting = Здравейте, { $name },
mail-when = { $start } – { $end }
mail-place = Къде: { $address }
mail-signature = Благодарим ви, че помагате!
mail-footer = Получавате този имейл, защото сте се записали за смяна в { $platform }. Всички ваши известия са в профила ви.

mail-signup-confirmed-subject = Имате място: { $title }
mail-signup-confirmed-body = Мястото ви на смяната „{ $title }“ на организацията { $organisation } е потвърдено: { $when }. Ако вече не можете да дойдете, моля, отменете записването си, за да може някой друг да заеме мястото ви.

mail-signup-waitlisted-subject = В списъка с чакащи сте: { $title }
mail-signup-waitlisted-body = Смяната „{ $title }“ на организацията { $organisation } ({ $when }) засега е запълнена. Вие сте номер { $position } в списъка с чакащи и ще ви пишем веднага щом някое място стане ваше.

mail-signup-promoted-subject = Освободи се място за вас: { $title }
mail-signup-promoted-body = Добра новина: освободи се място и то е ваше. Вече сте потвърдени за смяната „{ $title }“ на организацията { $organisation }: { $when }.

mail-signup-removed-subject = Записването ви беше премахнато: { $title }
mail-signup-removed-body = Координаторите на организацията { $organisation } премахнаха записването ви за смяната „{ $title }“ ({ $when }). Ако смятате, че това е грешка, моля, свържете се с тях.

mail-shift-changed-subject = Нов час за { $title }
mail-shift-changed-body = Смяната „{ $title }“ на организацията { $organisation }, за която сте се записали, е променена. Сега е: { $when }. Ако вече не ви е удобно, моля, отменете записването си.

mail-shift-cancelled-subject = Отменено: { $title }
mail-shift-cancelled-body = Организацията { $organisation } отмени смяната „{ $title }“, планирана за { $when }. Не е нужно да идвате. Благодарим ви, че бяхте готови да помогнете.

mail-shift-reminder-subject = Напомняне: { $title }
mail-shift-reminder-body = Приятелско напомняне: организацията { $organisation } ви очаква на смяната „{ $title }“, { $when }. Ако все пак не можете да дойдете, моля, отменете записването си, за да може някой друг да заеме мястото ви.
