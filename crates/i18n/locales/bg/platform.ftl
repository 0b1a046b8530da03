# Началната страница и страницата на платформа.

home-title = Помощ наблизо
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
home-part-of = Част от { $platform }
home-figure-opportunities = { $count ->
    [one] Една дейност с предстоящи смени
   *[other] { $count } дейности с предстоящи смени
}
home-figure-requests = { $count ->
    [one] един съсед, който моли за помощ
   *[other] { $count } съседи, които молят за помощ
}
home-figure-members = { $count ->
    [one] един член
   *[other] { $count } членове
}
home-what = Entraide е мястото, където един град или квартал сам организира доброволчеството и съседската помощ: намерете с какво да помогнете близо до вас или помолете за помощ.
