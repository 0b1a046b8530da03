# E-mailuri despre înscrieri și ture. Variabile: $name (destinatarul), $title (oportunitatea),
# $organisation, $when (ziua și orele, deja scrise după obiceiul cititorului),
# $position (locul pe lista de așteptare), $platform (numele platformei).

mail-greeting = Bună ziua, { $name },
mail-when = { $start } – { $end }
mail-place = Unde: { $address }
mail-signature = Vă mulțumim că ajutați!
mail-footer = Primiți acest e-mail pentru că v-ați înscris la o tură pe { $platform }. Toate notificările dumneavoastră se află în contul dumneavoastră.

mail-signup-confirmed-subject = Aveți un loc: { $title }
mail-signup-confirmed-body = Locul dumneavoastră la { $title }, alături de { $organisation }, este confirmat: { $when }. Dacă nu mai puteți veni, vă rugăm să vă anulați înscrierea, ca altcineva să vă poată lua locul.

mail-signup-waitlisted-subject = Sunteți pe lista de așteptare: { $title }
mail-signup-waitlisted-body = Deocamdată nu mai sunt locuri la { $title }, alături de { $organisation } ({ $when }). Sunteți pe locul { $position } pe lista de așteptare și vă scriem imediat ce un loc devine al dumneavoastră.

mail-signup-promoted-subject = S-a eliberat un loc pentru dumneavoastră: { $title }
mail-signup-promoted-body = Vești bune: s-a eliberat un loc și este al dumneavoastră. Participarea dumneavoastră la { $title }, alături de { $organisation }, este acum confirmată: { $when }.

mail-signup-removed-subject = Înscrierea dumneavoastră a fost eliminată: { $title }
mail-signup-removed-body = Coordonatorii organizației { $organisation } v-au eliminat înscrierea la { $title } ({ $when }). Dacă credeți că este o greșeală, vă rugăm să îi contactați.

mail-shift-changed-subject = Program nou pentru { $title }
mail-shift-changed-body = Tura la care v-ați înscris pentru { $title }, alături de { $organisation }, s-a schimbat. Acum este: { $when }. Dacă nu vă mai convine, vă rugăm să vă anulați înscrierea.

mail-shift-cancelled-subject = Anulat: { $title }
mail-shift-cancelled-body = Organizația { $organisation } a anulat tura pentru { $title } programată { $when }. Nu mai trebuie să veniți. Vă mulțumim că ați fost gata să ajutați.

mail-shift-reminder-subject = Memento: { $title }
mail-shift-reminder-body = Un mic memento: vă așteptăm la { $title }, alături de { $organisation }, { $when }. Dacă totuși nu puteți veni, vă rugăm să vă anulați înscrierea, ca altcineva să vă poată lua locul.
