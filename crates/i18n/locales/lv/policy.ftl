## Platformas privātuma paziņojums un lietošanas noteikumi
policy-title = Privātuma paziņojums un lietošanas noteikumi
policy-of = Platformas { $platform } privātuma paziņojums un lietošanas noteikumi
policy-version = Versija { $version }, publicēta { $date }.
policy-standard-note = Šis ir standarta teksts: platformas komanda vēl nav uzrakstījusi savu.
policy-accept = Izlasīju platformas { $platform } privātuma paziņojumu un lietošanas noteikumus un tiem piekrītu
policy-read = Lasīt privātuma paziņojumu un lietošanas noteikumus
sign-up-privacy = Jūsu vārdu un e-pasta adresi glabājam, lai uzturētu jūsu kontu, un nekad tos nevienam nenododam. Katra platforma jums parāda savu privātuma paziņojumu un lietošanas noteikumus, pirms jūs tai pievienojaties.
sign-up-join-accept = Pievienoties arī platformai { $platform }, lai pierakstītos tās aktivitātēm. Piekrītu tās privātuma paziņojumam un lietošanas noteikumiem.
policy-edit-link = Rediģēt privātuma paziņojumu un lietošanas noteikumus
policy-edit-title = Rediģēt privātuma paziņojumu un lietošanas noteikumus
policy-edit-intro = Uzrakstiet tekstu, kam cilvēki piekrīt, pievienojoties platformai { $platform }, visās valodās, kurās vēlaties. Ja kādā valodā teksta nav, lasītāji saņem tekstu platformas valodā. Saglabājot tiek publicēta jauna versija: tai piekrīt tie, kas pievienojas no tā brīža.
policy-edit-written = Uzrakstīts valodās: { $languages }.
policy-edit-choose = Rakstīt šajā valodā
field-policy-language = Valoda
field-policy-body = Teksts
field-policy-body-hint = Atdaliet rindkopas ar tukšu rindu. Atstājiet tukšu, lai noņemtu šo valodu.
policy-edit-save = Publicēt šo versiju
notice-policy-published = Jaunā versija ir publicēta.
error-policy-not-accepted = Lai pievienotos, atzīmējiet šo rūtiņu: tā nozīmē, ka piekrītat privātuma paziņojumam un lietošanas noteikumiem.
error-taken-policy = Tajā pašā brīdī tika publicēta cita versija. Lūdzu, mēģiniet vēlreiz.

## Standarta teksts, līdz platforma uzraksta savu
policy-standard-who = Šo vietni uztur { $platform }, lai kaimiņi varētu cits citam palīdzēt un brīvprātīgi darboties vietējās organizācijās. Šeit ir rakstīts, ko mēs par jums glabājam, kas to redz, un daži noteikumi, kas palīdz šo vietu uzturēt drošu.
policy-standard-kept = Ko mēs glabājam: jūsu vārdu, e-pasta adresi, paroli (tikai tādā veidā, ko neviens nevar nolasīt) un to, ko paši izvēlaties pievienot: tālruņa numuru, dzimšanas datumu, brīvprātīgā profilu, pierakstīšanos maiņām un stundas, lūgumus, piedāvājumus un ziņas.
policy-standard-seen = Kas to redz: citi redz jūsu vārdu. Maiņas, kurai pierakstāties, koordinatori redz jūsu e-pasta adresi un tālruņa numuru. Palīdzības lūguma precīzā adrese tiek parādīta tikai tam palīgam, kuru pieņem lūguma autors. Sarunu lasa tikai abi tās dalībnieki un platformas komanda, ja kāds no viņiem par to ziņo.
policy-standard-never = Ko mēs nekad nedarām: nepārdodam un neatdodam jūsu datus, nerādām reklāmas un nesūtām jūsu adresi citiem pakalpojumiem. Vēstules jums sūtām tikai par to, ko darāt šeit.
policy-standard-rights = Jūsu tiesības: sava konta lapā jūs jebkurā laikā varat lejupielādēt visu, ko par jums glabājam, to labot vai dzēst savu kontu. Tas, ko līdz tam darījāt, paliek vēsturē, bet bez jūsu vārda.
policy-standard-rules = Noteikumi: esiet laipni un godīgi, cieniet citu privātumu un nekad neprasiet naudu par šeit sniegto palīdzību. Komanda var paslēpt to, kas pārkāpj šos noteikumus, un apturēt kontus, kas tos pārkāpj.
policy-standard-questions = Jautājumi? Vērsieties pie platformas { $platform } komandas.
