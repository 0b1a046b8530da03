# Účetní kniha: časové kredity a barterové kredity, převody, storna, kreditní limity.

error-credit-limit = Zůstatek by tím klesl pod kreditní limit.
error-already-reversed = Tento záznam už byl stornován.
error-is-reversal = Storno nelze samo stornovat.
error-amount-out-of-range = Zadejte celé číslo od 1 do 1 000 000.
error-unit-unknown = Vyberte čas, nebo barter.
error-unknown-unit = Taková jednotka neexistuje; použijte čas, nebo barter.
error-same-account = Účet plátce a účet příjemce se musí lišit.
error-unknown-entry = Takový záznam v účetní knize neexistuje.
error-credit-limit-out-of-range = Zadejte celé číslo od 0 do 1 000 000.

## Stránky kreditů.

credits-page-mine-link = Moje časové kredity
credits-page-mine-title = Moje časové kredity
credits-page-mine-intro = Když pomůžete sousedovi, získáte čas, který jste věnovali. Když někdo pomůže vám, čas dáváte.
credits-page-balances = Můj zůstatek
credits-page-no-balance = Zatím žádné kredity.
credits-page-entries = Historie
credits-page-no-entries = Zatím nic.
credits-page-unit-time = Čas
credits-page-unit-barter = Barterové kredity
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredit
    [few] { $amount } kredity
    [many] { $amount } kreditu
   *[other] { $amount } kreditů
}
credits-page-kind-help = Sousedská pomoc
credits-page-kind-barter = Barter
credits-page-kind-reversal = Oprava
credits-page-from = Od
credits-page-to = Komu
credits-page-organisation-title = Barterové kredity
credits-page-organisation-intro = Organizace na platformě si navzájem platí za služby barterovými kredity.
credits-page-balance = Zůstatek
credits-page-csv = Stáhnout jako tabulku (CSV)
credits-page-pay-title = Zaplatit jiné organizaci
credits-page-pay-intro = Kredity se z vašeho zůstatku odečtou okamžitě.
credits-page-field-to = Organizace, které platíte
credits-page-choose-organisation = Vyberte organizaci
credits-page-field-amount = Kredity
credits-page-field-amount-hint = Celé číslo, například 30
credits-page-field-memo = Za co
credits-page-field-memo-hint = Například: dodávka na jarmark
credits-page-pay-submit = Zaplatit
credits-page-notice-paid = Kredity byly odeslány.
credits-page-link = Barterové kredity
# Časový zůstatek pod nulou, vyjádřený neutrálně: $duration je například „2 h 20 min“.
credits-page-received-more = Dostali jste o { $duration } více, než jste dali
credits-page-how = Hodina pomoci se počítá jako hodina, ať ji dává kdokoli. Kredity nejsou peníze a zůstatek pod nulou není dluh: znamená jen, že vám sousedé zatím pomohli víc.
