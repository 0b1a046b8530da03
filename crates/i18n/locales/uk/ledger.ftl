# Реєстр: кредити часу та бартерні кредити, перекази, скасування, кредитні ліміти.

error-credit-limit = Через це баланс опуститься нижче кредитного ліміту.
error-already-reversed = Цю операцію вже скасовано.
error-is-reversal = Операцію скасування не можна скасувати.
error-amount-out-of-range = Введіть ціле число від 1 до 1 000 000.
error-unit-unknown = Виберіть: час або бартер.
error-unknown-unit = Такої одиниці не існує; використайте час або бартер.
error-same-account = Платник і отримувач мають бути різними обліковими записами.
error-unknown-entry = Такої операції в реєстрі не існує.
error-credit-limit-out-of-range = Введіть ціле число від 0 до 1 000 000.

## Сторінки кредитів.

credits-page-mine-link = Мої кредити часу
credits-page-mine-title = Мої кредити часу
credits-page-mine-intro = Коли ви допомагаєте сусідові, ви заробляєте час, який йому приділили. Коли хтось допомагає вам, ви віддаєте час.
credits-page-balances = Мій баланс
credits-page-no-balance = Кредитів поки немає.
credits-page-entries = Історія
credits-page-no-entries = Поки нічого немає.
credits-page-unit-time = Час
credits-page-unit-barter = Бартерні кредити
credits-page-barter-amount = { $amount ->
    [one] { $amount } кредит
    [few] { $amount } кредити
    [many] { $amount } кредитів
   *[other] { $amount } кредиту
}
credits-page-kind-help = Сусідська допомога
credits-page-kind-barter = Бартер
credits-page-kind-reversal = Виправлення
credits-page-from = Від кого
credits-page-to = Кому
credits-page-organisation-title = Бартерні кредити
credits-page-organisation-intro = Організації платформи платять одна одній за послуги бартерними кредитами.
credits-page-balance = Баланс
credits-page-csv = Завантажити як таблицю (CSV)
credits-page-pay-title = Заплатити іншій організації
credits-page-pay-intro = Кредити одразу списуються з вашого балансу.
credits-page-field-to = Організація, якій ви платите
credits-page-choose-organisation = Виберіть організацію
credits-page-field-amount = Кредити
credits-page-field-amount-hint = Ціле число, наприклад 30
credits-page-field-memo = За що
credits-page-field-memo-hint = Наприклад: фургон для ярмарку
credits-page-pay-submit = Заплатити
credits-page-notice-paid = Кредити надіслано.
credits-page-link = Бартерні кредити
# Баланс часу нижче нуля, сказано нейтрально: $duration — це, наприклад, «2 год 20 хв».
credits-page-received-more = Ви отримали на { $duration } більше, ніж дали
credits-page-how = Година допомоги рахується як година, хоч би хто її давав. Кредити — це не гроші, а баланс нижче нуля — не борг: він лише означає, що досі сусіди допомагали вам більше.
