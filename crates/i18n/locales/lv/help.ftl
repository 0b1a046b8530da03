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

## Kaimiņu palīdzības lapas.

help-page-nav = Kaimiņu palīdzība
help-page-platform-link = Kaimiņu palīdzība
help-page-list-title = Kaimiņu palīdzība
help-page-list-intro = Kaimiņi palīdz cits citam sīkos darbos. Lūdziet palīdzību vai piedāvājiet savu.
help-page-ask-button = Lūgt palīdzību
help-page-mine-link = Mani lūgumi un piedāvājumi
help-page-filters = Izvēlieties, kurus lūgumus rādīt
help-page-field-category-filter = Palīdzības veids
help-page-any-category = Jebkāda palīdzība
help-page-field-distance = Cik tālu
help-page-within = Līdz { $distance }
help-page-show = Rādīt
help-page-results = Lūgumi
help-page-none = Pašlaik neviens nelūdz šādu palīdzību.
help-page-fix-filters = Mainiet izvēli augstāk, lai redzētu lūgumus.
help-page-next-page = Vairāk lūgumu
help-page-distance = apmēram { $distance } attālumā
help-page-area = Apkaime ap { $lat }, { $lon }
help-page-area-unknown = Apkaime nav zināma
help-page-asked-on = Lūgts { $date }

help-page-status-open = Gaida palīgu
help-page-status-accepted = Palīgs ir izvēlēts
help-page-status-completed = Izpildīts
help-page-status-cancelled = Atcelts
help-page-offer-open = Jūs piedāvājāt palīdzību. Gaida atbildi.
help-page-offer-accepted = Jūsu piedāvājums ir pieņemts.
help-page-offer-declined = Šoreiz palīdz kāds cits.
help-page-offer-line-open = Gaida jūsu atbildi
help-page-offer-line-accepted = Pieņemts
help-page-offer-line-declined = Nav izvēlēts

help-page-when = Kad
help-page-where = Kur
help-page-address-private = Precīzā adrese tiek parādīta tikai izvēlētajam palīgam.
help-page-exact-point = Punkts kartē: { $point }
help-page-requester = Lūdza
help-page-on-behalf = Kam
help-page-consent = Piekrišanu deva { $by }, { $date } ({ $how })
help-page-helper = Palīgs
help-page-time-given = Veltītais laiks
help-page-completed-minutes = { $minutes ->
    [zero] { $minutes } minūšu
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}
help-page-erased-name = Bijušais dalībnieks
help-page-messages-link = Ziņas
help-page-sign-in-to-offer = Pierakstieties, lai piedāvātu palīdzību
help-page-join-first = Pievienojieties šai platformai, lai piedāvātu palīdzību.
help-page-offer-title = Piedāvāt palīdzību
help-page-field-offer-message = Īsa ziņa (varat atstāt tukšu)
help-page-field-offer-message-hint = Piemēram: kad varat atnākt.
help-page-offer-submit = Piedāvāt palīdzību
help-page-offers-title = Cilvēki, kas piedāvāja palīdzību
help-page-no-offers = Piedāvājumu vēl nav. Mēs jums paziņosim, kad kāds piedāvās palīdzību.
help-page-accept = Pieņemt
help-page-done-title = Atzīmēt kā izpildītu
help-page-done-intro = Vai palīdzība ir sniegta? Norādiet, cik ilgi tas aizņēma. Jūsu palīgs saņems šo laiku kā kredītu.
help-page-field-minutes = Cik minūtes tas aizņēma?
help-page-field-minutes-hint = No 1 līdz { $max } minūtēm. 60 minūtes ir viena stunda.
help-page-done-submit = Atzīmēt kā izpildītu
help-page-cancel-link = Atcelt manu lūgumu
help-page-cancel-title = Atcelt manu lūgumu
help-page-cancel-question = Vai vēlaties atcelt „{ $title }”?
help-page-cancel-hint = Cilvēki, kas piedāvāja palīdzību, redzēs, ka jums tā vairs nav vajadzīga.
help-page-cancel-confirm = Jā, atcelt
help-page-cancel-keep = Nē, paturēt

