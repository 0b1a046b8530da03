# Registrácia, prihlásenie a odhlásenie; stránka účtu.

sign-up-title = Vytvorte si účet
sign-up-intro = Zaberie to minútu. Pýtame sa len na to, čo potrebujeme.
sign-up-submit = Vytvoriť môj účet
sign-up-have-account = Už máte účet?
sign-in-title = Prihlásenie
sign-in-submit = Prihlásiť sa
sign-in-no-account = Ste tu prvýkrát?

field-display-name = Vaše meno
field-display-name-hint = Meno, ktoré uvidia ostatní.
field-email = E-mailová adresa
field-password = Heslo
field-password-hint = Aspoň 10 znakov. Dobre poslúži niekoľko slov, ktoré si zapamätáte.
field-birth-date = Dátum narodenia (nepovinné)
field-birth-date-hint = Niektoré aktivity majú minimálny vek. Dátum používame len na jeho overenie.
field-language = Jazyk
field-current-password = Súčasné heslo
field-new-password = Nové heslo
field-password-confirm = Vaše heslo na potvrdenie

account-title = Môj účet
account-platforms = Moje platformy
account-no-platforms = Zatiaľ nepatríte k žiadnej platforme.
account-language = Jazyk
account-language-submit = Uložiť jazyk
account-password = Zmena hesla
account-password-submit = Zmeniť heslo
account-tokens = Prístup pre aplikácie
account-tokens-intro = Tieto kľúče používajú aplikácie a skripty, ktoré konajú vo vašom mene. Zrušte tie, ktoré už nepoužívate.
account-no-tokens = Žiadna aplikácia nemá prístup.
account-token-revoked = zrušený
account-token-revoke = Zrušiť
account-calendar = Kalendár
account-calendar-intro = Vaše potvrdené termíny sa môžu zobrazovať v kalendárovej aplikácii, ktorú už používate v telefóne alebo v počítači. Prihláste sa v nej na odber svojho súkromného odkazu na kalendár („pridať kalendár z webovej adresy“): aplikácia ho sama kontroluje a zobrazí nové termíny, zmeny aj zrušenia.
account-calendar-link = Váš súkromný odkaz na kalendár
account-calendar-link-hint = Skopírujte si ho hneď do svojej kalendárovej aplikácie. Kvôli vašej bezpečnosti ho neuchovávame, takže vám ho už nemôžeme znova zobraziť.
account-calendar-active = Máte súkromný odkaz na kalendár. Ak ste ho stratili, vytvorte si nový.
account-calendar-none = Zatiaľ nemáte súkromný odkaz na kalendár.
account-calendar-secret = Ktokoľvek, kto má tento odkaz, uvidí vaše termíny, preto si ho nechajte pre seba. Ak ho získal niekto iný, vytvorte si nový: starý odkaz okamžite prestane fungovať.
account-calendar-create = Vytvoriť môj súkromný odkaz
account-calendar-replace = Vytvoriť nový odkaz
account-calendar-revoke = Vypnúť môj odkaz
account-calendar-download = Stiahnuť moje termíny ako súbor kalendára
account-data = Moje údaje
account-data-intro = Stiahnite si všetko, čo o vás táto platforma uchováva, v súbore, ktorý dokážu prečítať aj iné programy.
account-data-download = Stiahnuť moje údaje
account-delete = Odstrániť môj účet
account-delete-intro = Vaše meno, e-mail a dátum narodenia sa vymažú a už sa nebudete môcť prihlásiť. Vaša pomoc ostatným zostane v histórii, ale bez vášho mena. Tento krok sa nedá vrátiť späť.
account-delete-submit = Natrvalo odstrániť môj účet

notice-welcome = Vitajte! Váš účet je pripravený.
notice-signed-out = Odhlásili sme vás. Čoskoro dovidenia!
notice-account-deleted = Váš účet bol odstránený.
notice-password-changed = Vaše heslo bolo zmenené. Na všetkých ostatných zariadeniach sme vás odhlásili.
notice-language-changed = Váš jazyk bol uložený.
notice-token-revoked = Kľúč bol zrušený.
notice-calendar-created = Váš súkromný odkaz na kalendár je pripravený: skopírujte si ho hneď v časti Kalendár.
notice-calendar-revoked = Váš súkromný odkaz na kalendár je vypnutý. Kalendárové aplikácie, ktoré ho používali, už vaše termíny nedostanú.

# Súkromný kalendárový kanál, ktorý čítajú kalendárové aplikácie.
error-unknown-calendar-feed = Na tejto adrese nie je žiadny kalendár. Odkaz mohol byť vypnutý alebo nahradený.
problem-host-missing = Z požiadavky nie je zrejmé, pre ktorú stránku je určená (hlavička Host chýba alebo má nesprávny tvar).
account-birth-date = Dátum narodenia
account-birth-date-submit = Uložiť dátum narodenia
notice-birth-date-saved = Váš dátum narodenia bol uložený.

