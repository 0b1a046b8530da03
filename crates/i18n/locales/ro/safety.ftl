## Oferte permanente, mulțumiri, blocări, semnalări și moderare.

error-blocked = Unul dintre dumneavoastră l-a blocat pe celălalt: nu puteți trimite oferte sau mesaje acestei persoane.
error-account-suspended = Acest cont este suspendat. Dacă credeți că este o greșeală, vă rugăm să contactați persoanele care administrează acest site.
error-platform-suspended = Echipa acestei platforme v-a suspendat aici: puteți citi în continuare, dar nu puteți cere sau oferi ajutor, nu vă puteți înscrie și nu puteți scrie. Dacă credeți că este o greșeală, vă rugăm să îi contactați.
error-moderate-admin = Administratorii platformei nu pot fi avertizați sau suspendați aici. Persoanele care administrează site-ul vă pot ajuta.
error-block-self = Nu vă puteți bloca propriul cont.
error-report-kind-unknown = Alegeți ce semnalați: o cerere, o ofertă sau un mesaj.
error-report-target-unknown = Nu este nimic de semnalat aici sau nu puteți vedea acest lucru.
error-moderation-action-unknown = Alegeți una dintre acțiuni: ascundere, avertizare, suspendare, reactivare sau închidere.
error-moderate-self = Nu vă puteți avertiza sau suspenda propriul cont.
error-standing-km-out-of-range = Alegeți o distanță între 1 și 10 km.
error-request-not-completed = Puteți mulțumi după ce ajutorul este marcat ca rezolvat.
error-taken-thanks = Ați lăsat deja o mulțumire pentru această cerere.
error-unknown-standing-offer = Această ofertă permanentă nu există.
error-unknown-block = Nu ați blocat această persoană.
error-category-in-use = Această categorie este folosită de cereri sau de oferte permanente, așa că nu poate fi ștearsă. Redenumiți-o în schimb.

## Oferte permanente
standing-title = Ce pot face pentru vecinii mei
standing-intro = Spuneți o singură dată cu ce puteți ajuta, unde și în ce zile. Când un vecin cere un ajutor potrivit, vă anunțăm. Nimeni nu vede de unde plecați.
standing-mine = Ofertele mele permanente
standing-none = Nu aveți încă nicio ofertă permanentă.
standing-withdraw = Opriți această ofertă
standing-new = O nouă ofertă permanentă
standing-what = Cu ce puteți ajuta?
standing-any-help = Orice fel de ajutor
standing-every-day = În fiecare zi
standing-within = pe o rază de { $distance }
standing-days = În ce zile?
standing-days-hint = Nu bifați nimic dacă vă potrivește orice zi.
standing-km = Cât de departe puteți merge, în km?
standing-km-hint = Până la 10 km. 1 km înseamnă cam 15 minute de mers pe jos.
standing-point-hint = Locul de unde plecați, de exemplu casa dumneavoastră. Doar dumneavoastră îl vedeți.
standing-note = Câteva cuvinte (opțional)
standing-note-hint = De exemplu: am mașină sau pot căra sacoșe grele.
standing-publish = Publicați oferta mea
standing-notice-published = Oferta dumneavoastră permanentă este publicată. Vă vom anunța despre cererile potrivite.
standing-notice-withdrawn = Oferta dumneavoastră permanentă a fost oprită.
help-page-standing-link = Ce pot face pentru vecinii mei

## Mulțumiri
thanks-title = Mulțumiți
thanks-intro = Ajutorul a fost dat. Puteți lăsa un scurt mesaj privat celeilalte persoane.
thanks-label = Mesajul dumneavoastră
thanks-submit = Trimiteți mulțumirea mea
thanks-received = Mesaje de mulțumire

## Semnalări
report-title = Semnalați o problemă
report-intro = Semnalați { $what } echipei care administrează această platformă.
report-what-request = o cerere
report-what-offer = o ofertă
report-what-message = un mesaj
report-reason = Ce nu este în regulă?
report-reason-hint = Echipa citește fiecare semnalare. Persoana pe care o semnalați nu vă vede numele.
report-submit = Trimiteți semnalarea
report-sent = Vă mulțumim. Echipa va analiza semnalarea dumneavoastră. Dacă această persoană vă deranjează, o puteți și bloca.
report-link = Semnalați o problemă

## Blocări
block-title = Blocați o persoană
block-question = Blocați persoana { $name }?
block-explained = Odată blocată, această persoană nu vă mai poate oferi ajutor și nu vă mai poate scrie, iar dumneavoastră nu îi mai puteți oferi ajutor și nu îi mai puteți scrie. Persoana nu este anunțată.
block-submit = Da, blocați această persoană
block-cancel = Nu, înapoi
block-link = Blocați această persoană
blocks-title = Persoane pe care le-am blocat
blocks-intro = Persoanele pe care le-ați blocat nu vă pot oferi ajutor și nu vă pot scrie.
blocks-none = Nu ați blocat pe nimeni.
blocks-unblock = Deblocați
blocks-notice-blocked = Această persoană este blocată.
blocks-notice-unblocked = Această persoană nu mai este blocată.

## Moderare
moderation-title = Moderare
moderation-intro = Semnalări de la membri, cele mai vechi mai întâi. Fiecare acțiune este înregistrată cu numele și motivul dumneavoastră.
moderation-reports = Semnalări de analizat
moderation-empty = Nu este nicio semnalare de analizat.
moderation-suspended = suspendat
moderation-hidden = ascuns
moderation-open-request = Deschideți cererea
moderation-reported-by = Semnalat de { $name }
moderation-reason = Motiv
moderation-hide = Ascundeți
moderation-warn = Avertizați autorul
moderation-suspend = Suspendați autorul
moderation-dismiss = Nimic greșit
moderation-reinstate = Ridicați suspendarea
moderation-log = Ce a făcut echipa
moderation-log-empty = Nimic deocamdată.
moderation-log-when = Când
moderation-log-who = Cine
moderation-log-what = Ce
moderation-log-person = Persoana
moderation-log-undo = Anulați
moderation-done-hide = a ascuns un conținut
moderation-done-warn = a avertizat
moderation-done-suspend = a suspendat
moderation-done-reinstate = a ridicat o suspendare
moderation-done-dismiss = a închis o semnalare
moderation-notice-hide = Conținutul este ascuns.
moderation-notice-warn = Autorul a fost avertizat.
moderation-notice-suspend = Contul este suspendat, iar persoana a fost deconectată.
moderation-notice-reinstate = Suspendarea a fost ridicată.
moderation-notice-dismiss = Semnalarea a fost închisă.
moderation-link = Moderare
# Leaves the report form for the page the person was reading.
report-cancel = Înapoi
