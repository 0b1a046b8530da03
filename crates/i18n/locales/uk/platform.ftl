# Головна сторінка і сторінка платформи.

home-title = Допомога поруч
home-my-platforms = Мої платформи
home-all-platforms = Усі платформи
home-no-platforms = Тут ще немає жодної платформи.

platform-you-member = Ви є учасником цієї платформи.
platform-you-admin = Ви в команді, яка керує цією платформою.
platform-join = Приєднатися до цієї платформи
platform-sign-up-to-join = Створіть обліковий запис, щоб приєднатися
platform-my-organisations = Мої організації
platform-organisations = Організації
platform-no-organisations = Жодна організація ще не приєдналася.
platform-new-organisation = Зареєструвати організацію
home-part-of = Частина платформи { $platform }
home-figure-opportunities = { $count ->
    [one] { $count } захід з майбутніми змінами
    [few] { $count } заходи з майбутніми змінами
    [many] { $count } заходів з майбутніми змінами
   *[other] { $count } заходу з майбутніми змінами
}
home-figure-requests = { $count ->
    [one] { $count } сусід просить про допомогу
    [few] { $count } сусіди просять про допомогу
    [many] { $count } сусідів просять про допомогу
   *[other] { $count } сусіда просять про допомогу
}
home-figure-members = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
home-what = Entraide — це місце, де місто чи район самостійно організовує волонтерство і сусідську допомогу: знайдіть, чим допомогти поруч із вами, або попросіть про допомогу.
