# Ajutor între vecini: cereri, oferte, conversații private și finalizare.

error-category-unknown = Alegeți una dintre categoriile de ajutor ale acestei platforme.
error-window-ends-before-start = Sfârșitul intervalului orar trebuie să fie după începutul acestuia.
error-phone-malformed = Introduceți un număr de telefon de 6 până la 15 cifre, de exemplu +32 470 12 34 56.
error-within-km-out-of-range = Distanța trebuie să fie mai mare de 0 și de cel mult 25 km.
error-help-minutes-out-of-range = Numărul de minute trebuie să fie cel puțin 1 și să nu depășească intervalul orar al cererii.
error-request-closed = Această cerere s-a încheiat deja.
error-request-not-open = Această cerere nu mai primește oferte.
error-request-not-accepted = Încă nu a fost acceptată nicio ofertă pentru această cerere.
error-taken-offer = V-ați oferit deja să ajutați la această cerere.
error-taken-completed = Această cerere a fost deja marcată ca rezolvată.
error-unknown-request = Această cerere nu există.
error-unknown-offer = Această ofertă nu există sau nu mai este deschisă.
error-unknown-category = Această categorie de ajutor nu există.

## Paginile ajutorului între vecini.

help-page-nav = Ajutor între vecini
help-page-platform-link = Ajutor între vecini
help-page-list-title = Ajutor între vecini
help-page-list-intro = Vecinii se ajută unii pe alții la lucruri mărunte. Cereți ajutor sau oferiți-vă ajutorul.
help-page-ask-button = Cereți ajutor
help-page-mine-link = Cererile și ofertele mele
help-page-filters = Alegeți ce cereri să fie afișate
help-page-field-category-filter = Tipul de ajutor
help-page-any-category = Orice fel de ajutor
help-page-field-distance = Cât de departe
help-page-within = Până la { $distance }
help-page-show = Afișați
help-page-results = Cereri
help-page-none = Deocamdată nimeni nu cere acest fel de ajutor.
help-page-fix-filters = Schimbați alegerile de mai sus ca să vedeți cereri.
help-page-next-page = Mai multe cereri
help-page-distance = la aproximativ { $distance }
help-page-area = Zona din jurul punctului { $lat }, { $lon }
help-page-area-unknown = Zonă necunoscută
help-page-asked-on = Cerere din { $date }

help-page-status-open = Se așteaptă cineva care să ajute
help-page-status-accepted = A fost ales cineva care să ajute
help-page-status-completed = Rezolvată
help-page-status-cancelled = Anulată
help-page-offer-open = V-ați oferit să ajutați. Se așteaptă un răspuns.
help-page-offer-accepted = Oferta dumneavoastră a fost acceptată.
help-page-offer-declined = De data aceasta ajută altcineva.
help-page-offer-line-open = Așteaptă răspunsul dumneavoastră
help-page-offer-line-accepted = Acceptată
help-page-offer-line-declined = Nealeasă

help-page-when = Când
help-page-where = Unde
help-page-address-private = Adresa exactă este arătată doar persoanei alese să ajute.
help-page-exact-point = Punct pe hartă: { $point }
help-page-requester = Cerere făcută de
help-page-on-behalf = Pentru
help-page-consent = Acord dat de { $by } la { $date } ({ $how })
help-page-helper = Persoana care ajută
help-page-time-given = Timp oferit
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
help-page-erased-name = Fost membru
help-page-messages-link = Mesaje
help-page-sign-in-to-offer = Conectați-vă ca să oferiți ajutor
help-page-join-first = Alăturați-vă acestei platforme ca să oferiți ajutor.
help-page-offer-title = Oferiți ajutor
help-page-field-offer-message = Un mesaj scurt (îl puteți lăsa gol)
help-page-field-offer-message-hint = De exemplu: când puteți veni.
help-page-offer-submit = Oferiți ajutor
help-page-offers-title = Persoane care s-au oferit să ajute
help-page-no-offers = Încă nu există oferte. Vă anunțăm când se oferă cineva.
help-page-accept = Acceptați
help-page-done-title = Marcați ca rezolvată
help-page-done-intro = Ați primit ajutorul? Spuneți cât a durat. Persoana care v-a ajutat primește acest timp drept credit.
help-page-field-minutes = Câte minute a durat?
help-page-field-minutes-hint = Între 1 și { $max } minute. 60 de minute înseamnă o oră.
help-page-done-submit = Marcați ca rezolvată
help-page-cancel-link = Anulați cererea mea
help-page-cancel-title = Anulați cererea mea
help-page-cancel-question = Doriți să anulați „{ $title }”?
help-page-cancel-hint = Persoanele care s-au oferit să ajute vor vedea că nu mai aveți nevoie de ajutor.
help-page-cancel-confirm = Da, anulați
help-page-cancel-keep = Nu, păstrați

