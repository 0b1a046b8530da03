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
sign-up-join = Pridať sa aj k platforme { $platform } a zapisovať sa na jej aktivity
