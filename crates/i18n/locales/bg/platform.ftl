# Началната страница и страницата на платформа.

home-title = Помощ наблизо
home-intro = Намерете местна платформа за доброволчество и съседска помощ или се присъединете към тази, където живеете.
home-my-platforms = Моите платформи
home-all-platforms = Всички платформи
home-no-platforms = Тук все още няма платформа.

platform-you-member = Вие сте член на тази платформа.
platform-you-admin = Вие сте част от екипа, който управлява тази платформа.
platform-join = Присъединяване към платформата
platform-sign-up-to-join = Създайте профил, за да се присъедините
platform-my-organisations = Моите организации
platform-organisations = Организации
platform-no-organisations = Все още не се е присъединила нито една организация.
platform-new-organisation = Регистриране на организация
