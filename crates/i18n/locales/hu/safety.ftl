## Állandó ajánlatok, köszönetek, letiltások, bejelentések és moderálás.

error-blocked = Önök közül az egyik letiltotta a másikat: ennek a személynek nem küldhet ajánlatot vagy üzenetet.
error-account-suspended = Ez a fiók fel van függesztve. Ha úgy gondolja, hogy ez tévedés, kérjük, vegye fel a kapcsolatot a webhelyet üzemeltető emberekkel.
error-platform-suspended = Ennek a platformnak a csapata itt felfüggesztette Önt: továbbra is olvashat, de nem kérhet és nem ajánlhat segítséget, nem jelentkezhet és nem írhat. Ha úgy gondolja, hogy ez tévedés, kérjük, vegye fel velük a kapcsolatot.
error-moderate-admin = A platform adminisztrátorait itt nem lehet figyelmeztetni vagy felfüggeszteni. A webhelyet üzemeltető emberek tudnak segíteni.
error-block-self = Saját magát nem tilthatja le.
error-report-kind-unknown = Válassza ki, mit jelent be: egy kérést, egy ajánlatot vagy egy üzenetet.
error-report-target-unknown = Itt nincs mit bejelenteni, vagy Ön nem láthatja.
error-moderation-action-unknown = Válasszon a műveletek közül: elrejtés, figyelmeztetés, felfüggesztés, visszaállítás vagy elvetés.
error-moderate-self = Saját magát nem figyelmeztetheti és nem függesztheti fel.
error-standing-km-out-of-range = Válasszon 1 és 10 km közötti távolságot.
error-request-not-completed = Akkor mondhat köszönetet, amikor a segítséget elvégzettnek jelölték.
error-taken-thanks = Ehhez a kéréshez már hagyott köszönetet.
error-unknown-standing-offer = Nincs ilyen állandó ajánlat.
error-unknown-block = Ezt a személyt nem tiltotta le.
error-category-in-use = Kérések vagy állandó ajánlatok használják ezt a kategóriát, ezért nem törölhető. Inkább nevezze át.

## Állandó ajánlatok
standing-title = Amiben segíteni tudok a szomszédaimnak
standing-intro = Mondja el egyszer, miben, hol és mely napokon tud segíteni. Ha egy szomszéd ehhez illő segítséget kér, szólunk Önnek. Senki sem látja, honnan indul.
standing-mine = Állandó ajánlataim
standing-none = Még nincs állandó ajánlata.
standing-withdraw = Ajánlat leállítása
standing-new = Új állandó ajánlat
standing-what = Miben tud segíteni?
standing-any-help = Bármilyen segítség
standing-every-day = Minden nap
standing-within = legfeljebb { $distance } távolságra
standing-days = Mely napokon?
standing-days-hint = Ha minden nap jó, ne jelöljön be semmit.
standing-km = Milyen messzire menne el, km-ben?
standing-km-hint = Legfeljebb 10 km. 1 km nagyjából 15 perc gyalog.
standing-point-hint = Ahonnan indul, például az otthona. Csak Ön látja.
standing-note = Néhány szó (nem kötelező)
standing-note-hint = Például: van autóm, vagy el tudok vinni nehéz szatyrokat.
standing-publish = Ajánlatom közzététele
standing-notice-published = Állandó ajánlatát közzétettük. Szólunk Önnek, ha illő kérés érkezik.
standing-notice-withdrawn = Állandó ajánlatát visszavonta.
help-page-standing-link = Amiben segíteni tudok a szomszédaimnak

## Köszönetek
thanks-title = Mondjon köszönetet
thanks-intro = A segítség megtörtént. Rövid, személyes üzenetet hagyhat a másik félnek.
thanks-label = Az Ön üzenete
thanks-submit = Köszönetem elküldése
thanks-received = Köszönő üzenetek

## Bejelentések
report-title = Probléma bejelentése
report-intro = Ezt jelenti be a platformot üzemeltető csapatnak: { $what }.
report-what-request = egy kérés
report-what-offer = egy ajánlat
report-what-message = egy üzenet
report-reason = Mi a probléma?
report-reason-hint = A csapat minden bejelentést elolvas. A bejelentett személy nem látja az Ön nevét.
report-submit = Bejelentés elküldése
report-sent = Köszönjük. A csapat megvizsgálja a bejelentését. Ha ez a személy zaklatja Önt, le is tilthatja.
report-link = Probléma bejelentése

## Letiltások
block-title = Személy letiltása
block-question = Letiltja őt: { $name }?
block-explained = A letiltás után ez a személy nem ajánlhat Önnek segítséget és nem írhat Önnek, és Ön sem ajánlhat neki segítséget és nem írhat neki. Erről nem kap értesítést.
block-submit = Igen, letiltom ezt a személyt
block-cancel = Nem, vissza
block-link = A személy letiltása
blocks-title = Általam letiltott személyek
blocks-intro = Az Ön által letiltott személyek nem ajánlhatnak Önnek segítséget és nem írhatnak Önnek.
blocks-none = Senkit sem tiltott le.
blocks-unblock = Letiltás feloldása
blocks-notice-blocked = Ez a személy le van tiltva.
blocks-notice-unblocked = Ez a személy már nincs letiltva.

## Moderálás
moderation-title = Moderálás
moderation-intro = A tagok bejelentései, a legrégebbiek elöl. Minden műveletet az Ön nevével és indoklásával naplózunk.
moderation-reports = Átnézendő bejelentések
moderation-empty = Nincs átnézendő bejelentés.
moderation-suspended = felfüggesztve
moderation-hidden = elrejtve
moderation-open-request = Kérés megnyitása
moderation-reported-by = Bejelentette: { $name }
moderation-reason = Indoklás
moderation-hide = Elrejtés
moderation-warn = A szerző figyelmeztetése
moderation-suspend = A szerző felfüggesztése
moderation-dismiss = Nincs probléma
moderation-reinstate = Felfüggesztés feloldása
moderation-log = Mit tett a csapat
moderation-log-empty = Még semmi.
moderation-log-when = Mikor
moderation-log-who = Ki
moderation-log-what = Mit
moderation-log-person = Személy
moderation-log-undo = Visszavonás
moderation-done-hide = tartalmat rejtett el
moderation-done-warn = figyelmeztetett
moderation-done-suspend = felfüggesztett
moderation-done-reinstate = felfüggesztést oldott fel
moderation-done-dismiss = bejelentést zárt le
moderation-notice-hide = A tartalom el van rejtve.
moderation-notice-warn = A szerzőt figyelmeztettük.
moderation-notice-suspend = A fiók fel van függesztve, és ki lett jelentkeztetve.
moderation-notice-reinstate = A felfüggesztés feloldva.
moderation-notice-dismiss = A bejelentés lezárva.
moderation-link = Moderálás
# Leaves the report form for the page the person was reading.
report-cancel = Vissza
