# Szomszédsegítés: kérések, ajánlatok, privát beszélgetések és lezárás.

error-category-unknown = Válasszon a platform segítségkategóriái közül.
error-window-ends-before-start = Az időablak végének a kezdete után kell lennie.
error-phone-malformed = Adjon meg egy 6–15 számjegyű telefonszámot, például +32 470 12 34 56.
error-within-km-out-of-range = A távolságnak 0-nál nagyobbnak és legfeljebb 25 km-nek kell lennie.
error-help-minutes-out-of-range = A percek száma legalább 1 lehet, és nem haladhatja meg a kérés időablakát.
error-request-closed = Ez a kérés már lezárult.
error-request-not-open = Ez a kérés már nem fogad ajánlatokat.
error-request-not-accepted = Ehhez a kéréshez még nem fogadtak el ajánlatot.
error-taken-offer = Ehhez a kéréshez már felajánlotta a segítségét.
error-taken-completed = Ezt a kérést már teljesítettnek jelölték.
error-unknown-request = Nincs ilyen kérés.
error-unknown-offer = Nincs ilyen ajánlat, vagy már nem aktív.
error-unknown-category = Nincs ilyen segítségkategória.

## A szomszédsegítés oldalai.

help-page-nav = Szomszédsegítés
help-page-platform-link = Szomszédsegítés
help-page-list-title = Szomszédsegítés
help-page-list-intro = A szomszédok apró dolgokban segítenek egymásnak. Kérjen segítséget, vagy ajánlja fel a sajátját.
help-page-ask-button = Segítséget kérek
help-page-mine-link = Kéréseim és ajánlataim
help-page-filters = Válassza ki, mely kéréseket szeretné látni
help-page-field-category-filter = A segítség fajtája
help-page-any-category = Bármilyen segítség
help-page-field-distance = Milyen messze
help-page-within = { $distance } távolságon belül
help-page-show = Megjelenítés
help-page-results = Kérések
help-page-none = Most senki nem kér ilyen segítséget.
help-page-fix-filters = Módosítsa a fenti beállításokat, hogy kéréseket lásson.
help-page-next-page = További kérések
help-page-distance = kb. { $distance } távolságra
help-page-area = Környék: { $lat }, { $lon }
help-page-area-unknown = A környék nem ismert
help-page-asked-on = Kérés ideje: { $date }

help-page-status-open = Segítőre vár
help-page-status-accepted = Van kiválasztott segítő
help-page-status-completed = Teljesítve
help-page-status-cancelled = Visszavonva
help-page-offer-open = Felajánlotta a segítségét. Válaszra vár.
help-page-offer-accepted = Elfogadták az ajánlatát.
help-page-offer-declined = Ezúttal valaki más segít.
help-page-offer-line-open = Az Ön válaszára vár
help-page-offer-line-accepted = Elfogadva
help-page-offer-line-declined = Nem választották

help-page-when = Mikor
help-page-where = Hol
help-page-address-private = A pontos címet csak a kiválasztott segítő látja.
help-page-exact-point = Pont a térképen: { $point }
help-page-requester = Kérte
help-page-on-behalf = Kinek
help-page-consent = Hozzájárult: { $by }, { $date } ({ $how })
help-page-helper = Segítő
help-page-time-given = Adott idő
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } perc
   *[other] { $minutes } perc
}
help-page-erased-name = Korábbi tag
help-page-messages-link = Üzenetek
help-page-sign-in-to-offer = Jelentkezzen be, hogy segítséget ajánlhasson
help-page-join-first = Csatlakozzon ehhez a platformhoz, hogy segítséget ajánlhasson.
help-page-offer-title = Segítséget ajánlok
help-page-field-offer-message = Rövid üzenet (üresen is hagyhatja)
help-page-field-offer-message-hint = Például: mikor tud jönni.
help-page-offer-submit = Segítséget ajánlok
help-page-offers-title = Akik segítséget ajánlottak
help-page-no-offers = Még nincs ajánlat. Szólunk, amikor valaki segítséget ajánl.
help-page-accept = Elfogadom
help-page-done-title = Megjelölés teljesítettként
help-page-done-intro = Megkapta a segítséget? Adja meg, mennyi ideig tartott. A segítője ezt az időt kapja jóváírásként.
help-page-field-minutes = Hány percig tartott?
help-page-field-minutes-hint = 1 és { $max } perc között. 60 perc egy óra.
help-page-done-submit = Megjelölés teljesítettként
help-page-cancel-link = Kérésem visszavonása
help-page-cancel-title = Kérésem visszavonása
help-page-cancel-question = Vissza szeretné vonni ezt a kérést: „{ $title }”?
help-page-cancel-hint = Akik segítséget ajánlottak, látni fogják, hogy már nincs rá szüksége.
help-page-cancel-confirm = Igen, visszavonom
help-page-cancel-keep = Nem, megtartom

