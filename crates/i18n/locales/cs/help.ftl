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