help-page-ask-title = Cereți ajutor
help-page-join-to-ask = Alăturați-vă acestei platforme ca să cereți ajutor.
help-page-question-category = La ce aveți nevoie de ajutor?
help-page-next = Mai departe
help-page-chosen-category = Cereți: { $category }
help-page-change-category = Schimbați
help-page-section-what = Ce
help-page-field-title = În câteva cuvinte
help-page-field-title-hint = De exemplu: cumpărături de la magazinul din colț
help-page-field-description = Spuneți-ne mai multe
help-page-field-description-hint = Ce este nevoie și orice ar trebui să știe persoana care ajută.
help-page-section-where = Unde
help-page-where-private = Doar persoana pe care o alegeți vede adresa. Ceilalți văd doar zona.
help-page-field-address = Adresă
help-page-place-hint = Locul de pe hartă îi ajută pe vecinii din apropiere să vă găsească cererea. Puteți copia cele două numere dintr-o aplicație de hărți.
help-page-use-my-position = Folosiți poziția mea actuală
help-page-position-failed = Poziția dumneavoastră nu a putut fi găsită. Scrieți numerele de mână.
help-page-section-when = Când
help-page-field-from-day = De la (ziua)
help-page-field-from-time = De la (ora)
help-page-field-until-day = Până la (ziua)
help-page-field-until-time = Până la (ora)
help-page-on-behalf-summary = Cer ajutor pentru altcineva
help-page-on-behalf-intro = Completați această parte doar dacă cereți pentru altă persoană, cu acordul ei.
help-page-field-on-behalf-name = Numele persoanei
help-page-field-on-behalf-phone = Numărul de telefon al persoanei
help-page-field-on-behalf-phone-hint = De exemplu +32 470 12 34 56
help-page-field-consent-given-by = Cine și-a dat acordul?
help-page-field-consent-given-by-hint = Persoana însăși sau cineva care are dreptul să decidă pentru ea.
help-page-field-consent-day = Când și-a dat acordul?
help-page-field-consent-how = Cum și-a dat acordul?
help-page-field-consent-how-hint = De exemplu: la telefon, personal, în scris.
help-page-ask-submit = Cereți ajutor
help-page-ask-cancel = Înapoi

help-page-messages-title = Mesaje
help-page-messages-with = Cu { $name }
help-page-messages-private = Doar dumneavoastră doi puteți citi aceste mesaje.
help-page-no-messages = Încă nu există mesaje.
help-page-message-erased = (mesaj șters)
help-page-write-title = Scrieți un mesaj
help-page-field-message = Mesajul dumneavoastră
help-page-send = Trimiteți
help-page-back-to-request = Înapoi la cerere

help-page-mine-title = Cererile și ofertele mele
help-page-mine-requests = Ce am cerut
help-page-mine-no-requests = Încă nu ați cerut ajutor.
help-page-mine-offers = Unde m-am oferit să ajut
help-page-mine-no-offers = Încă nu v-ați oferit să ajutați.
help-page-mine-see-offers = Vedeți cine s-a oferit să ajute
help-page-mine-talk-and-finish = Scrieți persoanei care ajută sau marcați ca rezolvată
help-page-mine-talk = Scrieți un mesaj
help-page-mine-offer-done = Ați ajutat. Vă mulțumim!

help-page-notice-asked = Cererea dumneavoastră este publicată. Vă anunțăm când cineva se oferă să ajute.
help-page-notice-offered = Vă mulțumim! Persoana vă va vedea oferta.
help-page-notice-accepted = Ați acceptat oferta. Persoana care ajută vede acum adresa.
help-page-notice-cancelled = Cererea dumneavoastră a fost anulată.
help-page-notice-completed = Gata! Persoana care v-a ajutat a primit timpul drept credit.
help-page-notice-sent = Mesajul dumneavoastră a fost trimis.
