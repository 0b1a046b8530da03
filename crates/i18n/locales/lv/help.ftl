# Kaimiņu palīdzība: lūgumi, piedāvājumi, privātas sarunas un pabeigšana.
error-category-unknown = Izvēlieties kādu no šīs platformas palīdzības kategorijām.
error-window-ends-before-start = Laika posma beigām jābūt vēlākām par tā sākumu.
error-phone-malformed = Ievadiet tālruņa numuru ar 6 līdz 15 cipariem, piemēram, +32 470 12 34 56.
error-within-km-out-of-range = Attālumam jābūt lielākam par 0 un ne lielākam par 25 km.
error-help-minutes-out-of-range = Minūšu skaitam jābūt vismaz 1 un ne lielākam par lūguma laika posmu.
error-request-closed = Šis lūgums jau ir beidzies.
error-request-not-open = Šim lūgumam piedāvājumus vairs nepieņem.
error-request-not-accepted = Šim lūgumam vēl nav pieņemts neviens piedāvājums.
error-taken-offer = Jūsu palīdzības piedāvājums šim lūgumam jau ir saņemts.
error-taken-completed = Šis lūgums jau ir atzīmēts kā izpildīts.
error-unknown-request = Šāda lūguma nav.
error-unknown-offer = Šāda piedāvājuma nav, vai tas vairs nav atvērts.
error-unknown-category = Šādas palīdzības kategorijas nav.
