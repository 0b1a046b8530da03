# Účtovná kniha: časové kredity a barterové kredity, prevody, storná, kreditné limity.

error-credit-limit = Zostatok by tým klesol pod kreditný limit.
error-already-reversed = Tento záznam už bol stornovaný.
error-is-reversal = Storno sa nedá samo stornovať.
error-amount-out-of-range = Zadajte celé číslo od 1 do 1 000 000.
error-unit-unknown = Vyberte čas alebo barter.
error-unknown-unit = Taká jednotka neexistuje; použite čas alebo barter.
error-same-account = Účet platiteľa a účet príjemcu sa musia líšiť.
error-unknown-entry = Taký záznam v účtovnej knihe neexistuje.
error-credit-limit-out-of-range = Zadajte celé číslo od 0 do 1 000 000.

## Stránky kreditov.

credits-page-mine-link = Moje časové kredity
credits-page-mine-title = Moje časové kredity
credits-page-mine-intro = Keď pomôžete susedovi, získate čas, ktorý ste mu venovali. Keď niekto pomôže vám, čas dávate.
credits-page-balances = Môj zostatok
credits-page-no-balance = Zatiaľ žiadne kredity.
credits-page-entries = História
credits-page-no-entries = Zatiaľ nič.
credits-page-unit-time = Čas
credits-page-unit-barter = Barterové kredity
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredit
    [few] { $amount } kredity
    [many] { $amount } kreditu
   *[other] { $amount } kreditov
}
credits-page-kind-help = Susedská pomoc
credits-page-kind-barter = Barter
credits-page-kind-reversal = Oprava
credits-page-from = Od koho
credits-page-to = Komu
credits-page-organisation-title = Barterové kredity
credits-page-organisation-intro = Organizácie na platforme si navzájom platia za služby barterovými kreditmi.
credits-page-balance = Zostatok
credits-page-csv = Stiahnuť ako tabuľku (CSV)
credits-page-pay-title = Zaplatiť inej organizácii
credits-page-pay-intro = Kredity sa z vášho zostatku odpíšu hneď.
credits-page-field-to = Organizácia, ktorej platíte
credits-page-choose-organisation = Vyberte organizáciu
credits-page-field-amount = Kredity
credits-page-field-amount-hint = Celé číslo, napríklad 30
credits-page-field-memo = Za čo
credits-page-field-memo-hint = Napríklad: dodávka na jarmok
credits-page-pay-submit = Zaplatiť
credits-page-notice-paid = Kredity boli odoslané.
credits-page-link = Barterové kredity
# Časový zostatok pod nulou, vyjadrený neutrálne: $duration je napríklad „2 h 20 min“.
credits-page-received-more = Dostali ste o { $duration } viac, ako ste dali
credits-page-how = Hodina pomoci sa počíta ako hodina, nech ju dáva ktokoľvek. Kredity nie sú peniaze a zostatok pod nulou nie je dlh: znamená len, že vám susedia doteraz pomohli viac.
