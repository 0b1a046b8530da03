# Kirjanpito: aikapisteet ja vaihtopisteet, siirrot, peruutukset, luottorajat.

error-credit-limit = Tämä veisi saldon alle luottorajan.
error-already-reversed = Tämä kirjaus on jo peruttu.
error-is-reversal = Peruutuskirjausta ei voi itseään perua.
error-amount-out-of-range = Anna kokonaisluku väliltä 1–1 000 000.
error-unit-unknown = Valitse aikapisteet tai vaihtopisteet.
error-unknown-unit = Tällaista yksikköä ei ole; käytä aikapisteitä tai vaihtopisteitä.
error-same-account = Maksajan ja saajan on oltava eri tilejä.
error-unknown-entry = Tällaista kirjausta ei ole.
error-credit-limit-out-of-range = Anna kokonaisluku väliltä 0–1 000 000.
