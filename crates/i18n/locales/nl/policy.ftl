## De privacyverklaring en voorwaarden van een platform
policy-title = Privacyverklaring en voorwaarden
policy-of = Privacyverklaring en voorwaarden van { $platform }
policy-version = Versie { $version }, gepubliceerd op { $date }.
policy-standard-note = Dit is de standaardtekst: het team van het platform heeft nog geen eigen tekst geschreven.
policy-accept = Ik heb de privacyverklaring en voorwaarden van { $platform } gelezen en ga ermee akkoord
policy-read = Lees de privacyverklaring en voorwaarden
sign-up-privacy = We bewaren je naam en e-mailadres om je account te beheren, en delen ze nooit met anderen. Elk platform laat je zijn privacyverklaring en voorwaarden zien voordat je er lid van wordt.
sign-up-join-accept = Word ook lid van { $platform }, om je daar voor activiteiten in te schrijven. Ik ga akkoord met de privacyverklaring en voorwaarden van dit platform.
policy-edit-link = Privacyverklaring en voorwaarden bewerken
policy-edit-title = Privacyverklaring en voorwaarden bewerken
policy-edit-intro = Schrijf de tekst waarmee mensen akkoord gaan als ze lid worden van { $platform }, in elke taal die je wilt. Is er in een taal geen tekst, dan krijgen lezers de tekst in de taal van het platform. Opslaan publiceert een nieuwe versie: wie vanaf dan lid wordt, gaat daarmee akkoord.
policy-edit-written = Geschreven in: { $languages }.
policy-edit-choose = In deze taal schrijven
field-policy-language = Taal
field-policy-body = Tekst
field-policy-body-hint = Scheid alinea's met een lege regel. Laat het leeg om deze taal te verwijderen.
policy-edit-save = Deze versie publiceren
notice-policy-published = De nieuwe versie is gepubliceerd.
error-policy-not-accepted = Vink dit vakje aan om lid te worden: daarmee zeg je dat je akkoord gaat met de privacyverklaring en voorwaarden.
error-taken-policy = Op hetzelfde moment is er een andere versie gepubliceerd. Probeer het opnieuw.

## De standaardtekst, tot een platform een eigen tekst schrijft
policy-standard-who = { $platform } beheert deze site zodat buren elkaar kunnen helpen en vrijwilligerswerk kunnen doen voor organisaties in de buurt. Hier lees je wat we over je bewaren, wie het ziet, en de paar regels die deze plek veilig houden.
policy-standard-kept = Wat we bewaren: je naam, je e-mailadres, je wachtwoord (alleen in een vorm die niemand kan teruglezen) en wat je zelf toevoegt: een telefoonnummer, je geboortedatum, je vrijwilligersprofiel, je inschrijvingen en uren, je hulpvragen, aanbiedingen en berichten.
policy-standard-seen = Wie het ziet: anderen zien je naam. De coördinatoren van een dienst waarvoor je je inschrijft, zien je e-mailadres en telefoonnummer. Het precieze adres van een hulpvraag krijgt alleen de helper te zien die de hulpvrager aanvaardt. Een gesprek wordt alleen gelezen door de twee mensen die het voeren, en door het team van het platform als een van hen het meldt.
policy-standard-never = Wat we nooit doen: je gegevens verkopen of weggeven, reclame tonen of je adres doorgeven aan andere diensten. We sturen je alleen e-mail over wat je hier doet.
policy-standard-rights = Je rechten: op je accountpagina kun je op elk moment alles wat we over je bewaren downloaden of verbeteren, en je account verwijderen. Wat je tot dan hebt gedaan, blijft in de geschiedenis staan, zonder je naam.
policy-standard-rules = De regels: wees vriendelijk en eerlijk, respecteer de privacy van anderen en vraag nooit geld voor hulp die hier gegeven wordt. Het team kan verbergen wat tegen deze regels ingaat, en accounts schorsen die de regels breken.
policy-standard-questions = Vragen? Stel ze aan het team van { $platform }.