## Meno, telefón a e-mailová adresa na stránke účtu
account-details = Vaše meno a telefón
account-details-submit = Uložiť meno a telefón
field-phone = Telefónne číslo (nepovinné)
field-phone-hint = Vidia ho len koordinátori termínov, na ktoré sa zapíšete, aby vás mohli kontaktovať v súvislosti s termínom.
notice-details-saved = Vaše meno a telefónne číslo boli uložené.
account-email = E-mailová adresa
account-email-current = Prihlasujete sa adresou { $email }.
account-email-unconfirmed = Táto adresa ešte nie je potvrdená. Otvorte odkaz, ktorý sme na ňu poslali: dovtedy vám nemôžeme posielať žiadne e-maily.
account-email-pending = Požiadali ste o zmenu na adresu { $email }. Otvorte odkaz, ktorý sme tam poslali; dovtedy sa naďalej prihlasujete svojou súčasnou adresou.
account-email-resend = Poslať odkaz znova
account-email-have-code = Mám kód z e-mailu
account-email-change = Zmeniť moju e-mailovú adresu
account-email-how = Na novú adresu pošleme odkaz. Súčasnú adresu nahradí až vtedy, keď ten odkaz otvoríte.
field-new-email = Nová e-mailová adresa
field-email-password = Vaše heslo na potvrdenie
account-email-submit = Poslať odkaz
notice-email-link-sent = Poslali sme vám odkaz. Otvorte ho vo svojej e-mailovej schránke a potvrďte tak adresu.
notice-email-confirmed = Vaša e-mailová adresa je potvrdená.
banner-email-unconfirmed = Potvrďte, prosím, svoju e-mailovú adresu { $email }: otvorte odkaz, ktorý sme vám poslali. Dovtedy vám nemôžeme posielať žiadne e-maily.
banner-email-unconfirmed-link = Neprišiel vám?

## Potvrdenie adresy odkazom z e-mailu
email-confirm-title = Potvrďte svoju e-mailovú adresu
email-confirm-text = Je { $email } vaša adresa? Stlačením tlačidla ju potvrdíte: váš účet ju bude používať na prihlásenie a na e-maily.
email-confirm-submit = Áno, potvrdiť moju adresu
field-confirm-code = Kód z e-mailu
field-confirm-code-hint = Vložte dlhý kód z e-mailu, ktorý sme vám poslali.
email-confirmed-title = Vaša adresa je potvrdená
email-confirmed-text = Odteraz vám posielame e-maily na { $email } a prihlasujete sa touto adresou.
email-confirmed-continue = Pokračovať
email-confirm-expired-title = Tento odkaz už nefunguje
email-confirm-expired-text = Odkaz na potvrdenie adresy funguje iba raz a iba { $days } dní. Požiadajte o nový na stránke svojho účtu: zaberie to minútu.
email-confirm-ask-again = Požiadať o nový odkaz
email-confirm-taken-title = Táto adresa sa už používa
email-confirm-taken-text = Adresu { $email } teraz používa iný účet, takže nemôže byť aj vaša. Váš účet si ponechá adresu, ktorú mal.

## E-mail s odkazom
mail-confirm-subject = Potvrďte svoju e-mailovú adresu
mail-confirm-body = Vitajte v Entraide! Ak chcete dostávať e-mailom správy o svojich termínoch a žiadostiach susedov, potvrďte, že táto adresa je vaša.
mail-confirm-new-body = Požiadali ste o používanie tejto adresy pre svoj účet Entraide. Potvrďte ju, aby ste sa ňou mohli prihlasovať a dostávať sem svoje e-maily.
mail-confirm-link = Ak ju chcete potvrdiť, otvorte tento odkaz do 7 dní:
mail-confirm-code = Ak ju chcete potvrdiť, prihláste sa na stránke, otvorte „Môj účet“, vyberte „Mám kód z e-mailu“ a do 7 dní vložte tento kód:
mail-confirm-ignore = Ak ste o to nežiadali, tento e-mail môžete ignorovať: nič sa nezmení.
mail-confirm-footer = Tento e-mail dostávate, pretože táto adresa bola zadaná pri účte na Entraide.

## E-mail na adresu, ktorú účet už nepoužíva
mail-email-changed-subject = Vaša e-mailová adresa bola zmenená
mail-email-changed-body = Váš účet Entraide už nepoužíva { $previous }: odteraz sa prihlasujete adresou { $email } a e-maily vám chodia tam.
mail-email-changed-not-you = Ak ste to neurobili vy, možno váš účet používa niekto iný. Hneď napíšte tímu svojej platformy: pomôže vám účet získať späť.
mail-email-changed-footer = Tento e-mail dostávate, pretože táto adresa patrila k účtu na Entraide.
