## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Kvietimas: { $title }
mail-shift-invitation-body = { $organisation } mano, kad jūsų pagalba labai praverstų – { $title }, { $when }, ir kviečia jus atvykti. Jei galite, užsiregistruokite į šią pamainą jos puslapyje platformoje { $platform }. Jei negalite, nieko daryti nereikia.
notification-shift-invitation = { $organisation } kviečia jus: { $title } ({ $when }).
mail-cover-needed-subject = Reikia užpildyti vietą: { $title }
mail-cover-needed-body = Kažkas vėlai atšaukė registraciją: { $title }, { $when }, o laukiančiųjų sąraše nieko nėra. Pamainos siūlomų žmonių puslapyje vienu paspaudimu galite pakviesti tinkamus žmones.
notification-cover-needed = Dėl vėlyvo atšaukimo atsilaisvino vieta: { $title } ({ $when }). Pažiūrėkite, ką galėtumėte pakviesti.
mail-open-link = Atidaryti: { $link }
suggestion-invite = Pakviesti
suggestion-notice-invited = Jūsų kvietimas išsiųstas. Pakviesti žmonės čia neberodomi.
error-taken-invitation = Šis asmuo jau pakviestas į šią pamainą.
