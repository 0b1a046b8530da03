# Регистърът: времеви кредити и бартерни кредити, преводи, сторнирания, кредитни лимити.

error-credit-limit = Така салдото ще падне под кредитния лимит.
error-already-reversed = Този запис вече е сторниран.
error-is-reversal = Сторниращ запис не може сам да бъде сторниран.
error-amount-out-of-range = Въведете цяло число от 1 до 1 000 000.
error-unit-unknown = Изберете време или бартер.
error-unknown-unit = Няма такава единица; използвайте време или бартер.
error-same-account = Платецът и получателят трябва да са различни сметки.
error-unknown-entry = Няма такъв запис в регистъра.
error-credit-limit-out-of-range = Въведете цяло число от 0 до 1 000 000.

## Страници за кредити.

credits-page-mine-link = Моите времеви кредити
credits-page-mine-title = Моите времеви кредити
credits-page-mine-intro = Когато помагате на съсед, печелите времето, което сте отделили. Когато някой ви помага, вие давате време.
credits-page-balances = Моето салдо
credits-page-no-balance = Все още няма кредити.
credits-page-entries = История
credits-page-no-entries = Все още нищо.
credits-page-unit-time = Време
credits-page-unit-barter = Бартерни кредити
credits-page-barter-amount = { $amount ->
    [one] { $amount } кредит
   *[other] { $amount } кредита
}
credits-page-kind-help = Съседска помощ
credits-page-kind-barter = Бартер
credits-page-kind-reversal = Корекция
credits-page-from = От
credits-page-to = За
credits-page-organisation-title = Бартерни кредити
credits-page-organisation-intro = Организациите в платформата си плащат една на друга за услуги с бартерни кредити.
credits-page-balance = Салдо
credits-page-csv = Изтеглете като таблица (CSV)
credits-page-pay-title = Платете на друга организация
credits-page-pay-intro = Кредитите се изваждат от салдото ви веднага.
credits-page-field-to = Организация, на която плащате
credits-page-choose-organisation = Изберете организация
credits-page-field-amount = Кредити
credits-page-field-amount-hint = Цяло число, например 30
credits-page-field-memo = За какво
credits-page-field-memo-hint = Например: бус за панаира
credits-page-pay-submit = Платете
credits-page-notice-paid = Кредитите бяха изпратени.
credits-page-link = Бартерни кредити
# Времево салдо под нулата, казано неутрално: $duration е например „2 ч 20 мин“.
credits-page-received-more = Получили сте { $duration } повече, отколкото сте дали
credits-page-how = Един час помощ се брои за един час, който и да я дава. Кредитите не са пари, а салдо под нулата не е дълг: то означава само, че досега съседите са ви помогнали повече.