help-page-ask-title = Segítséget kérek
help-page-join-to-ask = Csatlakozzon ehhez a platformhoz, hogy segítséget kérhessen.
help-page-question-category = Miben kér segítséget?
help-page-next = Tovább
help-page-chosen-category = Amit kér: { $category }
help-page-change-category = Módosítás
help-page-section-what = Mit
help-page-field-title = Néhány szóban
help-page-field-title-hint = Például: Bevásárlás a sarki boltból
help-page-field-description = Mondjon el többet
help-page-field-description-hint = Mire van szükség, és minden, amit a segítőnek tudnia kell.
help-page-section-where = Hol
help-page-where-private = A címet csak az Ön által kiválasztott segítő látja. Mások csak a környéket látják.
help-page-field-address = Cím
help-page-place-hint = A térképen megadott hely segít a közeli szomszédoknak megtalálni a kérését. A két számot egy térképalkalmazásból is kimásolhatja.
help-page-use-my-position = Jelenlegi helyem használata
help-page-position-failed = Nem sikerült megtalálni a helyét. Kérjük, írja be a számokat.
help-page-section-when = Mikor
help-page-field-from-day = Ettől (nap)
help-page-field-from-time = Ettől (időpont)
help-page-field-until-day = Eddig (nap)
help-page-field-until-time = Eddig (időpont)
help-page-on-behalf-summary = Valaki más nevében kérek
help-page-on-behalf-intro = Csak akkor töltse ki, ha egy másik személy számára kér segítséget, az ő beleegyezésével.
help-page-field-on-behalf-name = A neve
help-page-field-on-behalf-phone = A telefonszáma
help-page-field-on-behalf-phone-hint = Például +32 470 12 34 56
help-page-field-consent-given-by = Ki adta a beleegyezését?
help-page-field-consent-given-by-hint = Maga az érintett, vagy valaki, aki döntést hozhat helyette.
help-page-field-consent-day = Mikor adta a beleegyezését?
help-page-field-consent-how = Hogyan adta a beleegyezését?
help-page-field-consent-how-hint = Például: telefonon, személyesen, írásban.
help-page-ask-submit = Segítséget kérek
help-page-ask-cancel = Vissza

help-page-messages-title = Üzenetek
help-page-messages-with = Beszélgetés vele: { $name }
help-page-messages-private = Ezeket az üzeneteket csak Önök ketten olvashatják.
help-page-no-messages = Még nincs üzenet.
help-page-message-erased = (az üzenet törölve)
help-page-write-title = Üzenet írása
help-page-field-message = Az Ön üzenete
help-page-send = Küldés
help-page-back-to-request = Vissza a kéréshez

help-page-mine-title = Kéréseim és ajánlataim
help-page-mine-requests = Amit kértem
help-page-mine-no-requests = Még nem kért segítséget.
help-page-mine-offers = Ahol segítséget ajánlottam
help-page-mine-no-offers = Még nem ajánlott segítséget.
help-page-mine-see-offers = Kik ajánlottak segítséget
help-page-mine-talk-and-finish = Írjon a segítőjének, vagy jelölje teljesítettként
help-page-mine-talk = Üzenet írása
help-page-mine-offer-done = Ön segített. Köszönjük!

help-page-notice-asked = A kérése megjelent. Szólunk, amikor valaki segítséget ajánl.
help-page-notice-offered = Köszönjük! Az illető látni fogja az ajánlatát.
help-page-notice-accepted = Elfogadta az ajánlatot. A segítője most már látja a címet.
help-page-notice-cancelled = A kérését visszavonta.
help-page-notice-completed = Kész! A segítője jóváírásként megkapta az időt.
help-page-notice-sent = Az üzenetét elküldtük.
