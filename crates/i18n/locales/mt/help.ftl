# Għajnuna bejn il-ġirien: talbiet, offerti, konversazzjonijiet privati u tlestija.
error-category-unknown = Agħżel waħda mill-kategoriji tal-għajnuna ta' din il-pjattaforma.
error-window-ends-before-start = It-tmiem tal-perjodu ta' żmien irid ikun wara l-bidu tiegħu.
error-phone-malformed = Daħħal numru tat-telefon ta' bejn 6 u 15-il ċifra, pereżempju +32 470 12 34 56.
error-within-km-out-of-range = Id-distanza trid tkun aktar minn 0 u mhux aktar minn 25 km.
error-help-minutes-out-of-range = Il-minuti jridu jkunu mill-inqas 1 u mhux aktar mill-perjodu ta' żmien tat-talba.
error-request-closed = Din it-talba diġà ntemmet.
error-request-not-open = Din it-talba m'għadhiex tilqa' offerti.
error-request-not-accepted = Għadha ma ġiet aċċettata l-ebda offerta għal din it-talba.
error-taken-offer = Diġà offrejt li tgħin f'din it-talba.
error-taken-completed = Din it-talba diġà ġiet immarkata bħala lesta.
error-unknown-request = Din it-talba ma teżistix.
error-unknown-offer = Din l-offerta ma teżistix, jew m'għadhiex miftuħa.
error-unknown-category = Din il-kategorija tal-għajnuna ma teżistix.
