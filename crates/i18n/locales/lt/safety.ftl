## Nuolatiniai pasiūlymai, padėkos, blokavimas, pranešimai ir moderavimas.

error-blocked = Vienas iš jūsų yra užblokavęs kitą: šiam žmogui negalite siųsti pasiūlymų ar žinučių.
error-account-suspended = Ši paskyra sustabdyta. Jei manote, kad tai klaida, susisiekite su žmonėmis, kurie valdo šią svetainę.
error-platform-suspended = Šios platformos komanda jus čia sustabdė: vis dar galite skaityti, bet negalite prašyti ar siūlyti pagalbos, registruotis ar rašyti. Jei manote, kad tai klaida, susisiekite su ja.
error-moderate-admin = Platformos administratorių čia negalima įspėti ar sustabdyti. Padėti gali žmonės, kurie valdo svetainę.
error-block-self = Negalite užblokuoti savęs.
error-report-kind-unknown = Pasirinkite, apie ką pranešate: apie prašymą, pasiūlymą ar žinutę.
error-report-target-unknown = Čia nėra apie ką pranešti arba negalite to matyti.
error-moderation-action-unknown = Pasirinkite vieną iš veiksmų: paslėpti, įspėti, sustabdyti, atkurti arba atmesti.
error-moderate-self = Negalite įspėti ar sustabdyti savęs.
error-standing-km-out-of-range = Pasirinkite atstumą nuo 1 iki 10 km.
error-request-not-completed = Padėkoti galėsite, kai pagalba bus pažymėta kaip suteikta.
error-taken-thanks = Už šį prašymą jau palikote padėką.
error-unknown-standing-offer = Tokio nuolatinio pasiūlymo nėra.
error-unknown-block = Šio žmogaus neesate užblokavę.
error-category-in-use = Šią kategoriją naudoja prašymai arba nuolatiniai pasiūlymai, todėl jos pašalinti negalima. Vietoj to ją pervadinkite.

## Nuolatiniai pasiūlymai
standing-title = Kuo galiu padėti kaimynams
standing-intro = Vieną kartą nurodykite, kuo galite padėti, kur ir kuriomis dienomis. Kai kaimynas paprašys tinkamos pagalbos, jums pranešime. Niekas nemato, iš kur išvykstate.
standing-mine = Mano nuolatiniai pasiūlymai
standing-none = Dar neturite nuolatinio pasiūlymo.
standing-withdraw = Nutraukti šį pasiūlymą
standing-new = Naujas nuolatinis pasiūlymas
standing-what = Kuo galite padėti?
standing-any-help = Bet kokia pagalba
standing-every-day = Kiekvieną dieną
standing-within = iki { $distance }
standing-days = Kuriomis dienomis?
standing-days-hint = Jei tinka kiekviena diena, nieko nežymėkite.
standing-km = Kaip toli galite nueiti ar nuvykti (km)?
standing-km-hint = Iki 10 km. 1 km – tai maždaug 15 minučių pėsčiomis.
standing-point-hint = Vieta, iš kurios išvykstate, pavyzdžiui, jūsų namai. Ją matote tik jūs.
standing-note = Keli žodžiai (nebūtina)
standing-note-hint = Pavyzdžiui: turiu automobilį arba galiu panešti sunkius krepšius.
standing-publish = Paskelbti mano pasiūlymą
standing-notice-published = Jūsų nuolatinis pasiūlymas paskelbtas. Pranešime jums apie tinkamus prašymus.
standing-notice-withdrawn = Jūsų nuolatinis pasiūlymas nutrauktas.
help-page-standing-link = Kuo galiu padėti kaimynams

## Padėkos
thanks-title = Padėkoti
thanks-intro = Pagalba suteikta. Galite palikti trumpą asmeninį raštelį kitam žmogui.
thanks-label = Jūsų raštelis
thanks-submit = Siųsti padėką
thanks-received = Padėkos

## Pranešimai apie problemas
report-title = Pranešti apie problemą
report-intro = Pranešate apie { $what } šią platformą valdančiai komandai.
report-what-request = prašymą
report-what-offer = pasiūlymą
report-what-message = žinutę
report-reason = Kas negerai?
report-reason-hint = Komanda skaito kiekvieną pranešimą. Žmogus, apie kurį pranešate, nematys jūsų vardo.
report-submit = Siųsti pranešimą
report-sent = Ačiū. Komanda peržiūrės jūsų pranešimą. Jei šis žmogus jus trikdo, galite jį ir užblokuoti.
report-link = Pranešti apie problemą

## Blokavimas
block-title = Užblokuoti žmogų
block-question = Užblokuoti { $name }?
block-explained = Užblokuotas žmogus negalės siūlyti jums pagalbos ar jums rašyti, o jūs negalėsite siūlyti pagalbos jam ar jam rašyti. Jam apie tai nepranešama.
block-submit = Taip, užblokuoti šį žmogų
block-cancel = Ne, grįžti atgal
block-link = Užblokuoti šį žmogų
blocks-title = Mano užblokuoti žmonės
blocks-intro = Jūsų užblokuoti žmonės negali siūlyti jums pagalbos ar jums rašyti.
blocks-none = Nieko neesate užblokavę.
blocks-unblock = Atblokuoti
blocks-notice-blocked = Šis žmogus užblokuotas.
blocks-notice-unblocked = Šis žmogus nebėra užblokuotas.

## Moderavimas
moderation-title = Moderavimas
moderation-intro = Narių pranešimai, pradedant seniausiais. Kiekvienas veiksmas įrašomas su jūsų vardu ir priežastimi.
moderation-reports = Pranešimai, kuriuos reikia peržiūrėti
moderation-empty = Nėra pranešimų, kuriuos reikėtų peržiūrėti.
moderation-suspended = sustabdyta
moderation-hidden = paslėpta
moderation-open-request = Atidaryti prašymą
moderation-reported-by = Pranešė: { $name }
moderation-reason = Priežastis
moderation-hide = Paslėpti
moderation-warn = Įspėti autorių
moderation-suspend = Sustabdyti autorių
moderation-dismiss = Viskas gerai
moderation-reinstate = Panaikinti sustabdymą
moderation-log = Ką padarė komanda
moderation-log-empty = Kol kas nieko.
moderation-log-when = Kada
moderation-log-who = Kas
moderation-log-what = Ką
moderation-log-person = Asmuo
moderation-log-undo = Atšaukti
moderation-done-hide = paslėpė turinį
moderation-done-warn = įspėjo
moderation-done-suspend = sustabdė
moderation-done-reinstate = panaikino sustabdymą
moderation-done-dismiss = uždarė pranešimą
moderation-notice-hide = Turinys paslėptas.
moderation-notice-warn = Autorius įspėtas.
moderation-notice-suspend = Paskyra sustabdyta, o jos naudotojas atjungtas.
moderation-notice-reinstate = Sustabdymas panaikintas.
moderation-notice-dismiss = Pranešimas uždarytas.
moderation-link = Moderavimas
# Leaves the report form for the page the person was reading.
report-cancel = Atgal
