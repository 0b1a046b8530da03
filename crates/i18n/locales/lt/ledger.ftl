# Apskaitos knyga: laiko kreditai ir mainų kreditai, pervedimai, atšaukimai, kredito limitai.

error-credit-limit = Tada likutis nukristų žemiau kredito limito.
error-already-reversed = Šis įrašas jau atšauktas.
error-is-reversal = Atšaukimo įrašo atšaukti negalima.
error-amount-out-of-range = Įveskite sveikąjį skaičių nuo 1 iki 1 000 000.
error-unit-unknown = Pasirinkite laiko arba mainų kreditus.
error-unknown-unit = Tokio vieneto nėra; naudokite laiko arba mainų kreditus.
error-same-account = Mokėtojas ir gavėjas turi būti skirtingos paskyros.
error-unknown-entry = Tokio apskaitos įrašo nėra.
error-credit-limit-out-of-range = Įveskite sveikąjį skaičių nuo 0 iki 1 000 000.

## Kreditų puslapiai.

credits-page-mine-link = Mano laiko kreditai
credits-page-mine-title = Mano laiko kreditai
credits-page-mine-intro = Kai padedate kaimynui, uždirbate skirtą laiką. Kai kas nors padeda jums, jūs atiduodate laiko.
credits-page-balances = Mano likutis
credits-page-no-balance = Kreditų dar nėra.
credits-page-entries = Istorija
credits-page-no-entries = Kol kas nieko nėra.
credits-page-unit-time = Laikas
credits-page-unit-barter = Mainų kreditai
credits-page-barter-amount = { $amount ->
    [one] { $amount } kreditas
    [few] { $amount } kreditai
    [many] { $amount } kredito
   *[other] { $amount } kreditų
}
credits-page-kind-help = Kaimynų pagalba
credits-page-kind-barter = Mainai
credits-page-kind-reversal = Pataisymas
credits-page-from = Iš
credits-page-to = Kam
credits-page-organisation-title = Mainų kreditai
credits-page-organisation-intro = Platformos organizacijos viena kitai už paslaugas moka mainų kreditais.
credits-page-balance = Likutis
credits-page-csv = Atsisiųsti kaip skaičiuoklės failą (CSV)
credits-page-pay-title = Sumokėti kitai organizacijai
credits-page-pay-intro = Kreditai iš jūsų likučio nurašomi iš karto.
credits-page-field-to = Kuriai organizacijai mokate
credits-page-choose-organisation = Pasirinkite organizaciją
credits-page-field-amount = Kreditai
credits-page-field-amount-hint = Sveikasis skaičius, pavyzdžiui, 30
credits-page-field-memo = Už ką
credits-page-field-memo-hint = Pavyzdžiui: furgonas mugei
credits-page-pay-submit = Sumokėti
credits-page-notice-paid = Kreditai išsiųsti.
credits-page-link = Mainų kreditai
# Laiko likutis žemiau nulio, pasakytas neutraliai: $duration yra, pavyzdžiui, „2 val. 20 min.“.
credits-page-received-more = Gavote { $duration } daugiau, nei davėte
credits-page-how = Pagalbos valanda skaičiuojama kaip valanda, kad ir kas ją suteiktų. Kreditai nėra pinigai, o likutis žemiau nulio nėra skola: tai tik reiškia, kad kol kas kaimynai jums padėjo daugiau.
