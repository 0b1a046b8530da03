# Registrul: credite de timp și credite de troc, transferuri, stornări, limite de credit.

error-credit-limit = Astfel soldul ar scădea sub limita de credit.
error-already-reversed = Această înregistrare a fost deja stornată.
error-is-reversal = O stornare nu poate fi ea însăși stornată.
error-amount-out-of-range = Introduceți un număr întreg de la 1 la 1.000.000.
error-unit-unknown = Alegeți timp sau troc.
error-unknown-unit = Această unitate nu există; folosiți timp sau troc.
error-same-account = Plătitorul și beneficiarul trebuie să fie conturi diferite.
error-unknown-entry = Această înregistrare nu există.
error-credit-limit-out-of-range = Introduceți un număr întreg de la 0 la 1.000.000.

## Paginile creditelor.

credits-page-mine-link = Creditele mele de timp
credits-page-mine-title = Creditele mele de timp
credits-page-mine-intro = Când ajutați un vecin, câștigați timpul pe care l-ați oferit. Când cineva vă ajută, dați timp.
credits-page-balances = Soldul meu
credits-page-no-balance = Încă nu aveți credite.
credits-page-entries = Istoric
credits-page-no-entries = Încă nu există nimic.
credits-page-unit-time = Timp
credits-page-unit-barter = Credite de troc
credits-page-barter-amount = { $amount ->
    [one] { $amount } credit
    [few] { $amount } credite
   *[other] { $amount } de credite
}
credits-page-kind-help = Ajutor între vecini
credits-page-kind-barter = Troc
credits-page-kind-reversal = Corecție
credits-page-from = De la
credits-page-to = Către
credits-page-organisation-title = Credite de troc
credits-page-organisation-intro = Organizațiile platformei își plătesc serviciile unele altora în credite de troc.
credits-page-balance = Sold
credits-page-csv = Descărcați ca foaie de calcul (CSV)
credits-page-pay-title = Plătiți altei organizații
credits-page-pay-intro = Creditele ies imediat din soldul dumneavoastră.
credits-page-field-to = Organizația căreia îi plătiți
credits-page-choose-organisation = Alegeți o organizație
credits-page-field-amount = Credite
credits-page-field-amount-hint = Un număr întreg, de exemplu 30
credits-page-field-memo = Pentru ce
credits-page-field-memo-hint = De exemplu: duba pentru târg
credits-page-pay-submit = Plătiți
credits-page-notice-paid = Creditele au fost trimise.
credits-page-link = Credite de troc
# Un sold de timp sub zero, spus neutru: $duration este, de exemplu, „2 h 20 min”.
credits-page-received-more = Ați primit cu { $duration } mai mult decât ați dat
credits-page-how = O oră de ajutor contează ca o oră, oricine ar da-o. Creditele nu sunt bani, iar un sold sub zero nu este o datorie: înseamnă doar că, până acum, vecinii v-au ajutat mai mult.
