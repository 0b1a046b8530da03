# Навички, напрями та види допомоги, з якими починає кожна платформа. Адміністратори
# платформи можуть їх перейменувати; доти показуються ці назви.

term-skill-driving = Водіння
term-skill-first-aid = Перша допомога
term-skill-cooking = Приготування їжі
term-skill-gardening = Садівництво
term-skill-diy = Дрібний ремонт
term-skill-computers = Комп’ютери й телефони
term-skill-languages = Письмовий та усний переклад
term-skill-teaching = Навчання та репетиторство
term-skill-listening = Вислухати й підтримати
term-skill-admin = Робота з документами
term-skill-lifting = Перенесення важких речей
term-skill-childcare = Догляд за дітьми

term-cause-elderly = Люди похилого віку
term-cause-children = Діти та молодь
term-cause-poverty = Бідність і харчування
term-cause-health = Здоров’я та догляд
term-cause-environment = Довкілля та клімат
term-cause-refugees = Біженці та новоприбулі
term-cause-disability = Люди з інвалідністю
term-cause-culture = Культура і спорт
term-cause-animals = Тварини
term-cause-neighbourhood = Життя громади

term-help-groceries = Покупки
term-help-pharmacy = Аптека
term-help-delivery = Доставка їжі чи посилок
term-help-lift = Підвезти автомобілем
term-help-call-or-visit = Дзвінок або відвідини
term-help-repairs = Дрібний ремонт
term-help-paperwork = Документи й цифрова допомога
term-help-pet-care = Догляд за домашніми тваринами
term-help-housing = Житло
term-help-other = Інше
