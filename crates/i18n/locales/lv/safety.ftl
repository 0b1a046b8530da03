## Pastāvīgie piedāvājumi, pateicības, bloķēšana, ziņojumi un moderēšana.

error-blocked = Viens no jums ir bloķējis otru: jūs nevarat sūtīt šai personai piedāvājumus vai ziņas.
error-account-suspended = Šis konts ir apturēts. Ja domājat, ka tā ir kļūda, lūdzu, sazinieties ar cilvēkiem, kas uztur šo vietni.
error-platform-suspended = Šīs platformas komanda jūs šeit ir apturējusi: jūs joprojām varat lasīt, bet nevarat lūgt vai piedāvāt palīdzību, pierakstīties vai rakstīt. Ja domājat, ka tā ir kļūda, lūdzu, sazinieties ar viņiem.
error-moderate-admin = Platformas administratorus šeit nevar brīdināt vai apturēt. Palīdzēt var cilvēki, kas uztur vietni.
error-block-self = Jūs nevarat bloķēt sevi.
error-report-kind-unknown = Izvēlieties, par ko ziņojat: par lūgumu, piedāvājumu vai ziņu.
error-report-target-unknown = Šeit nav par ko ziņot, vai arī jūs to nevarat redzēt.
error-moderation-action-unknown = Izvēlieties kādu no darbībām: paslēpt, brīdināt, apturēt, atjaunot vai noraidīt.
error-moderate-self = Jūs nevarat brīdināt vai apturēt sevi.
error-standing-km-out-of-range = Izvēlieties attālumu no 1 līdz 10 km.
error-request-not-completed = Pateikties varēsiet, kad palīdzība būs atzīmēta kā sniegta.
error-taken-thanks = Jūs jau esat atstājis pateicību par šo lūgumu.
error-unknown-standing-offer = Šāda pastāvīgā piedāvājuma nav.
error-unknown-block = Jūs neesat bloķējis šo personu.
error-category-in-use = Šo kategoriju izmanto lūgumi vai pastāvīgie piedāvājumi, tāpēc to nevar noņemt. Tā vietā pārdēvējiet to.

## Pastāvīgie piedāvājumi
standing-title = Ar ko varu palīdzēt kaimiņiem
standing-intro = Vienreiz pastāstiet, ar ko varat palīdzēt, kur un kurās dienās. Kad kāds kaimiņš lūgs piemērotu palīdzību, mēs jums paziņosim. Neviens neredz, no kurienes jūs dodaties.
standing-mine = Mani pastāvīgie piedāvājumi
standing-none = Jums vēl nav pastāvīga piedāvājuma.
standing-withdraw = Pārtraukt šo piedāvājumu
standing-new = Jauns pastāvīgs piedāvājums
standing-what = Ar ko varat palīdzēt?
standing-any-help = Jebkāda palīdzība
standing-every-day = Katru dienu
standing-within = līdz { $distance }
standing-days = Kurās dienās?
standing-days-hint = Ja der katra diena, neatzīmējiet nevienu.
standing-km = Cik tālu esat gatavs doties (km)?
standing-km-hint = Līdz 10 km. 1 km ir apmēram 15 minūšu gājiens.
standing-point-hint = Vieta, no kuras dodaties, piemēram, jūsu mājas. To redzat tikai jūs.
standing-note = Daži vārdi (nav obligāti)
standing-note-hint = Piemēram: man ir automašīna, vai arī es varu panest smagas somas.
standing-publish = Publicēt manu piedāvājumu
standing-notice-published = Jūsu pastāvīgais piedāvājums ir publicēts. Mēs jums paziņosim par piemērotiem lūgumiem.
standing-notice-withdrawn = Jūsu pastāvīgais piedāvājums ir pārtraukts.
help-page-standing-link = Ar ko varu palīdzēt kaimiņiem

## Pateicības
thanks-title = Pateikties
thanks-intro = Palīdzība ir sniegta. Varat atstāt otrai personai īsu privātu zīmīti.
thanks-label = Jūsu zīmīte
thanks-submit = Nosūtīt pateicību
thanks-received = Pateicības zīmītes

## Ziņojumi
report-title = Ziņot par problēmu
report-intro = Jūs ziņojat par { $what } komandai, kas uztur šo platformu.
report-what-request = lūgumu
report-what-offer = piedāvājumu
report-what-message = ziņu
report-reason = Kas nav kārtībā?
report-reason-hint = Komanda izlasa katru ziņojumu. Persona, par kuru ziņojat, jūsu vārdu neredz.
report-submit = Nosūtīt ziņojumu
report-sent = Paldies. Komanda izskatīs jūsu ziņojumu. Ja šī persona jūs traucē, varat to arī bloķēt.
report-link = Ziņot par problēmu

## Bloķēšana
block-title = Bloķēt personu
block-question = Vai bloķēt { $name }?
block-explained = Kad persona ir bloķēta, tā nevar jums piedāvāt palīdzību vai rakstīt, un jūs nevarat tai piedāvāt palīdzību vai rakstīt. Viņai par to netiek paziņots.
block-submit = Jā, bloķēt šo personu
block-cancel = Nē, atgriezties
block-link = Bloķēt šo personu
blocks-title = Manis bloķētās personas
blocks-intro = Jūsu bloķētās personas nevar jums piedāvāt palīdzību vai rakstīt.
blocks-none = Jūs neesat nevienu bloķējis.
blocks-unblock = Atbloķēt
blocks-notice-blocked = Šī persona ir bloķēta.
blocks-notice-unblocked = Šī persona vairs nav bloķēta.

## Moderēšana
moderation-title = Moderēšana
moderation-intro = Dalībnieku ziņojumi, sākot ar vecākajiem. Katra darbība tiek reģistrēta ar jūsu vārdu un iemeslu.
moderation-reports = Izskatāmie ziņojumi
moderation-empty = Nav neviena ziņojuma, ko izskatīt.
moderation-suspended = apturēts
moderation-hidden = paslēpts
moderation-open-request = Atvērt lūgumu
moderation-reported-by = Ziņoja: { $name }
moderation-reason = Iemesls
moderation-hide = Paslēpt
moderation-warn = Brīdināt autoru
moderation-suspend = Apturēt autoru
moderation-dismiss = Viss kārtībā
moderation-reinstate = Atcelt apturēšanu
moderation-log = Ko darīja komanda
moderation-log-empty = Pagaidām nekā.
moderation-log-when = Kad
moderation-log-who = Kas
moderation-log-what = Ko
moderation-log-person = Persona
moderation-log-undo = Atsaukt
moderation-done-hide = paslēpa saturu
moderation-done-warn = brīdināja
moderation-done-suspend = apturēja
moderation-done-reinstate = atcēla apturēšanu
moderation-done-dismiss = slēdza ziņojumu
moderation-notice-hide = Saturs ir paslēpts.
moderation-notice-warn = Autors ir brīdināts.
moderation-notice-suspend = Konts ir apturēts, un lietotājs ir izrakstīts.
moderation-notice-reinstate = Apturēšana ir atcelta.
moderation-notice-dismiss = Ziņojums ir slēgts.
moderation-link = Moderēšana
# Leaves the report form for the page the person was reading.
report-cancel = Atpakaļ
