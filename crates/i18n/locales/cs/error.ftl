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
