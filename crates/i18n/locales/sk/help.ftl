# Susedská pomoc: žiadosti, ponuky, súkromné vlákna a dokončenie.

error-category-unknown = Vyberte, prosím, jednu z kategórií pomoci tejto platformy.
error-window-ends-before-start = Koniec časového rozpätia musí byť až po jeho začiatku.
error-phone-malformed = Zadajte telefónne číslo so 6 až 15 číslicami, napríklad +32 470 12 34 56.
error-within-km-out-of-range = Vzdialenosť musí byť väčšia ako 0 a najviac 25 km.
error-help-minutes-out-of-range = Počet minút musí byť aspoň 1 a nesmie prekročiť časové rozpätie žiadosti.
error-request-closed = Táto žiadosť sa už skončila.
error-request-not-open = Táto žiadosť už neprijíma ponuky.
error-request-not-accepted = Pri tejto žiadosti ešte nebola prijatá žiadna ponuka.
error-taken-offer = K tejto žiadosti ste už ponúkli pomoc.
error-taken-completed = Táto žiadosť už bola označená ako vybavená.
error-unknown-request = Taká žiadosť neexistuje.
error-unknown-offer = Taká ponuka neexistuje alebo už nie je otvorená.
error-unknown-category = Taká kategória pomoci neexistuje.

## Stránky susedskej pomoci.

help-page-nav = Susedská pomoc
help-page-platform-link = Susedská pomoc
help-page-list-title = Susedská pomoc
help-page-list-intro = Susedia si navzájom pomáhajú s drobnosťami. Požiadajte o pomoc alebo ponúknite svoju.
help-page-ask-button = Požiadať o pomoc
help-page-mine-link = Moje žiadosti a ponuky
help-page-filters = Vyberte, ktoré žiadosti sa majú zobraziť
help-page-field-category-filter = Druh pomoci
help-page-any-category = Akákoľvek pomoc
help-page-field-distance = Ako ďaleko
help-page-within = Do { $distance }
help-page-show = Zobraziť
help-page-results = Žiadosti
help-page-none = Momentálne nikto nežiada o tento druh pomoci.
help-page-fix-filters = Ak chcete vidieť žiadosti, zmeňte výber vyššie.
help-page-next-page = Ďalšie žiadosti
help-page-distance = asi { $distance } odtiaľto
help-page-area = Okolie bodu { $lat }, { $lon }
help-page-area-unknown = Okolie nie je známe
help-page-asked-on = Žiadosť zo dňa { $date }

help-page-status-open = Čaká sa na pomocníka
help-page-status-accepted = Pomocník je vybraný
help-page-status-completed = Vybavené
help-page-status-cancelled = Zrušené
help-page-offer-open = Ponúkli ste pomoc. Čaká sa na odpoveď.
help-page-offer-accepted = Vaša ponuka bola prijatá.
help-page-offer-declined = Tentoraz pomáha niekto iný.
help-page-offer-line-open = Čaká na vašu odpoveď
help-page-offer-line-accepted = Prijatá
help-page-offer-line-declined = Nevybraná

help-page-when = Kedy
help-page-where = Kde
help-page-address-private = Presnú adresu uvidí len vybraný pomocník.
help-page-exact-point = Bod na mape: { $point }
help-page-requester = Žiada
help-page-on-behalf = Pre koho
help-page-consent = Súhlas: { $by }, dňa { $date } ({ $how })
help-page-helper = Pomocník
help-page-time-given = Venovaný čas
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minúta
    [few] { $minutes } minúty
    [many] { $minutes } minúty
   *[other] { $minutes } minút
}
help-page-erased-name = Bývalý člen
help-page-messages-link = Správy
help-page-sign-in-to-offer = Ak chcete ponúknuť pomoc, prihláste sa
help-page-join-first = Ak chcete ponúknuť pomoc, pridajte sa k tejto platforme.
help-page-offer-title = Ponúknuť pomoc
help-page-field-offer-message = Krátka správa (môžete ju vynechať)
help-page-field-offer-message-hint = Napríklad: kedy môžete prísť.
help-page-offer-submit = Ponúknuť pomoc
help-page-offers-title = Ľudia, ktorí ponúkli pomoc
help-page-no-offers = Zatiaľ žiadne ponuky. Dáme vám vedieť, keď niekto ponúkne pomoc.
help-page-accept = Prijať
help-page-done-title = Označiť ako vybavené
help-page-done-intro = Dostali ste už pomoc? Napíšte, ako dlho trvala. Váš pomocník dostane tento čas ako kredit.
help-page-field-minutes = Koľko minút to trvalo?
help-page-field-minutes-hint = Od 1 do { $max } minút. 60 minút je jedna hodina.
help-page-done-submit = Označiť ako vybavené
help-page-cancel-link = Zrušiť moju žiadosť
help-page-cancel-title = Zrušiť moju žiadosť
help-page-cancel-question = Chcete zrušiť žiadosť „{ $title }“?
help-page-cancel-hint = Ľudia, ktorí ponúkli pomoc, uvidia, že ju už nepotrebujete.
help-page-cancel-confirm = Áno, zrušiť
help-page-cancel-keep = Nie, ponechať

