# Registrace, přihlášení a odhlášení; stránka účtu.

sign-up-title = Vytvořte si účet
sign-up-intro = Zabere to minutu. Ptáme se jen na to, co potřebujeme.
sign-up-submit = Vytvořit můj účet
sign-up-have-account = Už máte účet?
sign-in-title = Přihlášení
sign-in-submit = Přihlásit se
sign-in-no-account = Jste tu poprvé?

field-display-name = Vaše jméno
field-display-name-hint = Jméno, které uvidí ostatní.
field-email = E-mailová adresa
field-password = Heslo
field-password-hint = Alespoň 10 znaků. Dobře poslouží několik slov, která si zapamatujete.
field-birth-date = Datum narození (nepovinné)
field-birth-date-hint = Některé aktivity mají minimální věk. Datum používáme jen k jeho ověření.
field-language = Jazyk
field-current-password = Současné heslo
field-new-password = Nové heslo
field-password-confirm = Vaše heslo pro potvrzení

account-title = Můj účet
account-platforms = Moje platformy
account-no-platforms = Zatím nepatříte k žádné platformě.
account-language = Jazyk
account-language-submit = Uložit jazyk
account-password = Změna hesla
account-password-submit = Změnit heslo
account-tokens = Přístup pro aplikace
account-tokens-intro = Tyto klíče používají aplikace a skripty, které jednají vaším jménem. Zrušte ty, které už nepoužíváte.
account-no-tokens = Žádná aplikace nemá přístup.
account-token-revoked = zrušený
account-token-revoke = Zrušit
account-calendar = Kalendář
account-calendar-intro = Vaše potvrzené směny se mohou zobrazovat v kalendářové aplikaci, kterou už používáte v telefonu nebo v počítači. Přihlaste se v ní k odběru svého soukromého odkazu na kalendář („přidat kalendář z webové adresy“): aplikace ho sama kontroluje a zobrazí nové směny, změny i zrušení.
account-calendar-link = Váš soukromý odkaz na kalendář
account-calendar-link-hint = Zkopírujte si ho hned do své kalendářové aplikace. Kvůli vaší bezpečnosti ho neuchováváme, takže vám ho už nemůžeme znovu zobrazit.
account-calendar-active = Máte soukromý odkaz na kalendář. Pokud jste ho ztratili, vytvořte si nový.
account-calendar-none = Zatím nemáte soukromý odkaz na kalendář.
account-calendar-secret = Kdokoli, kdo má tento odkaz, uvidí vaše směny, proto si ho nechte pro sebe. Pokud ho získal někdo jiný, vytvořte si nový: starý odkaz okamžitě přestane fungovat.
account-calendar-create = Vytvořit můj soukromý odkaz
account-calendar-replace = Vytvořit nový odkaz
account-calendar-revoke = Vypnout můj odkaz
account-calendar-download = Stáhnout moje směny jako soubor kalendáře
account-data = Moje údaje
account-data-intro = Stáhněte si vše, co o vás tato platforma uchovává, v souboru, který dokážou přečíst i jiné programy.
account-data-download = Stáhnout moje údaje
account-delete = Smazat můj účet
account-delete-intro = Vaše jméno, e-mail a datum narození budou vymazány a už se nebudete moci přihlásit. Vaše pomoc ostatním zůstane v historii, ale bez vašeho jména. Tento krok nelze vrátit zpět.
account-delete-submit = Smazat můj účet natrvalo

notice-welcome = Vítejte! Váš účet je připraven.
notice-signed-out = Odhlásili jsme vás. Brzy na viděnou!
notice-account-deleted = Váš účet byl smazán.
notice-password-changed = Vaše heslo bylo změněno. Na všech ostatních zařízeních jsme vás odhlásili.
notice-language-changed = Váš jazyk byl uložen.
notice-token-revoked = Klíč byl zrušen.
notice-calendar-created = Váš soukromý odkaz na kalendář je připraven: zkopírujte si ho hned v části Kalendář.
notice-calendar-revoked = Váš soukromý odkaz na kalendář je vypnutý. Kalendářové aplikace, které ho používaly, už vaše směny nedostanou.

# Soukromý kalendářový kanál, který čtou kalendářové aplikace.
error-unknown-calendar-feed = Na této adrese žádný kalendář není. Odkaz mohl být vypnut nebo nahrazen.
problem-host-missing = Z požadavku není poznat, pro který web je určen (hlavička Host chybí nebo má chybný tvar).
account-birth-date = Datum narození
account-birth-date-submit = Uložit datum narození
notice-birth-date-saved = Vaše datum narození bylo uloženo.

