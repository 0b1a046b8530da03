# Arvestusraamat: ajakrediidid ja vahetuskrediidid, ülekanded, tühistamised, krediidilimiidid.

error-credit-limit = Sellega langeks saldo alla krediidilimiidi.
error-already-reversed = See kanne on juba tühistatud.
error-is-reversal = Tühistuskannet ennast ei saa tühistada.
error-amount-out-of-range = Sisesta täisarv vahemikus 1 kuni 1 000 000.
error-unit-unknown = Vali ajakrediit või vahetuskrediit.
error-unknown-unit = Sellist ühikut ei ole; kasuta ajakrediiti või vahetuskrediiti.
error-same-account = Maksja ja saaja peavad olema erinevad kontod.
error-unknown-entry = Sellist arvestuskannet ei ole.
error-credit-limit-out-of-range = Sisesta täisarv vahemikus 0 kuni 1 000 000.

## Krediitide lehed.

credits-page-mine-link = Minu ajakrediidid
credits-page-mine-title = Minu ajakrediidid
credits-page-mine-intro = Kui aitad naabrit, teenid aja, mille andsid. Kui keegi aitab sind, annad sina aega.
credits-page-balances = Minu saldo
credits-page-no-balance = Krediite veel ei ole.
credits-page-entries = Ajalugu
credits-page-no-entries = Veel ei midagi.
credits-page-unit-time = Aeg
credits-page-unit-barter = Vahetuskrediidid
credits-page-barter-amount = { $amount ->
    [one] { $amount } krediit
   *[other] { $amount } krediiti
}
credits-page-kind-help = Naabriabi
credits-page-kind-barter = Vahetus
credits-page-kind-reversal = Parandus
credits-page-from = Kellelt
credits-page-to = Kellele
credits-page-organisation-title = Vahetuskrediidid
credits-page-organisation-intro = Platvormi organisatsioonid maksavad üksteisele teenuste eest vahetuskrediitidega.
credits-page-balance = Saldo
credits-page-csv = Laadi alla tabelina (CSV)
credits-page-pay-title = Maksa teisele organisatsioonile
credits-page-pay-intro = Krediidid lahkuvad sinu saldolt kohe.
credits-page-field-to = Organisatsioon, kellele maksad
credits-page-choose-organisation = Vali organisatsioon
credits-page-field-amount = Krediidid
credits-page-field-amount-hint = Täisarv, näiteks 30
credits-page-field-memo = Mille eest
credits-page-field-memo-hint = Näiteks: kaubik laadaks
credits-page-pay-submit = Maksa
credits-page-notice-paid = Krediidid on saadetud.
credits-page-link = Vahetuskrediidid
# Nullist väiksem ajasaldo, neutraalselt öeldud: $duration on näiteks „2 h 20 min“.
credits-page-received-more = Oled saanud { $duration } rohkem, kui oled andnud
credits-page-how = Tund abi arvestatakse ühe tunnina, ükskõik kes seda annab. Krediidid ei ole raha ja nullist väiksem saldo ei ole võlg: see tähendab lihtsalt, et naabrid on sind seni rohkem aidanud.
