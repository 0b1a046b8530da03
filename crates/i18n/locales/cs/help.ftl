# Sousedská pomoc: žádosti, nabídky, soukromá vlákna a dokončení.

error-category-unknown = Vyberte prosím jednu z kategorií pomoci této platformy.
error-window-ends-before-start = Konec časového rozmezí musí být až po jeho začátku.
error-phone-malformed = Zadejte telefonní číslo o 6 až 15 číslicích, například +32 470 12 34 56.
error-within-km-out-of-range = Vzdálenost musí být větší než 0 a nejvýše 25 km.
error-help-minutes-out-of-range = Počet minut musí být alespoň 1 a nesmí přesáhnout časové rozmezí žádosti.
error-request-closed = Tato žádost už skončila.
error-request-not-open = Tato žádost už nepřijímá nabídky.
error-request-not-accepted = U této žádosti zatím nebyla přijata žádná nabídka.
error-taken-offer = K této žádosti jste už nabídli pomoc.
error-taken-completed = Tato žádost už byla označena jako vyřízená.
error-unknown-request = Taková žádost neexistuje.
error-unknown-offer = Taková nabídka neexistuje nebo už není otevřená.
error-unknown-category = Taková kategorie pomoci neexistuje.

## Stránky sousedské pomoci.

help-page-nav = Sousedská pomoc
help-page-platform-link = Sousedská pomoc
help-page-list-title = Sousedská pomoc
help-page-list-intro = Sousedé si navzájem pomáhají s drobnostmi. Požádejte o pomoc, nebo nabídněte svou.
help-page-ask-button = Požádat o pomoc
help-page-mine-link = Moje žádosti a nabídky
help-page-filters = Vyberte, které žádosti se mají zobrazit
help-page-field-category-filter = Druh pomoci
help-page-any-category = Jakákoli pomoc
help-page-field-distance = Jak daleko
help-page-within = Do { $distance }
help-page-show = Zobrazit
help-page-results = Žádosti
help-page-none = O tento druh pomoci teď nikdo nežádá.
help-page-fix-filters = Změňte výběr nahoře, abyste viděli žádosti.
help-page-next-page = Další žádosti
help-page-distance = asi { $distance } odsud
help-page-area = Okolí bodu { $lat }, { $lon }
help-page-area-unknown = Oblast není známa
help-page-asked-on = Zadáno { $date }

help-page-status-open = Čeká na pomocníka
help-page-status-accepted = Pomocník je vybrán
help-page-status-completed = Hotovo
help-page-status-cancelled = Zrušeno
help-page-offer-open = Nabídli jste pomoc. Čeká se na odpověď.
help-page-offer-accepted = Vaše nabídka byla přijata.
help-page-offer-declined = Tentokrát pomáhá někdo jiný.
help-page-offer-line-open = Čeká na vaši odpověď
help-page-offer-line-accepted = Přijato
help-page-offer-line-declined = Nevybráno

help-page-when = Kdy
help-page-where = Kde
help-page-address-private = Přesnou adresu uvidí jen pomocník, který bude vybrán.
help-page-exact-point = Bod na mapě: { $point }
help-page-requester = Žádá
help-page-on-behalf = Pro
help-page-consent = Souhlas: { $by }, dne { $date } ({ $how })
help-page-helper = Pomocník
help-page-time-given = Věnovaný čas
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minuty
   *[other] { $minutes } minut
}
help-page-erased-name = Bývalý člen
help-page-messages-link = Zprávy
help-page-sign-in-to-offer = Přihlaste se a nabídněte pomoc
help-page-join-first = Chcete-li nabídnout pomoc, připojte se k této platformě.
help-page-offer-title = Nabídnout pomoc
help-page-field-offer-message = Krátká zpráva (můžete ji vynechat)
help-page-field-offer-message-hint = Například: kdy můžete přijít.
help-page-offer-submit = Nabídnout pomoc
help-page-offers-title = Lidé, kteří nabídli pomoc
help-page-no-offers = Zatím žádné nabídky. Dáme vám vědět, až někdo nabídne pomoc.
help-page-accept = Přijmout
help-page-done-title = Označit jako hotové
help-page-done-intro = Byla pomoc poskytnuta? Uveďte, jak dlouho trvala. Váš pomocník dostane tento čas jako kredit.
help-page-field-minutes = Kolik minut to trvalo?
help-page-field-minutes-hint = Od 1 do { $max } minut. 60 minut je jedna hodina.
help-page-done-submit = Označit jako hotové
help-page-cancel-link = Zrušit moji žádost
help-page-cancel-title = Zrušit moji žádost
help-page-cancel-question = Chcete zrušit „{ $title }“?
help-page-cancel-hint = Lidé, kteří nabídli pomoc, uvidí, že ji už nepotřebujete.
help-page-cancel-confirm = Ano, zrušit
help-page-cancel-keep = Ne, ponechat

