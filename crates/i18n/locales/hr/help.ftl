# Susjedska pomoć: zahtjevi, ponude, privatni razgovori i završetak.

error-category-unknown = Odaberite jednu od kategorija pomoći ove platforme.
error-window-ends-before-start = Završetak vremenskog okvira mora biti nakon njegova početka.
error-phone-malformed = Unesite broj telefona od 6 do 15 znamenki, na primjer +32 470 12 34 56.
error-within-km-out-of-range = Udaljenost mora biti veća od 0 i najviše 25 km.
error-help-minutes-out-of-range = Broj minuta mora biti najmanje 1 i ne smije premašiti vremenski okvir zahtjeva.
error-request-closed = Ovaj je zahtjev već završen.
error-request-not-open = Ovaj zahtjev više ne prima ponude.
error-request-not-accepted = Za ovaj zahtjev još nije prihvaćena nijedna ponuda.
error-taken-offer = Već ste ponudili pomoć za ovaj zahtjev.
error-taken-completed = Ovaj je zahtjev već označen kao obavljen.
error-unknown-request = Takav zahtjev ne postoji.
error-unknown-offer = Takva ponuda ne postoji ili više nije otvorena.
error-unknown-category = Takva kategorija pomoći ne postoji.

## Stranice susjedske pomoći.

help-page-nav = Susjedska pomoć
help-page-platform-link = Susjedska pomoć
help-page-list-title = Susjedska pomoć
help-page-list-intro = Susjedi si međusobno pomažu u sitnicama. Zatražite pomoć ili ponudite svoju.
help-page-ask-button = Zatražite pomoć
help-page-mine-link = Moji zahtjevi i ponude
help-page-filters = Odaberite koje zahtjeve želite vidjeti
help-page-field-category-filter = Vrsta pomoći
help-page-any-category = Bilo koja vrsta pomoći
help-page-field-distance = Koliko daleko
help-page-within = Unutar { $distance }
help-page-show = Prikaži
help-page-results = Zahtjevi
help-page-none = Trenutačno nitko ne traži ovu vrstu pomoći.
help-page-fix-filters = Promijenite odabir iznad kako biste vidjeli zahtjeve.
help-page-next-page = Još zahtjeva
help-page-distance = udaljeno oko { $distance }
help-page-area = Područje oko { $lat }, { $lon }
help-page-area-unknown = Područje nije poznato
help-page-asked-on = Zatraženo { $date }

help-page-status-open = Čeka pomagača
help-page-status-accepted = Pomagač je odabran
help-page-status-completed = Obavljeno
help-page-status-cancelled = Otkazano
help-page-offer-open = Ponudili ste pomoć. Čeka se odgovor.
help-page-offer-accepted = Vaša je ponuda prihvaćena.
help-page-offer-declined = Ovaj put pomaže netko drugi.
help-page-offer-line-open = Čeka vaš odgovor
help-page-offer-line-accepted = Prihvaćeno
help-page-offer-line-declined = Nije odabrano

help-page-when = Kada
help-page-where = Gdje
help-page-address-private = Točna adresa dijeli se samo s odabranim pomagačem.
help-page-exact-point = Točka na karti: { $point }
help-page-requester = Podnositelj zahtjeva
help-page-on-behalf = Za
help-page-consent = Suglasnost: { $by }, { $date } ({ $how })
help-page-helper = Pomagač
help-page-time-given = Utrošeno vrijeme
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}
help-page-erased-name = Bivši član
help-page-messages-link = Poruke
help-page-sign-in-to-offer = Prijavite se kako biste ponudili pomoć
help-page-join-first = Pridružite se ovoj platformi kako biste ponudili pomoć.
help-page-offer-title = Ponudite pomoć
help-page-field-offer-message = Kratka poruka (možete je ostaviti praznom)
help-page-field-offer-message-hint = Na primjer: kada možete doći.
help-page-offer-submit = Ponudite pomoć
help-page-offers-title = Osobe koje su ponudile pomoć
help-page-no-offers = Još nema ponuda. Javit ćemo vam kada netko ponudi pomoć.
help-page-accept = Prihvati
help-page-done-title = Označi kao obavljeno
help-page-done-intro = Je li pomoć pružena? Navedite koliko je trajala. Vaš pomagač dobiva to vrijeme kao kredit.
help-page-field-minutes = Koliko je minuta trajalo?
help-page-field-minutes-hint = Od 1 do { $max } minuta. 60 minuta je jedan sat.
help-page-done-submit = Označi kao obavljeno
help-page-cancel-link = Otkaži moj zahtjev
help-page-cancel-title = Otkaži moj zahtjev
help-page-cancel-question = Želite li otkazati „{ $title }“?
help-page-cancel-hint = Osobe koje su ponudile pomoć vidjet će da vam više nije potrebna.
help-page-cancel-confirm = Da, otkaži
help-page-cancel-keep = Ne, zadrži

