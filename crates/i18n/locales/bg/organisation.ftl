# Организации.

organisation-new-title = Регистриране на организация
organisation-new-submit = Регистриране на организацията
organisation-verified = Потвърдена
organisation-verify = Отбелязване като потвърдена
organisation-unverify = Премахване на отметката за потвърждение
organisation-members = Членове
organisation-leave = Напускане
organisation-remove-member = Премахване
organisation-add-member = Добавяне на член
organisation-add-member-submit = Добавяне
field-organisation-name = Име на организацията
field-organisation-kind = Вид организация
field-organisation-description = С какво се занимава?
field-member-email = Имейл адрес на човека
field-member-email-hint = Човекът първо трябва да има профил в Entraide.
field-member-role = Роля
organisation-member-since = от { $date }
