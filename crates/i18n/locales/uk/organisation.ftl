# Організації.

organisation-new-title = Зареєструвати організацію
organisation-new-submit = Зареєструвати організацію
organisation-verified = Перевірена
organisation-verify = Позначити як перевірену
organisation-unverify = Зняти позначку «перевірена»
organisation-members = Учасники
organisation-leave = Вийти
organisation-remove-member = Вилучити
organisation-add-member = Додати учасника
organisation-add-member-submit = Додати
field-organisation-name = Назва організації
field-organisation-kind = Тип організації
field-organisation-description = Чим вона займається?
field-member-email = Адреса електронної пошти особи
field-member-email-hint = Спершу ця особа має мати обліковий запис в Entraide.
field-member-role = Роль
organisation-member-since = з { $date }
