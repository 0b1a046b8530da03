# Naabriabi: abipalved, pakkumised, privaatsed vestlused ja lõpetamine.
error-category-unknown = Vali üks selle platvormi abikategooriatest.
error-window-ends-before-start = Ajavahemiku lõpp peab olema pärast selle algust.
error-phone-malformed = Sisesta 6–15 numbrist koosnev telefoninumber, näiteks +32 470 12 34 56.
error-within-km-out-of-range = Kaugus peab olema suurem kui 0 ja kõige rohkem 25 km.
error-help-minutes-out-of-range = Minutite arv peab olema vähemalt 1 ega tohi ületada abipalve ajavahemikku.
error-request-closed = See abipalve on juba lõppenud.
error-request-not-open = See abipalve ei võta enam pakkumisi vastu.
error-request-not-accepted = Sellele abipalvele ei ole veel ühtegi pakkumist vastu võetud.
error-taken-offer = Sa oled sellele abipalvele juba oma abi pakkunud.
error-taken-completed = See abipalve on juba tehtuks märgitud.
error-unknown-request = Sellist abipalvet ei ole.
error-unknown-offer = Sellist pakkumist ei ole või see ei ole enam avatud.
error-unknown-category = Sellist abikategooriat ei ole.
