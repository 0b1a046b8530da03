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

## Vārds, tālrunis un e-pasta adrese konta lapā
account-details = Jūsu vārds un tālrunis
account-details-submit = Saglabāt vārdu un tālruni
field-phone = Tālruņa numurs (nav obligāts)
field-phone-hint = To redz tikai to maiņu koordinatori, kurām jūs pierakstāties, lai varētu sazināties ar jums par maiņu.
notice-details-saved = Jūsu vārds un tālruņa numurs ir saglabāti.
account-email = E-pasta adrese
account-email-current = Jūs piesakāties ar { $email }.
account-email-unconfirmed = Šī adrese vēl nav apstiprināta. Atveriet saiti, ko uz to nosūtījām: līdz tam mēs nevaram jums sūtīt nekādas vēstules.
account-email-pending = Jūs lūdzāt nomainīt adresi uz { $email }. Atveriet saiti, ko nosūtījām uz turieni; līdz tam jūs joprojām piesakāties ar pašreizējo adresi.
account-email-resend = Sūtīt saiti vēlreiz
account-email-have-code = Man ir kods no vēstules
account-email-change = Mainīt manu e-pasta adresi
account-email-how = Mēs nosūtām saiti uz jauno adresi. Tā aizstās pašreizējo tikai tad, kad atvērsiet šo saiti.
field-new-email = Jaunā e-pasta adrese
field-email-password = Jūsu parole apstiprināšanai
account-email-submit = Sūtīt saiti
notice-email-link-sent = Mēs jums nosūtījām saiti. Atveriet to savā pastkastītē, lai apstiprinātu adresi.
notice-email-confirmed = Jūsu e-pasta adrese ir apstiprināta.
banner-email-unconfirmed = Lūdzu, apstipriniet savu e-pasta adresi { $email }: atveriet saiti, ko jums nosūtījām. Līdz tam mēs nevaram jums sūtīt nekādas vēstules.
banner-email-unconfirmed-link = Nesaņēmāt?

## Adreses apstiprināšana ar vēstulē saņemto saiti
email-confirm-title = Apstipriniet savu e-pasta adresi
email-confirm-text = Vai { $email } ir jūsu adrese? Nospiediet pogu, lai to apstiprinātu: jūsu konts to izmantos pieteikšanās un vēstuļu sūtīšanai.
email-confirm-submit = Jā, apstiprināt manu adresi
field-confirm-code = Kods no vēstules
field-confirm-code-hint = Ielīmējiet garo kodu no vēstules, ko jums nosūtījām.
email-confirmed-title = Jūsu adrese ir apstiprināta
email-confirmed-text = No šī brīža mēs sūtām jūsu vēstules uz { $email }, un jūs piesakāties ar šo adresi.
email-confirmed-continue = Turpināt
email-confirm-expired-title = Šī saite vairs nedarbojas
email-confirm-expired-text = Adreses apstiprināšanas saite darbojas vienu reizi un tikai { $days } dienas. Palūdziet jaunu savā konta lapā: tas aizņem minūti.
email-confirm-ask-again = Lūgt jaunu saiti
email-confirm-taken-title = Šī adrese jau tiek izmantota
email-confirm-taken-text = Adresi { $email } tagad izmanto cits konts, tāpēc tā nevar būt arī jūsu. Jūsu kontam paliek iepriekšējā adrese.

## Vēstule ar saiti
mail-confirm-subject = Apstipriniet savu e-pasta adresi
mail-confirm-body = Laipni lūdzam Entraide! Lai pa e-pastu saņemtu ziņas par savām maiņām un kaimiņu lūgumiem, apstipriniet, ka šī adrese ir jūsu.
mail-confirm-new-body = Jūs lūdzāt izmantot šo adresi savam Entraide kontam. Apstipriniet to, lai pieteiktos ar to un saņemtu savas vēstules šeit.
mail-confirm-link = Lai to apstiprinātu, 7 dienu laikā atveriet šo saiti:
mail-confirm-code = Lai to apstiprinātu, piesakieties vietnē, atveriet „Mans konts”, izvēlieties „Man ir kods no vēstules” un 7 dienu laikā ielīmējiet šo kodu:
mail-confirm-ignore = Ja jūs to nelūdzāt, varat šo vēstuli neņemt vērā: nekas nemainīsies.
mail-confirm-footer = Jūs saņemat šo vēstuli, jo šī adrese tika norādīta kontam platformā Entraide.

## Vēstule uz adresi, ko konts vairs neizmanto
mail-email-changed-subject = Jūsu e-pasta adrese ir mainīta
mail-email-changed-body = Jūsu Entraide konts vairs neizmanto { $previous }: no šī brīža jūs piesakāties ar { $email }, un jūsu vēstules tiek sūtītas uz turieni.
mail-email-changed-not-you = Ja to neizdarījāt jūs, iespējams, kāds cits izmanto jūsu kontu. Nekavējoties rakstiet savas platformas komandai: tā var palīdzēt jums atgūt kontu.
mail-email-changed-footer = Jūs saņemat šo vēstuli, jo šī adrese piederēja kontam platformā Entraide.
