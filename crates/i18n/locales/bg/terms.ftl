# Уменията, каузите и видовете помощ, с които започва всяка платформа. Администраторите на
# платформата могат да ги преименуват; дотогава се показват тези имена.

term-skill-driving = Шофиране
term-skill-first-aid = Първа помощ
term-skill-cooking = Готвене
term-skill-gardening = Градинарство
term-skill-diy = Дребни ремонти
term-skill-computers = Компютри и телефони
term-skill-languages = Писмени и устни преводи
term-skill-teaching = Преподаване и частни уроци
term-skill-listening = Изслушване и компания
term-skill-admin = Работа с документи
term-skill-lifting = Носене и вдигане
term-skill-childcare = Грижа за деца

term-cause-elderly = Възрастни хора
term-cause-children = Деца и младежи
term-cause-poverty = Бедност и храна
term-cause-health = Здраве и грижи
term-cause-environment = Околна среда и климат
term-cause-refugees = Бежанци и новодошли
term-cause-disability = Хора с увреждания
term-cause-culture = Култура и спорт
term-cause-animals = Животни
term-cause-neighbourhood = Живот в квартала

term-help-groceries = Покупки
term-help-pharmacy = Аптека
term-help-delivery = Доставка на храна или пратки
term-help-lift = Превоз с кола
term-help-call-or-visit = Обаждане или посещение
term-help-repairs = Дребни ремонти
term-help-paperwork = Документи и дигитална помощ
term-help-pet-care = Грижа за домашни любимци
term-help-housing = Жилище
term-help-other = Друго
