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
