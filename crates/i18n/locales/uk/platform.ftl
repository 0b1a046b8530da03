# Головна сторінка і сторінка платформи.

home-title = Допомога поруч
home-intro = Знайдіть місцеву платформу для волонтерства й сусідської допомоги або приєднайтеся до тієї, що діє там, де ви живете.
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
