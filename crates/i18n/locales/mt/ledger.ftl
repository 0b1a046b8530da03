# Ir-reġistru: krediti tal-ħin u krediti tal-bdil, trasferimenti, treġġigħ lura, limiti tal-kreditu.

error-credit-limit = Dan iniżżel il-bilanċ taħt il-limitu tal-kreditu.
error-already-reversed = Din l-entrata diġà treġġgħet lura.
error-is-reversal = Entrata li treġġa' lura oħra ma tistax titreġġa' lura hi stess.
error-amount-out-of-range = Daħħal numru sħiħ minn 1 sa 1,000,000.
error-unit-unknown = Agħżel krediti tal-ħin jew krediti tal-bdil.
error-unknown-unit = Din l-unità ma teżistix; uża krediti tal-ħin jew krediti tal-bdil.
error-same-account = Min iħallas u min jirċievi jridu jkunu kontijiet differenti.
error-unknown-entry = Din l-entrata fir-reġistru ma teżistix.
error-credit-limit-out-of-range = Daħħal numru sħiħ minn 0 sa 1,000,000.

## Paġni tal-krediti.

credits-page-mine-link = Il-krediti tal-ħin tiegħi
credits-page-mine-title = Il-krediti tal-ħin tiegħi
credits-page-mine-intro = Meta tgħin ġar, taqla' l-ħin li tajt. Meta xi ħadd jgħinek, inti tagħti l-ħin.
credits-page-balances = Il-bilanċ tiegħi
credits-page-no-balance = Għad m'hemmx krediti.
credits-page-entries = Storja
credits-page-no-entries = Għad m'hemm xejn.
credits-page-unit-time = Ħin
credits-page-unit-barter = Krediti tal-bdil
credits-page-barter-amount = { $amount ->
    [one] { $amount } kreditu
    [two] { $amount } krediti
    [few] { $amount } krediti
    [many] { $amount }-il kreditu
   *[other] { $amount } kreditu
}
credits-page-kind-help = Għajnuna bejn il-ġirien
credits-page-kind-barter = Bdil
credits-page-kind-reversal = Korrezzjoni
credits-page-from = Minn
credits-page-to = Lil
credits-page-organisation-title = Krediti tal-bdil
credits-page-organisation-intro = L-organizzazzjonijiet tal-pjattaforma jħallsu lil xulxin għas-servizzi bi krediti tal-bdil.
credits-page-balance = Bilanċ
credits-page-csv = Niżżel bħala spreadsheet (CSV)
credits-page-pay-title = Ħallas organizzazzjoni oħra
credits-page-pay-intro = Il-krediti joħorġu mill-bilanċ tiegħek minnufih.
credits-page-field-to = L-organizzazzjoni li se tħallas
credits-page-choose-organisation = Agħżel organizzazzjoni
credits-page-field-amount = Krediti
credits-page-field-amount-hint = Numru sħiħ, pereżempju 30
credits-page-field-memo = Għal xiex
credits-page-field-memo-hint = Pereżempju: vann għall-fiera
credits-page-pay-submit = Ħallas
credits-page-notice-paid = Il-krediti ntbagħtu.
credits-page-link = Krediti tal-bdil
# Bilanċ tal-ħin taħt iż-żero, espress b'mod newtrali: $duration huwa pereżempju "2 h 20 min".
credits-page-received-more = Irċevejt { $duration } aktar milli tajt
credits-page-how = Siegħa għajnuna tgħodd bħala siegħa, ikun min ikun jagħtiha. Il-krediti mhumiex flus, u bilanċ taħt iż-żero mhuwiex dejn: ifisser biss li s'issa l-ġirien għenuk aktar.
