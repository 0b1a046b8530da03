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
