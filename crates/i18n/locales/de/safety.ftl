## Feste Angebote, Dank, Blockieren, Meldungen und Moderation.

error-blocked = Einer von euch hat den anderen blockiert: Du kannst dieser Person keine Angebote und keine Nachrichten schicken.
error-account-suspended = Dieses Konto ist gesperrt. Bitte melde dich bei den Menschen, die diese Website betreiben, wenn du glaubst, dass das ein Irrtum ist.
error-platform-suspended = Das Team dieser Plattform hat dich hier gesperrt: Du kannst weiter lesen, aber nicht um Hilfe bitten, Hilfe anbieten, dich eintragen oder schreiben. Bitte melde dich beim Team, wenn du glaubst, dass das ein Irrtum ist.
error-moderate-admin = Administratoren der Plattform können hier nicht verwarnt oder gesperrt werden. Die Menschen, die die Website betreiben, können helfen.
error-block-self = Du kannst dich nicht selbst blockieren.
error-report-kind-unknown = Wähle, was du melden möchtest: eine Anfrage, ein Angebot oder eine Nachricht.
error-report-target-unknown = Hier gibt es nichts zu melden, oder du kannst es nicht sehen.
error-moderation-action-unknown = Wähle eine der Aktionen: ausblenden, verwarnen, sperren, Sperre aufheben oder schließen.
error-moderate-self = Du kannst dich nicht selbst verwarnen oder sperren.
error-standing-km-out-of-range = Wähle eine Entfernung von 1 bis 10 km.
error-request-not-completed = Du kannst dich bedanken, sobald die Hilfe als erledigt markiert ist.
error-taken-thanks = Du hast für diese Anfrage schon ein Dankeschön hinterlassen.
error-unknown-standing-offer = Dieses feste Angebot gibt es nicht.
error-unknown-block = Du hast diese Person nicht blockiert.
error-category-in-use = Anfragen oder feste Angebote nutzen diese Kategorie, deshalb kann sie nicht entfernt werden. Gib ihr stattdessen einen neuen Namen.

## Feste Angebote
standing-title = Was ich für meine Nachbarn tun kann
standing-intro = Sag einmal, wobei du helfen kannst, wo und an welchen Tagen. Wenn jemand aus der Nachbarschaft um passende Hilfe bittet, sagen wir dir Bescheid. Niemand sieht, von wo du losgehst.
standing-mine = Meine festen Angebote
standing-none = Du hast noch kein festes Angebot.
standing-withdraw = Dieses Angebot beenden
standing-new = Ein neues festes Angebot
standing-what = Wobei kannst du helfen?
standing-any-help = Jede Art von Hilfe
standing-every-day = Jeden Tag
standing-within = im Umkreis von { $distance }
standing-days = An welchen Tagen?
standing-days-hint = Kreuze nichts an für jeden Tag.
standing-km = Wie weit würdest du gehen, in km?
standing-km-hint = Bis zu 10 km. 1 km sind etwa 15 Minuten zu Fuß.
standing-point-hint = Von wo du losgehst, zum Beispiel deine Wohnung. Nur du siehst es.
standing-note = Ein paar Worte (freiwillig)
standing-note-hint = Zum Beispiel: Ich habe ein Auto, oder ich kann schwere Taschen tragen.
standing-publish = Mein Angebot veröffentlichen
standing-notice-published = Dein festes Angebot ist veröffentlicht. Wir sagen dir Bescheid, wenn passende Anfragen kommen.
standing-notice-withdrawn = Dein festes Angebot ist beendet.
help-page-standing-link = Was ich für meine Nachbarn tun kann

## Dank
thanks-title = Danke sagen
thanks-intro = Die Hilfe ist erledigt. Du kannst der anderen Person eine kurze private Nachricht hinterlassen.
thanks-label = Deine Nachricht
thanks-submit = Meinen Dank schicken
thanks-received = Dankesworte

## Meldungen
report-title = Ein Problem melden
report-intro = Du meldest dem Team, das diese Plattform betreibt: { $what }.
report-what-request = eine Anfrage
report-what-offer = ein Angebot
report-what-message = eine Nachricht
report-reason = Was stimmt nicht?
report-reason-hint = Das Team liest jede Meldung. Die gemeldete Person sieht deinen Namen nicht.
report-submit = Meldung abschicken
report-sent = Danke. Das Team sieht sich deine Meldung an. Wenn diese Person dich belästigt, kannst du sie auch blockieren.
report-link = Ein Problem melden

## Blockieren
block-title = Eine Person blockieren
block-question = { $name } blockieren?
block-explained = Nach dem Blockieren kann diese Person dir keine Hilfe mehr anbieten und dir nicht mehr schreiben, und du kannst ihr keine Hilfe anbieten und ihr nicht schreiben. Sie erfährt davon nichts.
block-submit = Ja, diese Person blockieren
block-cancel = Nein, zurück
block-link = Diese Person blockieren
blocks-title = Von mir blockierte Personen
blocks-intro = Personen, die du blockiert hast, können dir keine Hilfe anbieten und dir nicht schreiben.
blocks-none = Du hast niemanden blockiert.
blocks-unblock = Nicht mehr blockieren
blocks-notice-blocked = Diese Person ist blockiert.
blocks-notice-unblocked = Diese Person ist nicht mehr blockiert.

## Moderation
moderation-title = Moderation
moderation-intro = Meldungen von Mitgliedern, die ältesten zuerst. Jede Aktion wird mit deinem Namen und deiner Begründung festgehalten.
moderation-reports = Zu prüfende Meldungen
moderation-empty = Es gibt keine Meldung zu prüfen.
moderation-suspended = gesperrt
moderation-hidden = ausgeblendet
moderation-open-request = Anfrage öffnen
moderation-reported-by = Gemeldet von { $name }
moderation-reason = Begründung
moderation-hide = Ausblenden
moderation-warn = Verfasser verwarnen
moderation-suspend = Verfasser sperren
moderation-dismiss = Alles in Ordnung
moderation-reinstate = Sperre aufheben
moderation-log = Was das Team getan hat
moderation-log-empty = Noch nichts.
moderation-log-when = Wann
moderation-log-who = Wer
moderation-log-what = Was
moderation-log-person = Person
moderation-log-undo = Rückgängig machen
moderation-done-hide = hat Inhalt ausgeblendet
moderation-done-warn = hat verwarnt
moderation-done-suspend = hat gesperrt
moderation-done-reinstate = hat eine Sperre aufgehoben
moderation-done-dismiss = hat eine Meldung geschlossen
moderation-notice-hide = Der Inhalt ist ausgeblendet.
moderation-notice-warn = Der Verfasser ist verwarnt.
moderation-notice-suspend = Das Konto ist gesperrt und abgemeldet.
moderation-notice-reinstate = Die Sperre ist aufgehoben.
moderation-notice-dismiss = Die Meldung ist geschlossen.
moderation-link = Moderation
# Leaves the report form for the page the person was reading.
report-cancel = Zurück
