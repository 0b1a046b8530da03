# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Mój profil
profile-title = Mój profil wolontariusza
profile-intro = Napisz, co potrafisz, co jest dla Ciebie ważne i kiedy masz czas. Koordynatorzy z okolicy będą mogli Cię wtedy znaleźć, a Ty zobaczysz dyżury, które do Ciebie pasują.
profile-notice-saved = Twój profil został zapisany.
profile-no-platform = Najpierw dołącz do platformy: umiejętności i obszary działania do wyboru pochodzą z jej list.
profile-skills = Co potrafię
profile-causes = Co jest dla mnie ważne
profile-languages = Języki, którymi mówię
profile-home = Gdzie mieszkam
profile-home-hint = Tylko Ty widzisz ten punkt. Służy do obliczenia, jak daleko od Ciebie jest dane miejsce.
profile-within-km = Jak daleko mogę dojechać, w km
profile-within-km-hint = Więcej niż 0 i najwyżej 500.
profile-availability = Kiedy mam czas
profile-week-hint = Zaznacz pory tygodnia, w których zwykle masz czas, według czasu lokalnego platformy. Zostaw wszystko puste, jeśli zmienia się to z tygodnia na tydzień.
profile-part-morning = Rano
profile-part-afternoon = Po południu
profile-part-evening = Wieczorem
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Dokładniejsze godziny
profile-precise-hint = Dla innych godzin: najwyżej dwa przedziały czasu dziennie. Dochodzą one do pór zaznaczonych powyżej.
profile-weekday = Dzień
profile-from = Od
profile-to = Do
profile-window = Przedział czasu { $number }
profile-choices = Propozycje i wiadomości e-mail
profile-no-suggestions = Nie proponuj mnie koordynatorom i nie proponuj mi dyżurów
profile-no-mails = Nie wysyłaj mi e-maili z propozycjami
profile-save = Zapisz mój profil
profile-see-suggestions = Zobacz dyżury, które do mnie pasują

suggestion-my-title = Dyżury dla mnie
suggestion-my-intro = Nadchodzące dyżury z wolnymi miejscami, które pasują do mojego profilu, od najlepiej dopasowanych.
suggestion-my-none = Obecnie żaden nadchodzący dyżur nie pasuje do Twojego profilu.
suggestion-my-no-profile = Wypełnij swój profil wolontariusza, aby otrzymywać propozycje.
suggestion-my-opted-out = Zaznaczono, że nie chcesz otrzymywać propozycji. Możesz to zmienić w swoim profilu.
suggestion-edit-profile = Edytuj mój profil
suggestion-score = Dopasowanie: { $score } na 100
suggestion-shift-title = Proponowane osoby
suggestion-shift-intro = Członkowie platformy, którzy mają wtedy czas, mieszkają w zasięgu, do którego mogą dojechać, mają odpowiedni wiek i jeszcze się nie zapisali. Od najlepiej dopasowanych.
suggestion-shift-none = Obecnie nikt nie pasuje do tego dyżuru.
suggestion-shift-closed = Ten dyżur został odwołany albo już się rozpoczął: nie ma kogo proponować.
suggestion-back-to-roster = Wróć do listy uczestników
suggestion-roster-link = Proponowane osoby na ten dyżur

suggestion-reason-skill = ma umiejętność: { $skill }
suggestion-reason-uses-skill = wykorzystuje Twoją umiejętność: { $skill }
suggestion-reason-cause = interesuje się obszarem: { $cause }
suggestion-reason-for-cause = w obszarze, który jest dla Ciebie ważny: { $cause }
suggestion-reason-speaks = zna { $language }
suggestion-reason-in-language = w języku, który znasz: { $language }
suggestion-reason-distance = w odległości { $distance }
suggestion-reason-remote = można to zrobić z dowolnego miejsca
suggestion-reason-free-on = { $weekday }: ma wtedy czas
suggestion-reason-when-free = { $weekday }: wtedy masz czas
suggestion-reason-reliable = obecność: { $attended } z { $total } { $total ->
    [one] dyżuru
    [few] dyżurów
    [many] dyżurów
   *[other] dyżuru
}

suggestion-language-bg = bułgarski
suggestion-language-cs = czeski
suggestion-language-da = duński
suggestion-language-de = niemiecki
suggestion-language-el = grecki
suggestion-language-en = angielski
suggestion-language-es = hiszpański
suggestion-language-et = estoński
suggestion-language-fi = fiński
suggestion-language-fr = francuski
suggestion-language-ga = irlandzki
suggestion-language-hr = chorwacki
suggestion-language-hu = węgierski
suggestion-language-it = włoski
suggestion-language-lt = litewski
suggestion-language-lv = łotewski
suggestion-language-mt = maltański
suggestion-language-nl = niderlandzki
suggestion-language-pl = polski
suggestion-language-pt = portugalski
suggestion-language-ro = rumuński
suggestion-language-sk = słowacki
suggestion-language-sl = słoweński
suggestion-language-sv = szwedzki
suggestion-language-ar = arabski
suggestion-language-tr = turecki
suggestion-language-uk = ukraiński