help-page-ask-title = Lūgt palīdzību
help-page-join-to-ask = Pievienojieties šai platformai, lai lūgtu palīdzību.
help-page-question-category = Kādā jomā jums vajadzīga palīdzība?
help-page-next = Tālāk
help-page-chosen-category = Jūs lūdzat: { $category }
help-page-change-category = Mainīt
help-page-section-what = Kas
help-page-field-title = Dažos vārdos
help-page-field-title-hint = Piemēram: Iepirkumi no veikaliņa uz stūra
help-page-field-description = Pastāstiet vairāk
help-page-field-description-hint = Kas ir vajadzīgs un viss, kas palīgam būtu jāzina.
help-page-section-where = Kur
help-page-where-private = Adresi redz tikai jūsu izvēlētais palīgs. Citi redz tikai apkaimi.
help-page-field-address = Adrese
help-page-place-hint = Vieta kartē palīdz tuvumā dzīvojošiem kaimiņiem atrast jūsu lūgumu. Abus skaitļus varat nokopēt no karšu lietotnes.
help-page-use-my-position = Izmantot manu pašreizējo atrašanās vietu
help-page-position-failed = Jūsu atrašanās vietu neizdevās noteikt. Ierakstiet skaitļus paši.
help-page-section-when = Kad
help-page-field-from-day = No (diena)
help-page-field-from-time = No (laiks)
help-page-field-until-day = Līdz (diena)
help-page-field-until-time = Līdz (laiks)
help-page-on-behalf-summary = Es lūdzu cita cilvēka vārdā
help-page-on-behalf-intro = Aizpildiet šo tikai tad, ja lūdzat citam cilvēkam ar viņa piekrišanu.
help-page-field-on-behalf-name = Viņa vai viņas vārds
help-page-field-on-behalf-phone = Viņa vai viņas tālruņa numurs
help-page-field-on-behalf-phone-hint = Piemēram, +32 470 12 34 56
help-page-field-consent-given-by = Kas deva piekrišanu?
help-page-field-consent-given-by-hint = Pats cilvēks vai kāds, kam atļauts lemt viņa vietā.
help-page-field-consent-day = Kad tika dota piekrišana?
help-page-field-consent-how = Kā tika dota piekrišana?
help-page-field-consent-how-hint = Piemēram: pa tālruni, klātienē, rakstiski.
help-page-ask-submit = Lūgt palīdzību
help-page-ask-cancel = Atpakaļ

help-page-messages-title = Ziņas
help-page-messages-with = Ar { $name }
help-page-messages-private = Šīs ziņas varat lasīt tikai jūs abi.
help-page-no-messages = Ziņu vēl nav.
help-page-message-erased = (ziņa noņemta)
help-page-write-title = Rakstīt ziņu
help-page-field-message = Jūsu ziņa
help-page-send = Sūtīt
help-page-back-to-request = Atpakaļ pie lūguma

help-page-mine-title = Mani lūgumi un piedāvājumi
help-page-mine-requests = Ko es lūdzu
help-page-mine-no-requests = Jūs vēl neesat lūguši palīdzību.
help-page-mine-offers = Kur es piedāvāju palīdzību
help-page-mine-no-offers = Jūs vēl neesat piedāvājuši palīdzību.
help-page-mine-see-offers = Skatīt, kas piedāvāja palīdzību
help-page-mine-talk-and-finish = Uzrakstiet palīgam vai atzīmējiet kā izpildītu
help-page-mine-talk = Rakstīt ziņu
help-page-mine-offer-done = Jūs palīdzējāt. Paldies!

help-page-notice-asked = Jūsu lūgums ir publicēts. Mēs jums paziņosim, kad kāds piedāvās palīdzību.
help-page-notice-offered = Paldies! Cilvēks redzēs jūsu piedāvājumu.
help-page-notice-accepted = Jūs pieņēmāt piedāvājumu. Jūsu palīgs tagad redz adresi.
help-page-notice-cancelled = Jūsu lūgums ir atcelts.
help-page-notice-completed = Gatavs! Jūsu palīgs saņēma laiku kā kredītu.
help-page-notice-sent = Jūsu ziņa ir nosūtīta.
