# Szomszédsegítés: kérések, ajánlatok, privát beszélgetések és lezárás.

error-category-unknown = Válasszon a platform segítségkategóriái közül.
error-window-ends-before-start = Az időablak végének a kezdete után kell lennie.
error-phone-malformed = Adjon meg egy 6–15 számjegyű telefonszámot, például +32 470 12 34 56.
error-within-km-out-of-range = A távolságnak 0-nál nagyobbnak és legfeljebb 25 km-nek kell lennie.
error-help-minutes-out-of-range = A percek száma legalább 1 lehet, és nem haladhatja meg a kérés időablakát.
error-request-closed = Ez a kérés már lezárult.
error-request-not-open = Ez a kérés már nem fogad ajánlatokat.
error-request-not-accepted = Ehhez a kéréshez még nem fogadtak el ajánlatot.
error-taken-offer = Ehhez a kéréshez már felajánlotta a segítségét.
error-taken-completed = Ezt a kérést már teljesítettnek jelölték.
error-unknown-request = Nincs ilyen kérés.
error-unknown-offer = Nincs ilyen ajánlat, vagy már nem aktív.
error-unknown-category = Nincs ilyen segítségkategória.
