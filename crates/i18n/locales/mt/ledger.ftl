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