## Jméno, telefon a e-mailová adresa na stránce účtu
account-details = Vaše jméno a telefon
account-details-submit = Uložit jméno a telefon
field-phone = Telefonní číslo (nepovinné)
field-phone-hint = Uvidí ho jen koordinátoři směn, na které se přihlásíte, aby vás mohli kvůli směně kontaktovat.
notice-details-saved = Vaše jméno a telefonní číslo byly uloženy.
account-email = E-mailová adresa
account-email-current = Přihlašujete se adresou { $email }.
account-email-unconfirmed = Tato adresa ještě není potvrzená. Otevřete odkaz, který jsme na ni poslali: do té doby vám nemůžeme posílat žádné e-maily.
account-email-pending = Požádali jste, abychom místo ní používali adresu { $email }. Otevřete odkaz, který jsme tam poslali; do té doby se dál přihlašujete svou současnou adresou.
account-email-resend = Poslat odkaz znovu
account-email-have-code = Mám kód z e-mailu
account-email-change = Změnit e-mailovou adresu
account-email-how = Na novou adresu pošleme odkaz. Současnou adresu nahradí, až když ten odkaz otevřete.
field-new-email = Nová e-mailová adresa
field-email-password = Vaše heslo pro potvrzení
account-email-submit = Poslat odkaz
notice-email-link-sent = Poslali jsme vám odkaz. Otevřete ho ve své e-mailové schránce, abyste adresu potvrdili.
notice-email-confirmed = Vaše e-mailová adresa je potvrzená.
banner-email-unconfirmed = Potvrďte prosím svou e-mailovou adresu { $email }: otevřete odkaz, který jsme vám poslali. Do té doby vám nemůžeme posílat žádné e-maily.
banner-email-unconfirmed-link = Nepřišel vám?

## Potvrzení adresy odkazem z e-mailu
email-confirm-title = Potvrďte svou e-mailovou adresu
email-confirm-text = Je { $email } vaše adresa? Potvrďte ji tlačítkem: váš účet ji bude používat k přihlašování a pro e-maily.
email-confirm-submit = Ano, potvrdit mou adresu
field-confirm-code = Kód z e-mailu
field-confirm-code-hint = Vložte dlouhý kód z e-mailu, který jsme vám poslali.
email-confirmed-title = Vaše adresa je potvrzená
email-confirmed-text = Od teď vám e-maily posíláme na { $email } a přihlašujete se touto adresou.
email-confirmed-continue = Pokračovat
email-confirm-expired-title = Tento odkaz už nefunguje
email-confirm-expired-text = Odkaz pro potvrzení adresy funguje jednou, po dobu { $days } dní. Požádejte o nový na stránce svého účtu: zabere to minutu.
email-confirm-ask-again = Požádat o nový odkaz
email-confirm-taken-title = Tato adresa už se používá
email-confirm-taken-text = Adresu { $email } teď používá jiný účet, takže nemůže být i vaše. Váš účet si ponechá adresu, kterou měl.

## E-mail s odkazem
mail-confirm-subject = Potvrďte svou e-mailovou adresu
mail-confirm-body = Vítejte v Entraide! Abyste dostávali e-mailem novinky o svých směnách a o žádostech svých sousedů, potvrďte, že tato adresa je vaše.
mail-confirm-new-body = Požádali jste o použití této adresy pro svůj účet v Entraide. Potvrďte ji, abyste se s ní mohli přihlašovat a dostávat sem své e-maily.
mail-confirm-link = Adresu potvrdíte, když do 7 dní otevřete tento odkaz:
mail-confirm-code = Adresu potvrdíte takto: přihlaste se na webu, otevřete „Můj účet“, zvolte „Mám kód z e-mailu“ a do 7 dní vložte tento kód:
mail-confirm-ignore = Pokud jste o to nežádali, můžete tento e-mail ignorovat: nic se nezmění.
mail-confirm-footer = Tento e-mail dostáváte, protože tato adresa byla zadána u účtu v Entraide.

## E-mail na adresu, kterou účet přestal používat
mail-email-changed-subject = Vaše e-mailová adresa byla změněna
mail-email-changed-body = Váš účet v Entraide už nepoužívá { $previous }: od teď se přihlašujete adresou { $email } a e-maily vám chodí tam.
mail-email-changed-not-you = Pokud jste to neudělali vy, možná váš účet používá někdo jiný. Hned napište týmu své platformy: pomůže vám účet získat zpět.
mail-email-changed-footer = Tento e-mail dostáváte, protože tato adresa patřila k účtu v Entraide.
