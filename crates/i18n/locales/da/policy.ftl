## En platforms privatlivspolitik og vilkår
policy-title = Privatlivspolitik og vilkår
policy-of = Privatlivspolitik og vilkår for { $platform }
policy-version = Version { $version }, offentliggjort den { $date }.
policy-standard-note = Dette er standardteksten: Holdet bag platformen har ikke skrevet sin egen endnu.
policy-accept = Jeg har læst og accepterer privatlivspolitikken og vilkårene for { $platform }
policy-read = Læs privatlivspolitikken og vilkårene
sign-up-privacy = Vi gemmer dit navn og din e-mailadresse for at kunne drive din konto og deler dem aldrig med andre. Hver platform viser dig sin privatlivspolitik og sine vilkår, før du bliver medlem af den.
sign-up-join-accept = Bliv også medlem af { $platform }, så du kan tilmelde dig dens aktiviteter. Jeg accepterer dens privatlivspolitik og vilkår.
policy-edit-link = Redigér privatlivspolitikken og vilkårene
policy-edit-title = Redigér privatlivspolitikken og vilkårene
policy-edit-intro = Skriv den tekst, som folk accepterer, når de bliver medlem af { $platform }, på hvert sprog, du ønsker. Hvis et sprog ikke har nogen tekst, får læserne teksten på platformens sprog. Når du gemmer, offentliggøres en ny version: De, der bliver medlem fra da af, accepterer den.
policy-edit-written = Skrevet på: { $languages }.
policy-edit-choose = Skriv på dette sprog
field-policy-language = Sprog
field-policy-body = Tekst
field-policy-body-hint = Adskil afsnit med en tom linje. Lad feltet stå tomt for at fjerne dette sprog.
policy-edit-save = Offentliggør denne version
notice-policy-published = Den nye version er offentliggjort.
error-policy-not-accepted = Sæt kryds i denne boks for at blive medlem: Det betyder, at du accepterer privatlivspolitikken og vilkårene.
error-taken-policy = En anden version blev offentliggjort i samme øjeblik. Prøv venligst igen.

## Standardteksten, indtil en platform skriver sin egen
policy-standard-who = { $platform } driver dette websted, så naboer kan hjælpe hinanden og være frivillige for lokale organisationer. Her kan du læse, hvad vi gemmer om dig, hvem der kan se det, og de få regler, der gør stedet trygt.
policy-standard-kept = Det gemmer vi: dit navn, din e-mailadresse, din adgangskode (kun i en form, som ingen kan læse tilbage) og det, du selv vælger at tilføje: et telefonnummer, din fødselsdato, din profil som frivillig, dine tilmeldinger og timer, dine anmodninger, tilbud og beskeder.
policy-standard-seen = Hvem der kan se det: Andre kan se dit navn. Koordinatorerne for en vagt, du tilmelder dig, kan se din e-mailadresse og dit telefonnummer. Den præcise adresse på en anmodning om hjælp vises kun til den hjælper, som den, der beder om hjælp, tager imod. En samtale læses kun af de to personer i den og af holdet bag platformen, hvis en af dem rapporterer den.
policy-standard-never = Det gør vi aldrig: sælge eller give dine data videre, vise reklamer eller sende din adresse til andre tjenester. Vi sender dig kun mails om det, du gør her.
policy-standard-rights = Dine rettigheder: På din kontoside kan du når som helst hente alt, hvad vi gemmer om dig, rette det eller slette din konto. Det, du har gjort, bliver så i historikken uden dit navn.
policy-standard-rules = Reglerne: Vær venlig og ærlig, respektér andres privatliv, og bed aldrig om penge for hjælp, der gives her. Holdet kan skjule det, der bryder reglerne, og suspendere de konti, der gør det.
policy-standard-questions = Spørgsmål? Spørg holdet bag { $platform }.