help-page-ask-title = Zatražite pomoć
help-page-join-to-ask = Pridružite se ovoj platformi kako biste zatražili pomoć.
help-page-question-category = U čemu vam je potrebna pomoć?
help-page-next = Dalje
help-page-chosen-category = Tražite: { $category }
help-page-change-category = Promijeni
help-page-section-what = Što
help-page-field-title = U nekoliko riječi
help-page-field-title-hint = Na primjer: Namirnice iz trgovine na uglu
help-page-field-description = Recite nam više
help-page-field-description-hint = Što je potrebno i sve što bi pomagač trebao znati.
help-page-section-where = Gdje
help-page-where-private = Adresu vidi samo pomagač kojeg odaberete. Ostali vide samo područje.
help-page-field-address = Adresa
help-page-place-hint = Mjesto na karti pomaže susjedima u blizini da pronađu vaš zahtjev. Dva broja možete kopirati iz aplikacije s kartama.
help-page-use-my-position = Upotrijebi moju trenutačnu lokaciju
help-page-position-failed = Vašu lokaciju nije bilo moguće pronaći. Umjesto toga upišite brojeve.
help-page-section-when = Kada
help-page-field-from-day = Od (dan)
help-page-field-from-time = Od (vrijeme)
help-page-field-until-day = Do (dan)
help-page-field-until-time = Do (vrijeme)
help-page-on-behalf-summary = Tražim pomoć za nekog drugog
help-page-on-behalf-intro = Ispunite ovo samo ako tražite pomoć za drugu osobu, uz njezinu suglasnost.
help-page-field-on-behalf-name = Ime te osobe
help-page-field-on-behalf-phone = Broj telefona te osobe
help-page-field-on-behalf-phone-hint = Na primjer +32 470 12 34 56
help-page-field-consent-given-by = Tko je dao suglasnost?
help-page-field-consent-given-by-hint = Sama osoba ili netko tko smije odlučivati umjesto nje.
help-page-field-consent-day = Kada je dana suglasnost?
help-page-field-consent-how = Kako je dana suglasnost?
help-page-field-consent-how-hint = Na primjer: telefonom, osobno, pisanim putem.
help-page-ask-submit = Zatražite pomoć
help-page-ask-cancel = Natrag

help-page-messages-title = Poruke
help-page-messages-with = S osobom { $name }
help-page-messages-private = Ove poruke možete čitati samo vas dvoje.
help-page-no-messages = Još nema poruka.
help-page-message-erased = (poruka je uklonjena)
help-page-write-title = Napišite poruku
help-page-field-message = Vaša poruka
help-page-send = Pošalji
help-page-back-to-request = Natrag na zahtjev

help-page-mine-title = Moji zahtjevi i ponude
help-page-mine-requests = Moji zahtjevi za pomoć
help-page-mine-no-requests = Još niste zatražili pomoć.
help-page-mine-offers = Moje ponude pomoći
help-page-mine-no-offers = Još niste ponudili pomoć.
help-page-mine-see-offers = Pogledajte tko je ponudio pomoć
help-page-mine-talk-and-finish = Napišite poruku pomagaču ili označite kao obavljeno
help-page-mine-talk = Napišite poruku
help-page-mine-offer-done = Pomogli ste. Hvala vam!

help-page-notice-asked = Vaš je zahtjev objavljen. Javit ćemo vam kada netko ponudi pomoć.
help-page-notice-offered = Hvala vam! Osoba će vidjeti vašu ponudu.
help-page-notice-accepted = Prihvatili ste ponudu. Vaš pomagač sada vidi adresu.
help-page-notice-cancelled = Vaš je zahtjev otkazan.
help-page-notice-completed = Gotovo! Vaš je pomagač dobio vrijeme kao kredit.
help-page-notice-sent = Vaša je poruka poslana.
