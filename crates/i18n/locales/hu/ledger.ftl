# A főkönyv: időkreditek és barterkreditek, átutalások, sztornók, hitelkeretek.

error-credit-limit = Ezzel az egyenleg túllépné a hitelkeretet.
error-already-reversed = Ezt a tételt már sztornózták.
error-is-reversal = Sztornótételt nem lehet sztornózni.
error-amount-out-of-range = Adjon meg egy egész számot 1 és 1 000 000 között.
error-unit-unknown = Válasszon: idő vagy barter.
error-unknown-unit = Nincs ilyen egység; válasszon: idő vagy barter.
error-same-account = A fizető és a kedvezményezett számlája nem lehet ugyanaz.
error-unknown-entry = Nincs ilyen főkönyvi tétel.
error-credit-limit-out-of-range = Adjon meg egy egész számot 0 és 1 000 000 között.

## A kreditek oldalai.

credits-page-mine-link = Időkreditjeim
credits-page-mine-title = Időkreditjeim
credits-page-mine-intro = Ha segít egy szomszédnak, megkapja a ráfordított időt. Ha valaki Önnek segít, Ön ad időt.
credits-page-balances = Egyenlegem
credits-page-no-balance = Még nincs kreditje.
credits-page-entries = Előzmények
credits-page-no-entries = Még nincs semmi.
credits-page-unit-time = Idő
credits-page-unit-barter = Barterkreditek
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredit
   *[other] { $amount } kredit
}
credits-page-kind-help = Szomszédsegítés
credits-page-kind-barter = Barter
credits-page-kind-reversal = Helyesbítés
credits-page-from = Kitől
credits-page-to = Kinek
credits-page-organisation-title = Barterkreditek
credits-page-organisation-intro = A platform szervezetei barterkreditben fizetnek egymásnak a szolgáltatásokért.
credits-page-balance = Egyenleg
credits-page-csv = Letöltés táblázatként (CSV)
credits-page-pay-title = Fizetés egy másik szervezetnek
credits-page-pay-intro = A kreditek azonnal lekerülnek az egyenlegéről.
credits-page-field-to = Melyik szervezetnek fizet
credits-page-choose-organisation = Válasszon szervezetet
credits-page-field-amount = Kredit
credits-page-field-amount-hint = Egész szám, például 30
credits-page-field-memo = Mire
credits-page-field-memo-hint = Például: kisteherautó a vásárra
credits-page-pay-submit = Fizetés
credits-page-notice-paid = A krediteket elküldtük.
credits-page-link = Barterkreditek
# Nulla alatti időegyenleg, semlegesen megfogalmazva: a $duration például „2 óra 20 perc”.
credits-page-received-more = Ennyivel több időt kapott, mint amennyit adott: { $duration }
credits-page-how = Egy óra segítség egy órának számít, bárki adja is. A kreditek nem pénz, és a nulla alatti egyenleg nem tartozás: csak azt jelenti, hogy eddig a szomszédok többet segítettek Önnek.
