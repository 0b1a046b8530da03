# Chyby: názvy problémů (API a stránky) a zprávy pro jednotlivé kódy chyb.

problem-invalid-input = Některé údaje chybí nebo jsou chybné
problem-malformed = Požadavek nelze přečíst
problem-json-expected = Pošlete tělo ve formátu JSON s hlavičkou Content-Type application/json.
problem-object-expected = Tělo musí být objekt JSON.
problem-conflict = Toto už existuje
problem-unauthenticated = Přihlaste se prosím
problem-forbidden = K této akci nemáte oprávnění
problem-not-found = Nenalezeno
problem-refused = Tato změna není možná
problem-too-many-requests = Příliš mnoho pokusů
problem-retry-after = Počkejte prosím { $seconds ->
    [one] jednu sekundu
    [few] { $seconds } sekundy
    [many] { $seconds } sekundy
   *[other] { $seconds } sekund
} a pak to zkuste znovu.
problem-internal = Na naší straně se něco pokazilo

page-forbidden = Vaše role na této platformě to neumožňuje.
page-internal = Omlouváme se: na naší straně se něco pokazilo. Zkuste to prosím za chvíli znovu.
page-form-expired = Platnost formuláře vypršela. Vraťte se zpět, načtěte stránku znovu a zkuste to ještě jednou.

error-required = Vyplňte prosím toto pole.
error-too-long = Toto je příliš dlouhé.
error-type = Tato hodnota má nesprávný typ: { $detail }
error-email-malformed = Zadejte e-mailovou adresu ve tvaru name@example.org.
error-password-too-short = Heslo musí mít alespoň 10 znaků.
error-password-wrong = Toto heslo není správné.
error-credentials-wrong = E-mailová adresa nebo heslo nejsou správné.
error-date-malformed = Zadejte datum ve tvaru 1990-04-23.
error-birth-date-implausible = Zkontrolujte datum narození: nemůže být v budoucnosti ani před rokem 1900.
error-locale-unknown = Tento jazyk není k dispozici.
error-slug-length = Použijte 2 až 40 znaků.
error-slug-characters = Použijte jen malá písmena (a–z), číslice a spojovníky; na začátku ani na konci nesmí být spojovník.
error-latitude-out-of-range = Zeměpisná šířka musí být mezi -90 a 90.
error-longitude-out-of-range = Zeměpisná délka musí být mezi -180 a 180.
error-coordinates-malformed = Zapište bod jako šířka,délka, například 50.85,4.35.
error-organisation-kind-unknown = Vyberte jeden z typů organizace.
error-role-unknown = Tato role neexistuje.
error-account-unknown = S touto e-mailovou adresou zatím nikdo nemá účet.
error-platform-unknown = Platforma s touto adresou neexistuje.
error-last-admin = Organizace potřebuje alespoň jednoho správce. Nejdřív přidejte dalšího správce.
error-taken-email = Účet s touto e-mailovou adresou už existuje.
error-taken-slug = Tuto adresu už používá jiná platforma.
error-taken-member = Tato osoba už je členem.
error-unknown-platform = Taková platforma neexistuje.
error-unknown-organisation = Taková organizace neexistuje.
error-unknown-account = Takový účet neexistuje.
error-unknown-token = Takový klíč neexistuje.
error-unknown-member = Tato osoba není členem.
error-unknown-page = Na této adrese nic není.
error-unknown-parent = Taková nadřazená platforma neexistuje.
error-time-zone-unknown = Toto časové pásmo neexistuje. Použijte název ve tvaru Europe/Brussels.
error-term-kind-unknown = Vyberte dovednost, nebo oblast.
error-term-code-invalid = Použijte 2 až 40 malých písmen, číslic a spojovníků, například first-aid.
error-term-in-use = Tuto položku ještě používá některá příležitost.
error-status-unknown = Vyberte koncept, zveřejněno, nebo uzavřeno.
error-min-age-out-of-range = Minimální věk musí být mezi 0 a 99.
error-datetime-malformed = Zadejte datum a čas ve tvaru 2026-12-01T14:00:00+01:00.
error-time-malformed = Zadejte čas ve tvaru 14:00.
error-shift-ends-before-start = Konec musí být až po začátku.
error-slots-out-of-range = Směna potřebuje 1 až 10000 míst.
error-frequency-unknown = Vyberte denně, nebo týdně.
error-series-without-end = Opakované termíny potřebují poslední den.
error-series-ends-before-start = Poslední den musí být až po prvním.
error-series-too-long = Opakováním lze vytvořit nejvýše 400 směn.
error-series-empty = Po odečtení těchto dnů a výjimek nezbývá žádná směna.
error-weekday-out-of-range = Dny v týdnu jsou od 1 (pondělí) do 7 (neděle).
error-birth-date-needed = Tato aktivita má minimální věk: nejdřív si prosím do účtu doplňte datum narození.
error-too-young = Nesplňujete minimální věk pro tuto aktivitu.
error-minutes-out-of-range = Zadejte 1 minutu až 24 hodin.
error-day-in-future = Tento den ještě nenastal.
error-slots-below-taken = Potvrzených lidí je už víc, než je tento počet míst.
error-shift-cancelled = Tato směna byla zrušena.
error-shift-past = Tato směna už začala; zápis je uzavřen.
error-shift-not-started = Účast lze zaznamenat, až směna začne.
error-signup-ended = Tato přihláška už skončila.
error-signup-not-confirmed = Jako přítomné nebo nepřítomné lze označit jen potvrzené lidi.
error-report-decided = Tyto hodiny už byly potvrzeny, nebo zamítnuty.
error-opportunity-not-open = Tato příležitost nepřijímá přihlášky.
error-skill-unknown = Tato dovednost není na seznamu platformy.
error-cause-unknown = Tato oblast není na seznamu platformy.
error-taken-signup = Na tuto směnu už jste zapsáni.
error-unknown-term = Taková dovednost ani oblast neexistuje.
error-unknown-opportunity = Taková příležitost neexistuje.
error-unknown-shift = Taková směna neexistuje.
error-unknown-signup = Taková přihláška neexistuje.
error-unknown-report = Takové hlášení hodin neexistuje.
error-term-code-taken = Tento kód už na seznamu je. Přejmenujte raději tamní položku.
error-radius-out-of-range = Zadejte vzdálenost od 0 do 500 km.
error-limit-out-of-range = Požádejte o 1 až 100 výsledků na stránku.
error-near-needed-for-distance = Chcete-li řadit podle vzdálenosti, uveďte, v blízkosti kterého místa.
error-sort-unknown = Vyberte řazení od nejbližšího termínu, nebo od nejbližšího místa.
error-cursor-invalid = Tento odkaz na stránku už neplatí. Začněte hledat znovu.
