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