help-page-ask-title = Požádat o pomoc
help-page-join-to-ask = Chcete-li požádat o pomoc, připojte se k této platformě.
help-page-question-category = S čím potřebujete pomoci?
help-page-next = Další
help-page-chosen-category = Žádáte o: { $category }
help-page-change-category = Změnit
help-page-section-what = Co
help-page-field-title = Několika slovy
help-page-field-title-hint = Například: Nákup z obchodu na rohu
help-page-field-description = Napište nám víc
help-page-field-description-hint = Co je potřeba a vše, co by měl pomocník vědět.
help-page-section-where = Kde
help-page-where-private = Adresu uvidí jen pomocník, kterého vyberete. Ostatní uvidí jen okolí.
help-page-field-address = Adresa
help-page-place-hint = Místo na mapě pomůže sousedům v okolí najít vaši žádost. Obě čísla můžete zkopírovat z mapové aplikace.
help-page-use-my-position = Použít moji současnou polohu
help-page-position-failed = Vaši polohu se nepodařilo zjistit. Napište čísla ručně.
help-page-section-when = Kdy
help-page-field-from-day = Od (den)
help-page-field-from-time = Od (čas)
help-page-field-until-day = Do (den)
help-page-field-until-time = Do (čas)
help-page-on-behalf-summary = Žádám za někoho jiného
help-page-on-behalf-intro = Vyplňte jen tehdy, když žádáte za jinou osobu a ona s tím souhlasí.
help-page-field-on-behalf-name = Jméno této osoby
help-page-field-on-behalf-phone = Telefonní číslo této osoby
help-page-field-on-behalf-phone-hint = Například +32 470 12 34 56
help-page-field-consent-given-by = Kdo dal souhlas?
help-page-field-consent-given-by-hint = Sama osoba, nebo někdo, kdo za ni smí rozhodovat.
help-page-field-consent-day = Kdy byl souhlas dán?
help-page-field-consent-how = Jak byl souhlas dán?
help-page-field-consent-how-hint = Například: telefonicky, osobně, písemně.
help-page-ask-submit = Požádat o pomoc
help-page-ask-cancel = Zpět

help-page-messages-title = Zprávy
help-page-messages-with = Konverzace: { $name }
help-page-messages-private = Tyto zprávy můžete číst jen vy dva.
help-page-no-messages = Zatím žádné zprávy.
help-page-message-erased = (zpráva odstraněna)
help-page-write-title = Napsat zprávu
help-page-field-message = Vaše zpráva
help-page-send = Odeslat
help-page-back-to-request = Zpět na žádost

help-page-mine-title = Moje žádosti a nabídky
help-page-mine-requests = Moje žádosti o pomoc
help-page-mine-no-requests = Zatím jste o pomoc nepožádali.
help-page-mine-offers = Moje nabídky pomoci
help-page-mine-no-offers = Zatím jste nenabídli pomoc.
help-page-mine-see-offers = Zobrazit, kdo nabídl pomoc
help-page-mine-talk-and-finish = Napsat pomocníkovi, nebo označit jako hotové
help-page-mine-talk = Napsat zprávu
help-page-mine-offer-done = Pomohli jste. Děkujeme!

help-page-notice-asked = Vaše žádost je zveřejněna. Dáme vám vědět, až někdo nabídne pomoc.
help-page-notice-offered = Děkujeme! Dotyčný uvidí vaši nabídku.
help-page-notice-accepted = Přijali jste nabídku. Váš pomocník teď vidí adresu.
help-page-notice-cancelled = Vaše žádost je zrušena.
help-page-notice-completed = Hotovo! Váš pomocník dostal čas jako kredit.
help-page-notice-sent = Vaše zpráva byla odeslána.
