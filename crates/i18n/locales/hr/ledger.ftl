# Glavna knjiga: vremenski krediti i krediti za razmjenu, prijenosi, storniranja, kreditni limiti.

error-credit-limit = Time bi stanje palo ispod kreditnog limita.
error-already-reversed = Ova je stavka već stornirana.
error-is-reversal = Storno stavku nije moguće stornirati.
error-amount-out-of-range = Unesite cijeli broj od 1 do 1.000.000.
error-unit-unknown = Odaberite vrijeme ili razmjenu.
error-unknown-unit = Takva jedinica ne postoji; upotrijebite vrijeme ili razmjenu.
error-same-account = Platitelj i primatelj moraju biti različiti računi.
error-unknown-entry = Takva knjižna stavka ne postoji.
error-credit-limit-out-of-range = Unesite cijeli broj od 0 do 1.000.000.
