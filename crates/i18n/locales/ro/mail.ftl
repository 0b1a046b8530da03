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

## Ajutor între vecini. Niciodată adresa: un e-mail poate fi citit oriunde.
mail-help-signature = Vă mulțumim că sunteți un vecin bun!
mail-help-footer = Primiți acest e-mail pentru că participați la ajutorul între vecini pe { $platform }. Toate notificările dumneavoastră se află în contul dumneavoastră.
mail-offer-received-subject = Cineva s-a oferit să ajute: { $title }
mail-offer-received-body = Un vecin s-a oferit să vă ajute cu cererea dumneavoastră „{ $title }”. Deschideți cererea pentru a-i citi mesajul și acceptați oferta, dacă vă convine.
mail-offer-accepted-subject = Oferta dumneavoastră a fost acceptată: { $title }
mail-offer-accepted-body = Vești bune: oferta dumneavoastră de a ajuta la „{ $title }” a fost acceptată ({ $when }). Acum puteți vedea adresa și îi puteți scrie persoanei în conversația cererii.
mail-offer-declined-subject = Vă mulțumim pentru ofertă: { $title }
mail-offer-declined-body = Vă mulțumim că v-ați oferit să ajutați la „{ $title }”. De data aceasta cererea a fost rezolvată altfel, așa că ajutorul dumneavoastră nu mai este necesar pentru ea. Bunătatea dumneavoastră nu trece neobservată: alți vecini cer ajutor și sperăm că veți găsi pe cineva pe care îl puteți ajuta.
mail-request-nearby-subject = Un vecin din apropiere are nevoie de ajutor: { $title }
mail-request-nearby-body = O cerere nouă se potrivește cu ce ați spus că puteți face: „{ $title }” ({ $when }). Deschideți-o pentru a afla mai multe și oferiți-vă ajutorul, dacă puteți.
mail-help-thanked-subject = O mulțumire pentru „{ $title }”
mail-help-thanked-body = Persoana pe care ați ajutat-o sau care v-a ajutat la „{ $title }” v-a lăsat un mesaj. Deschideți cererea pentru a-l citi.
mail-moderation-warning-subject = Un mesaj de la echipa { $platform }
mail-moderation-warning-body = Echipa care administrează { $platform } a citit ce ați scris și vă roagă să schimbați felul în care participați. Motivul lor: { $reason }. Dacă se mai întâmplă, contul dumneavoastră poate fi suspendat.
mail-open-this = Deschideți de aici:
mail-message-received-subject = { $from } v-a scris despre „{ $title }”
mail-message-received-body = { $count ->
    [one] { $from } v-a trimis un mesaj despre „{ $title }”. Citiți-l și răspundeți pe { $platform }.
    [few] { $from } v-a trimis { $count } mesaje noi despre „{ $title }”. Citiți-le și răspundeți pe { $platform }.
   *[other] { $from } v-a trimis { $count } de mesaje noi despre „{ $title }”. Citiți-le și răspundeți pe { $platform }.
}
