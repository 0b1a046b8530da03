## Obvestilo o zasebnosti in pogoji uporabe platforme
policy-title = Obvestilo o zasebnosti in pogoji uporabe
policy-of = Obvestilo o zasebnosti in pogoji uporabe platforme { $platform }
policy-version = Različica { $version }, objavljena dne { $date }.
policy-standard-note = To je standardno besedilo: ekipa platforme še ni napisala svojega.
policy-accept = Poznam obvestilo o zasebnosti in pogoje uporabe platforme { $platform } in se z njimi strinjam
policy-read = Preberite obvestilo o zasebnosti in pogoje uporabe
sign-up-privacy = Vaše ime in e-poštni naslov hranimo, da lahko vodimo vaš račun, in ju nikoli ne delimo z drugimi. Vsaka platforma vam pokaže svoje obvestilo o zasebnosti in pogoje uporabe, preden se ji pridružite.
sign-up-join-accept = Pridružite se tudi platformi { $platform }, da se boste lahko prijavljali na njene dejavnosti. Strinjam se z njenim obvestilom o zasebnosti in pogoji uporabe.
policy-edit-link = Uredi obvestilo o zasebnosti in pogoje uporabe
policy-edit-title = Uredi obvestilo o zasebnosti in pogoje uporabe
policy-edit-intro = Napišite besedilo, ki ga ljudje sprejmejo, ko se pridružijo platformi { $platform }, v vseh jezikih, ki jih želite. Če za jezik ni besedila, bralci dobijo besedilo v jeziku platforme. Ob shranjevanju se objavi nova različica: kdor se pridruži od takrat naprej, sprejme to različico.
policy-edit-written = Napisano v jezikih: { $languages }.
policy-edit-choose = Pišite v tem jeziku
field-policy-language = Jezik
field-policy-body = Besedilo
field-policy-body-hint = Odstavke ločite s prazno vrstico. Če želite ta jezik odstraniti, pustite polje prazno.
policy-edit-save = Objavi to različico
notice-policy-published = Nova različica je objavljena.
error-policy-not-accepted = Če se želite pridružiti, označite to polje: pomeni, da se strinjate z obvestilom o zasebnosti in pogoji uporabe.
error-taken-policy = V istem trenutku je bila objavljena druga različica. Poskusite znova.

## Standardno besedilo, dokler platforma ne napiše svojega
policy-standard-who = Platforma { $platform } upravlja to spletno mesto, da si sosedje lahko pomagajo med seboj in prostovoljno delajo za lokalne organizacije. Tukaj je zapisano, kaj hranimo o vas, kdo to vidi, in nekaj pravil, ki skrbijo, da je ta prostor varen.
policy-standard-kept = Kaj hranimo: vaše ime, e-poštni naslov, geslo (samo v obliki, ki je nihče ne more razbrati) in kar se sami odločite dodati: telefonsko številko, datum rojstva, prostovoljski profil, prijave na izmene in ure, prošnje, ponudbe in sporočila.
policy-standard-seen = Kdo to vidi: drugi vidijo vaše ime. Koordinatorji izmene, na katero se prijavite, vidijo vaš e-poštni naslov in telefonsko številko. Točen naslov prošnje za pomoč vidi samo pomočnik, ki ga prosilec sprejme. Pogovor vidita samo osebi, ki v njem sodelujeta; ekipa platforme ga prebere le, kadar ga ena od njiju prijavi.
policy-standard-never = Česa nikoli ne počnemo: ne prodajamo in ne dajemo naprej vaših podatkov, ne prikazujemo oglasov in vašega naslova ne pošiljamo drugim storitvam. E-pošto vam pošiljamo samo o tem, kar počnete tukaj.
policy-standard-rights = Vaše pravice: na strani svojega računa lahko kadar koli prenesete vse, kar hranimo o vas, to popravite ali izbrišete svoj račun. Kar ste storili do takrat, ostane v zgodovini, vendar brez vašega imena.
policy-standard-rules = Pravila: bodite prijazni in pošteni, spoštujte zasebnost drugih in nikoli ne zahtevajte plačila za pomoč, ki jo nudite tukaj. Ekipa lahko skrije, kar krši ta pravila, in začasno onemogoči račune, ki jih kršijo.
policy-standard-questions = Imate vprašanja? Obrnite se na ekipo platforme { $platform }.
