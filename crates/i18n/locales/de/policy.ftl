## Die Datenschutzhinweise und Nutzungsbedingungen einer Plattform
policy-title = Datenschutzhinweise und Nutzungsbedingungen
policy-of = Datenschutzhinweise und Nutzungsbedingungen von { $platform }
policy-version = Version { $version }, veröffentlicht am { $date }.
policy-standard-note = Das ist der Standardtext: Das Team der Plattform hat noch keinen eigenen geschrieben.
policy-accept = Ich habe die Datenschutzhinweise und Nutzungsbedingungen von { $platform } gelesen und akzeptiere sie
policy-read = Datenschutzhinweise und Nutzungsbedingungen lesen
sign-up-privacy = Wir speichern deinen Namen und deine E-Mail-Adresse, um dein Konto zu führen, und geben sie nie weiter. Jede Plattform zeigt dir ihre Datenschutzhinweise und Nutzungsbedingungen, bevor du ihr beitrittst.
sign-up-join-accept = Auch { $platform } beitreten, um dich dort für Aktivitäten einzutragen. Ich akzeptiere die Datenschutzhinweise und Nutzungsbedingungen dieser Plattform.
policy-edit-link = Datenschutzhinweise und Nutzungsbedingungen bearbeiten
policy-edit-title = Datenschutzhinweise und Nutzungsbedingungen bearbeiten
policy-edit-intro = Schreib den Text, den Menschen akzeptieren, wenn sie { $platform } beitreten, in jeder Sprache, die du möchtest. Gibt es in einer Sprache keinen Text, bekommen die Lesenden den Text in der Sprache der Plattform. Beim Speichern wird eine neue Version veröffentlicht: Wer ab dann beitritt, akzeptiert sie.
policy-edit-written = Vorhanden auf: { $languages }.
policy-edit-choose = In dieser Sprache schreiben
field-policy-language = Sprache
field-policy-body = Text
field-policy-body-hint = Trenne Absätze durch eine Leerzeile. Lass das Feld leer, um diese Sprache zu entfernen.
policy-edit-save = Diese Version veröffentlichen
notice-policy-published = Die neue Version ist veröffentlicht.
error-policy-not-accepted = Setz hier ein Häkchen, um beizutreten: Damit akzeptierst du die Datenschutzhinweise und Nutzungsbedingungen.
error-taken-policy = Im selben Moment wurde eine andere Version veröffentlicht. Bitte versuch es noch einmal.

## Der Standardtext, bis eine Plattform ihren eigenen schreibt
policy-standard-who = { $platform } betreibt diese Website, damit Nachbarn einander helfen und sich bei Organisationen vor Ort freiwillig engagieren können. Hier steht, was wir über dich speichern, wer es sieht und welche wenigen Regeln diesen Ort sicher halten.
policy-standard-kept = Was wir speichern: deinen Namen, deine E-Mail-Adresse, dein Passwort (nur in einer Form, aus der es niemand zurücklesen kann) und was du selbst hinzufügst: eine Telefonnummer, dein Geburtsdatum, dein Freiwilligenprofil, deine Einsätze und Stunden, deine Anfragen, Angebote und Nachrichten.
policy-standard-seen = Wer es sieht: Andere sehen deinen Namen. Die Koordinatoren eines Einsatzes, für den du dich einträgst, sehen deine E-Mail-Adresse und Telefonnummer. Die genaue Adresse einer Anfrage um Hilfe sieht nur die helfende Person, deren Angebot die anfragende Person annimmt. Ein Gespräch lesen nur die beiden Personen, die es führen, und das Team der Plattform, wenn eine von ihnen es meldet.
policy-standard-never = Was wir nie tun: deine Daten verkaufen oder weitergeben, Werbung zeigen oder deine Adresse an andere Dienste senden. Wir schicken dir E-Mails nur zu dem, was du hier tust.
policy-standard-rights = Deine Rechte: Auf der Seite deines Kontos kannst du jederzeit alles herunterladen, was wir über dich speichern, es berichtigen oder dein Konto löschen. Was du getan hast, bleibt dann ohne deinen Namen im Verlauf.
policy-standard-rules = Die Regeln: Sei freundlich und ehrlich, achte die Privatsphäre anderer und verlange nie Geld für Hilfe, die hier geleistet wird. Das Team kann ausblenden, was gegen diese Regeln verstößt, und Konten sperren, die dagegen verstoßen.
policy-standard-questions = Fragen? Wende dich an das Team von { $platform }.
