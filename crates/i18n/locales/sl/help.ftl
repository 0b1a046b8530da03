# Sosedska pomoč: prošnje, ponudbe, zasebne niti in zaključek.

error-category-unknown = Izberite eno od kategorij pomoči te platforme.
error-window-ends-before-start = Konec časovnega okna mora biti po njegovem začetku.
error-phone-malformed = Vnesite telefonsko številko s 6 do 15 števkami, na primer +32 470 12 34 56.
error-within-km-out-of-range = Razdalja mora biti večja od 0 in največ 25 km.
error-help-minutes-out-of-range = Število minut mora biti vsaj 1 in ne sme preseči časovnega okna prošnje.
error-request-closed = Ta prošnja je že končana.
error-request-not-open = Ta prošnja ne sprejema več ponudb.
error-request-not-accepted = Za to prošnjo še ni bila sprejeta nobena ponudba.
error-taken-offer = Pri tej prošnji ste pomoč že ponudili.
error-taken-completed = Ta prošnja je že označena kot opravljena.
error-unknown-request = Take prošnje ni.
error-unknown-offer = Take ponudbe ni ali pa ni več odprta.
error-unknown-category = Take kategorije pomoči ni.

## Strani sosedske pomoči.

help-page-nav = Sosedska pomoč
help-page-platform-link = Sosedska pomoč
help-page-list-title = Sosedska pomoč
help-page-list-intro = Sosedje si med seboj pomagajo pri majhnih stvareh. Prosite za pomoč ali ponudite svojo.
help-page-ask-button = Prosite za pomoč
help-page-mine-link = Moje prošnje in ponudbe
help-page-filters = Izberite, katere prošnje naj bodo prikazane
help-page-field-category-filter = Vrsta pomoči
help-page-any-category = Kakršna koli pomoč
help-page-field-distance = Kako daleč
help-page-within = Do { $distance }
help-page-show = Prikaži
help-page-results = Prošnje
help-page-none = Trenutno nihče ne prosi za to vrsto pomoči.
help-page-fix-filters = Spremenite izbiro zgoraj, da boste videli prošnje.
help-page-next-page = Več prošenj
help-page-distance = približno { $distance } stran
help-page-area = Območje okoli { $lat }, { $lon }
help-page-area-unknown = Območje ni znano
help-page-asked-on = Prošnja z dne { $date }

help-page-status-open = Čaka na pomočnika
help-page-status-accepted = Pomočnik je izbran
help-page-status-completed = Opravljeno
help-page-status-cancelled = Preklicano
help-page-offer-open = Ponudili ste pomoč. Čakamo na odgovor.
help-page-offer-accepted = Vaša ponudba je sprejeta.
help-page-offer-declined = Tokrat pomaga nekdo drug.
help-page-offer-line-open = Čaka na vaš odgovor
help-page-offer-line-accepted = Sprejeta
help-page-offer-line-declined = Ni izbrana

help-page-when = Kdaj
help-page-where = Kje
help-page-address-private = Točen naslov vidi samo izbrani pomočnik.
help-page-exact-point = Točka na zemljevidu: { $point }
help-page-requester = Prosi
help-page-on-behalf = Za koga
help-page-consent = Soglasje: { $by }, dne { $date } ({ $how })
help-page-helper = Pomočnik
help-page-time-given = Podarjeni čas
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuta
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}
help-page-erased-name = Nekdanji član
help-page-messages-link = Sporočila
help-page-sign-in-to-offer = Prijavite se, da ponudite pomoč
help-page-join-first = Pridružite se tej platformi, da ponudite pomoč.
help-page-offer-title = Ponudite pomoč
help-page-field-offer-message = Kratko sporočilo (lahko ga izpustite)
help-page-field-offer-message-hint = Na primer: kdaj lahko pridete.
help-page-offer-submit = Ponudi pomoč
help-page-offers-title = Ljudje, ki so ponudili pomoč
help-page-no-offers = Ponudb še ni. Ko bo kdo ponudil pomoč, vam bomo sporočili.
help-page-accept = Sprejmi
help-page-done-title = Označi kot opravljeno
help-page-done-intro = Ste pomoč že dobili? Napišite, koliko časa je trajala. Vaš pomočnik dobi ta čas kot kredit.
help-page-field-minutes = Koliko minut je trajalo?
help-page-field-minutes-hint = Od 1 do { $max } minut. 60 minut je ena ura.
help-page-done-submit = Označi kot opravljeno
help-page-cancel-link = Prekliči mojo prošnjo
help-page-cancel-title = Prekliči mojo prošnjo
help-page-cancel-question = Ali želite preklicati „{ $title }“?
help-page-cancel-hint = Ljudje, ki so ponudili pomoč, bodo videli, da je ne potrebujete več.
help-page-cancel-confirm = Da, prekliči
help-page-cancel-keep = Ne, obdrži

