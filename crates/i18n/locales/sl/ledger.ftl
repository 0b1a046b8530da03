# Knjiga vknjižb: časovni krediti in menjalni krediti, prenosi, stornacije, kreditni limiti.

error-credit-limit = S tem bi stanje padlo pod kreditni limit.
error-already-reversed = Ta vknjižba je že stornirana.
error-is-reversal = Stornacije ni mogoče stornirati.
error-amount-out-of-range = Vnesite celo število od 1 do 1.000.000.
error-unit-unknown = Izberite čas ali menjavo.
error-unknown-unit = Take enote ni; uporabite čas ali menjavo.
error-same-account = Plačnik in prejemnik morata biti različna računa.
error-unknown-entry = Take vknjižbe ni.
error-credit-limit-out-of-range = Vnesite celo število od 0 do 1.000.000.
