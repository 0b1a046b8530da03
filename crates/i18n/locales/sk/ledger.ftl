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
