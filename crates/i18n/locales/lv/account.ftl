# Reģistrēšanās, pieteikšanās un izrakstīšanās; konta lapa.
sign-up-title = Izveidojiet savu kontu
sign-up-intro = Tas aizņem minūti. Mēs prasām tikai to, kas mums tiešām vajadzīgs.
sign-up-submit = Izveidot manu kontu
sign-up-have-account = Jums jau ir konts?
sign-in-title = Pieteikšanās
sign-in-submit = Pieteikties
sign-in-no-account = Šeit pirmo reizi?

field-display-name = Jūsu vārds
field-display-name-hint = Vārds, ko redzēs citi.
field-email = E-pasta adrese
field-password = Parole
field-password-hint = Vismaz 10 rakstzīmes. Labi der daži vārdi, kurus jūs atcerēsieties.
field-birth-date = Dzimšanas datums (nav obligāts)
field-birth-date-hint = Dažām aktivitātēm ir noteikts minimālais vecums. Dzimšanas datumu izmantojam tikai tā pārbaudei.
field-language = Valoda
field-current-password = Pašreizējā parole
field-new-password = Jaunā parole
field-password-confirm = Jūsu parole apstiprināšanai

account-title = Mans konts
account-platforms = Manas platformas
account-no-platforms = Jums vēl nav nevienas platformas.
account-language = Valoda
account-language-submit = Saglabāt valodu
account-password = Paroles maiņa
account-password-submit = Mainīt paroli
account-tokens = Lietotņu piekļuve
account-tokens-intro = Šīs atslēgas izmanto lietotnes un skripti, kas darbojas jūsu vārdā. Atsauciet tās, kuras vairs neizmantojat.
account-no-tokens = Nevienai lietotnei nav piekļuves.
account-token-revoked = atsaukta
account-token-revoke = Atsaukt
account-calendar = Kalendārs
account-calendar-intro = Jūsu apstiprinātās maiņas var parādīties kalendāra lietotnē, ko jau izmantojat tālrunī vai datorā. Abonējiet tajā savu privāto kalendāra saiti („pievienot kalendāru no tīmekļa adreses”): lietotne to pārbaudīs pati un rādīs jaunas maiņas, izmaiņas un atcelšanas.
account-calendar-link = Jūsu privātā kalendāra saite
account-calendar-link-hint = Nokopējiet to tagad savā kalendāra lietotnē. Jūsu drošības labad mēs to neglabājam, tāpēc nevarēsim to parādīt vēlreiz.
account-calendar-active = Jums ir privātā kalendāra saite. Ja to pazaudējāt, izveidojiet jaunu.
account-calendar-none = Jums vēl nav privātās kalendāra saites.
account-calendar-secret = Ikviens, kam ir šī saite, var redzēt jūsu maiņas, tāpēc nevienam to nedodiet. Ja tā nonākusi pie kāda cita, izveidojiet jaunu: vecā saite uzreiz pārstās darboties.
account-calendar-create = Izveidot manu privāto saiti
account-calendar-replace = Izveidot jaunu saiti
account-calendar-revoke = Izslēgt manu saiti
account-calendar-download = Lejupielādēt manas maiņas kalendāra failā
account-data = Mani dati
account-data-intro = Lejupielādējiet visu, ko šī platforma glabā par jums, failā, ko var nolasīt citas programmas.
account-data-download = Lejupielādēt manus datus
account-delete = Konta dzēšana
account-delete-intro = Jūsu vārds, e-pasta adrese un dzimšanas datums tiks dzēsti, un jūs vairs nevarēsiet pieteikties. Tas, ko jūs darījāt citu labā, paliks vēsturē, bet bez jūsu vārda. Šo darbību nevar atsaukt.
account-delete-submit = Dzēst manu kontu neatgriezeniski

notice-welcome = Laipni lūdzam! Jūsu konts ir gatavs.
notice-signed-out = Jūs izrakstījāties. Uz drīzu tikšanos!
notice-account-deleted = Jūsu konts ir dzēsts.
notice-password-changed = Jūsu parole ir nomainīta. Visur citur jūsu sesijas tika beigtas.
notice-language-changed = Jūsu valoda ir saglabāta.
notice-token-revoked = Atslēga ir atsaukta.
notice-calendar-created = Jūsu privātā kalendāra saite ir gatava: nokopējiet to tagad sadaļā „Kalendārs”.
notice-calendar-revoked = Jūsu privātā kalendāra saite ir izslēgta. Kalendāra lietotnes, kas to izmantoja, vairs nesaņems jūsu maiņas.

# Privātā kalendāra plūsma, ko nolasa kalendāra lietotnes.
error-unknown-calendar-feed = Šajā adresē nav kalendāra. Iespējams, saite ir izslēgta vai aizstāta ar jaunu.
problem-host-missing = Pieprasījumā nav norādīts, kurai vietnei tas paredzēts (galvene Host trūkst vai ir nepareiza).
account-birth-date = Dzimšanas datums
account-birth-date-submit = Saglabāt dzimšanas datumu
notice-birth-date-saved = Jūsu dzimšanas datums ir saglabāts.
sign-up-join = Pievienoties arī platformai { $platform }, lai pierakstītos tās aktivitātēm