help-page-ask-title = Požiadať o pomoc
help-page-join-to-ask = Ak chcete požiadať o pomoc, pridajte sa k tejto platforme.
help-page-question-category = S čím potrebujete pomôcť?
help-page-next = Ďalej
help-page-chosen-category = Žiadate o: { $category }
help-page-change-category = Zmeniť
help-page-section-what = Čo
help-page-field-title = Niekoľkými slovami
help-page-field-title-hint = Napríklad: nákup v obchode na rohu
help-page-field-description = Povedzte nám viac
help-page-field-description-hint = Čo je potrebné a čokoľvek, čo by mal pomocník vedieť.
help-page-section-where = Kde
help-page-where-private = Adresu uvidí len pomocník, ktorého si vyberiete. Ostatní uvidia len okolie.
help-page-field-address = Adresa
help-page-place-hint = Miesto na mape pomáha susedom v okolí nájsť vašu žiadosť. Obe čísla môžete skopírovať z aplikácie s mapami.
help-page-use-my-position = Použiť moju aktuálnu polohu
help-page-position-failed = Vašu polohu sa nepodarilo zistiť. Napíšte čísla sami.
help-page-section-when = Kedy
help-page-field-from-day = Od (deň)
help-page-field-from-time = Od (čas)
help-page-field-until-day = Do (deň)
help-page-field-until-time = Do (čas)
help-page-on-behalf-summary = Žiadam o pomoc pre niekoho iného
help-page-on-behalf-intro = Vyplňte to, len ak žiadate pre inú osobu a s jej súhlasom.
help-page-field-on-behalf-name = Meno tejto osoby
help-page-field-on-behalf-phone = Telefónne číslo tejto osoby
help-page-field-on-behalf-phone-hint = Napríklad +32 470 12 34 56
help-page-field-consent-given-by = Kto dal súhlas?
help-page-field-consent-given-by-hint = Táto osoba alebo niekto, kto môže rozhodovať za ňu.
help-page-field-consent-day = Kedy bol súhlas daný?
help-page-field-consent-how = Ako bol súhlas daný?
help-page-field-consent-how-hint = Napríklad: telefonicky, osobne, písomne.
help-page-ask-submit = Požiadať o pomoc
help-page-ask-cancel = Späť

help-page-messages-title = Správy
help-page-messages-with = S osobou { $name }
help-page-messages-private = Tieto správy môžete čítať len vy dvaja.
help-page-no-messages = Zatiaľ žiadne správy.
help-page-message-erased = (správa bola odstránená)
help-page-write-title = Napísať správu
help-page-field-message = Vaša správa
help-page-send = Odoslať
help-page-back-to-request = Späť na žiadosť

help-page-mine-title = Moje žiadosti a ponuky
help-page-mine-requests = Moje žiadosti o pomoc
help-page-mine-no-requests = Zatiaľ ste nepožiadali o pomoc.
help-page-mine-offers = Moje ponuky pomoci
help-page-mine-no-offers = Zatiaľ ste neponúkli pomoc.
help-page-mine-see-offers = Pozrieť, kto ponúkol pomoc
help-page-mine-talk-and-finish = Napísať pomocníkovi alebo označiť ako vybavené
help-page-mine-talk = Napísať správu
help-page-mine-offer-done = Pomohli ste. Ďakujeme!

help-page-notice-asked = Vaša žiadosť je zverejnená. Dáme vám vedieť, keď niekto ponúkne pomoc.
help-page-notice-offered = Ďakujeme! Daná osoba uvidí vašu ponuku.
help-page-notice-accepted = Prijali ste ponuku. Váš pomocník teraz vidí adresu.
help-page-notice-cancelled = Vaša žiadosť je zrušená.
help-page-notice-completed = Hotovo! Váš pomocník dostal čas ako kredit.
help-page-notice-sent = Vaša správa bola odoslaná.
