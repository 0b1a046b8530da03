## Platformos privatumo politika ir naudojimosi sąlygos
policy-title = Privatumo politika ir naudojimosi sąlygos
policy-of = Platformos { $platform } privatumo politika ir naudojimosi sąlygos
policy-version = Versija { $version }, paskelbta { $date }.
policy-standard-note = Tai standartinis tekstas: platformos komanda dar neparašė savo teksto.
policy-accept = Perskaičiau ir sutinku su platformos { $platform } privatumo politika ir naudojimosi sąlygomis
policy-read = Skaityti privatumo politiką ir naudojimosi sąlygas
sign-up-privacy = Jūsų vardą ir el. pašto adresą saugome, kad galėtume tvarkyti jūsų paskyrą, ir niekada jų niekam neperduodame. Kiekviena platforma parodo jums savo privatumo politiką ir naudojimosi sąlygas prieš jums prie jos prisijungiant.
sign-up-join-accept = Taip pat prisijungti prie platformos { $platform }, kad galėtumėte registruotis į jos veiklas. Sutinku su jos privatumo politika ir naudojimosi sąlygomis.
policy-edit-link = Redaguoti privatumo politiką ir naudojimosi sąlygas
policy-edit-title = Redaguoti privatumo politiką ir naudojimosi sąlygas
policy-edit-intro = Parašykite tekstą, su kuriuo žmonės sutinka prisijungdami prie platformos { $platform }, visomis norimomis kalbomis. Jei kuria nors kalba teksto nėra, skaitytojai gauna tekstą platformos kalba. Išsaugojus paskelbiama nauja versija: su ja sutinka visi, kurie prisijungia nuo tos akimirkos.
policy-edit-written = Parašyta šiomis kalbomis: { $languages }.
policy-edit-choose = Rašyti šia kalba
field-policy-language = Kalba
field-policy-body = Tekstas
field-policy-body-hint = Pastraipas atskirkite tuščia eilute. Jei norite pašalinti šią kalbą, palikite lauką tuščią.
policy-edit-save = Paskelbti šią versiją
notice-policy-published = Nauja versija paskelbta.
error-policy-not-accepted = Kad prisijungtumėte, pažymėkite šį langelį: juo patvirtinate, kad sutinkate su privatumo politika ir naudojimosi sąlygomis.
error-taken-policy = Tuo pačiu metu buvo paskelbta kita versija. Bandykite dar kartą.

## Standartinis tekstas, kol platforma neparašė savo
policy-standard-who = Šią svetainę valdo { $platform }, kad kaimynai galėtų padėti vieni kitiems ir savanoriauti vietos organizacijose. Čia rašoma, ką apie jus saugome, kas tai mato, ir kelios taisyklės, kurios padeda išlaikyti šią vietą saugią.
policy-standard-kept = Ką saugome: jūsų vardą, el. pašto adresą, slaptažodį (tik tokiu pavidalu, kurio niekas negali perskaityti) ir tai, ką patys nusprendžiate pridėti: telefono numerį, gimimo datą, savanorio profilį, registracijas į pamainas ir valandas, prašymus, pasiūlymus ir žinutes.
policy-standard-seen = Kas tai mato: kiti žmonės mato jūsų vardą. Pamainos, į kurią užsiregistruojate, koordinatoriai mato jūsų el. pašto adresą ir telefono numerį. Tikslus pagalbos prašymo adresas rodomas tik tam padėjėjui, kurį priima prašymo autorius. Pokalbį skaito tik du jame dalyvaujantys žmonės ir platformos komanda, kai vienas iš jų apie jį praneša.
policy-standard-never = Ko niekada nedarome: neparduodame ir neatiduodame jūsų duomenų, nerodome reklamos ir nesiunčiame jūsų adreso kitoms paslaugoms. Laiškus jums siunčiame tik apie tai, ką darote čia.
policy-standard-rights = Jūsų teisės: savo paskyros puslapyje bet kada galite atsisiųsti viską, ką apie jus saugome, tai pataisyti arba ištrinti paskyrą. Tai, ką padarėte iki tol, lieka istorijoje, bet be jūsų vardo.
policy-standard-rules = Taisyklės: būkite malonūs ir sąžiningi, gerbkite kitų privatumą ir niekada neprašykite pinigų už čia suteiktą pagalbą. Komanda gali paslėpti tai, kas pažeidžia šias taisykles, ir sustabdyti jas pažeidžiančias paskyras.
policy-standard-questions = Turite klausimų? Kreipkitės į platformos { $platform } komandą.
