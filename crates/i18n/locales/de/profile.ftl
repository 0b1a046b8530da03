# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Mein Profil
profile-title = Mein Freiwilligenprofil
profile-intro = Sag, was du kannst, was dir am Herzen liegt und wann du Zeit hast. Dann können dich Koordinatoren in deiner Nähe finden, und du siehst die Einsätze, die zu dir passen.
profile-notice-saved = Dein Profil ist gespeichert.
profile-no-platform = Tritt zuerst einer Plattform bei: Die Fähigkeiten und Themen zur Auswahl stammen aus ihren Listen.
profile-skills = Was ich kann
profile-causes = Was mir am Herzen liegt
profile-languages = Sprachen, die ich spreche
profile-home = Wo ich wohne
profile-home-hint = Nur du siehst diesen Punkt. Damit wird gemessen, wie weit ein Ort von dir entfernt ist.
profile-within-km = Wie weit ich fahre, in km
profile-within-km-hint = Mehr als 0 und höchstens 500.
profile-availability = Wann ich Zeit habe
profile-availability-hint = In der Ortszeit der Plattform, als HH:MM (24:00 für Mitternacht). Lass einen Tag leer, wenn du keine Zeit hast. Bis zu zwei Zeitfenster pro Tag.
profile-weekday = Tag
profile-from = Von
profile-to = Bis
profile-window = Zeitfenster { $number }
profile-choices = Vorschläge und E-Mails
profile-no-suggestions = Mich nicht den Koordinatoren vorschlagen und mir keine Einsätze vorschlagen
profile-no-mails = Mir keine E-Mails zu Vorschlägen schicken
profile-save = Mein Profil speichern
profile-see-suggestions = Die Einsätze ansehen, die zu mir passen

suggestion-my-title = Einsätze für mich
suggestion-my-intro = Kommende Einsätze mit freien Plätzen, die zu meinem Profil passen, die passendsten zuerst.
suggestion-my-none = Im Moment passt nichts Kommendes zu deinem Profil.
suggestion-my-no-profile = Füll dein Freiwilligenprofil aus, um Vorschläge zu bekommen.
suggestion-my-opted-out = Du möchtest keine Vorschläge bekommen. Das kannst du in deinem Profil ändern.
suggestion-edit-profile = Mein Profil bearbeiten
suggestion-score = Passung: { $score } von 100
suggestion-shift-title = Vorgeschlagene Personen
suggestion-shift-intro = Mitglieder der Plattform, die dann Zeit haben, nicht weiter entfernt wohnen, als sie fahren möchten, alt genug sind und sich noch nicht eingetragen haben. Die passendsten zuerst.
suggestion-shift-none = Im Moment passt niemand zu diesem Einsatz.
suggestion-shift-closed = Dieser Einsatz ist abgesagt oder hat schon begonnen: Es gibt niemanden vorzuschlagen.
suggestion-back-to-roster = Zurück zur Teilnehmerliste
suggestion-roster-link = Vorgeschlagene Personen für diesen Einsatz

suggestion-reason-skill = kann: { $skill }
suggestion-reason-uses-skill = nutzt deine Fähigkeit: { $skill }
suggestion-reason-cause = interessiert sich für: { $cause }
suggestion-reason-for-cause = für ein Thema, das dir am Herzen liegt: { $cause }
suggestion-reason-speaks = spricht { $language }
suggestion-reason-in-language = auf { $language }
suggestion-reason-distance = { $distance } entfernt
suggestion-reason-remote = von überall aus möglich
suggestion-reason-free-on = hat am { $weekday } Zeit
suggestion-reason-when-free = am { $weekday }, wenn du Zeit hast
suggestion-reason-reliable = kam zu { $attended } von { $total } { $total ->
    [one] Einsatz
   *[other] Einsätzen
}

suggestion-language-bg = Bulgarisch
suggestion-language-cs = Tschechisch
suggestion-language-da = Dänisch
suggestion-language-de = Deutsch
suggestion-language-el = Griechisch
suggestion-language-en = Englisch
suggestion-language-es = Spanisch
suggestion-language-et = Estnisch
suggestion-language-fi = Finnisch
suggestion-language-fr = Französisch
suggestion-language-ga = Irisch
suggestion-language-hr = Kroatisch
suggestion-language-hu = Ungarisch
suggestion-language-it = Italienisch
suggestion-language-lt = Litauisch
suggestion-language-lv = Lettisch
suggestion-language-mt = Maltesisch
suggestion-language-nl = Niederländisch
suggestion-language-pl = Polnisch
suggestion-language-pt = Portugiesisch
suggestion-language-ro = Rumänisch
suggestion-language-sk = Slowakisch
suggestion-language-sl = Slowenisch
suggestion-language-sv = Schwedisch
suggestion-language-ar = Arabisch
suggestion-language-tr = Türkisch
suggestion-language-uk = Ukrainisch