help-page-ask-title = Prosite za pomoč
help-page-join-to-ask = Pridružite se tej platformi, da prosite za pomoč.
help-page-question-category = Pri čem potrebujete pomoč?
help-page-next = Naprej
help-page-chosen-category = Prosite za: { $category }
help-page-change-category = Spremeni
help-page-section-what = Kaj
help-page-field-title = Na kratko
help-page-field-title-hint = Na primer: nakupi v trgovini na vogalu
help-page-field-description = Povejte nam več
help-page-field-description-hint = Kaj je potrebno in vse, kar mora pomočnik vedeti.
help-page-section-where = Kje
help-page-where-private = Naslov vidi samo pomočnik, ki ga izberete. Drugi vidijo samo območje.
help-page-field-address = Naslov
help-page-place-hint = Kraj na zemljevidu pomaga sosedom v bližini najti vašo prošnjo. Obe številki lahko prepišete iz aplikacije z zemljevidi.
help-page-use-my-position = Uporabi moj trenutni položaj
help-page-position-failed = Vašega položaja ni bilo mogoče najti. Številki vpišite sami.
help-page-section-when = Kdaj
help-page-field-from-day = Od (dan)
help-page-field-from-time = Od (ura)
help-page-field-until-day = Do (dan)
help-page-field-until-time = Do (ura)
help-page-on-behalf-summary = Prosim za nekoga drugega
help-page-on-behalf-intro = To izpolnite samo, če prosite za drugo osebo, z njenim soglasjem.
help-page-field-on-behalf-name = Ime te osebe
help-page-field-on-behalf-phone = Telefonska številka te osebe
help-page-field-on-behalf-phone-hint = Na primer +32 470 12 34 56
help-page-field-consent-given-by = Kdo je dal soglasje?
help-page-field-consent-given-by-hint = Oseba sama ali nekdo, ki sme odločati namesto nje.
help-page-field-consent-day = Kdaj je bilo soglasje dano?
help-page-field-consent-how = Kako je bilo soglasje dano?
help-page-field-consent-how-hint = Na primer: po telefonu, osebno, pisno.
help-page-ask-submit = Prosi za pomoč
help-page-ask-cancel = Nazaj

help-page-messages-title = Sporočila
help-page-messages-with = Z osebo { $name }
help-page-messages-private = Ta sporočila lahko berete samo vi in druga oseba.
help-page-no-messages = Sporočil še ni.
help-page-message-erased = (sporočilo odstranjeno)
help-page-write-title = Napišite sporočilo
help-page-field-message = Vaše sporočilo
help-page-send = Pošlji
help-page-back-to-request = Nazaj na prošnjo

help-page-mine-title = Moje prošnje in ponudbe
help-page-mine-requests = Moje prošnje za pomoč
help-page-mine-no-requests = Za pomoč še niste prosili.
help-page-mine-offers = Moje ponudbe pomoči
help-page-mine-no-offers = Pomoči še niste ponudili.
help-page-mine-see-offers = Poglejte, kdo je ponudil pomoč
help-page-mine-talk-and-finish = Pišite pomočniku ali označite kot opravljeno
help-page-mine-talk = Napišite sporočilo
help-page-mine-offer-done = Pomagali ste. Hvala!

help-page-notice-asked = Vaša prošnja je objavljena. Ko bo kdo ponudil pomoč, vam bomo sporočili.
help-page-notice-offered = Hvala! Oseba bo videla vašo ponudbo.
help-page-notice-accepted = Ponudbo ste sprejeli. Vaš pomočnik zdaj vidi naslov.
help-page-notice-cancelled = Vaša prošnja je preklicana.
help-page-notice-completed = Opravljeno! Vaš pomočnik je dobil čas kot kredit.
help-page-notice-sent = Vaše sporočilo je poslano.
