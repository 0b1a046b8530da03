# Gönüllülük: fırsat bulma, bir fırsatın sayfası, vardiyalar ve kayıtlar,
# katılımcı listeleri, vardiyalarım, kuruluş panoları, beceriler ve alanlar.

## Fırsat bulma

opportunities-title = Yapacak bir şey bulun
opportunities-find = Yapacak bir şey bul
opportunities-filters = Filtreler
opportunities-more-filters = Daha fazla filtre: beceri, alan, dil, tarihler, yer
opportunities-any = Tümü
opportunities-sort-start = En yakın tarih önce
opportunities-sort-distance = En yakın yer önce
opportunities-search = Ara
opportunities-reset = Tüm filtreleri temizle
opportunities-results = Fırsatlar
opportunities-none = Henüz bu filtrelere uyan bir şey yok. Daha az filtre veya daha geniş bir bölge deneyin.
opportunities-fix-filters = Sonuçları görmek için lütfen yukarıdaki filtreleri düzeltin.
opportunities-distance = { $distance } uzaklıkta
opportunities-more-shifts = { $count ->
    [one] ve bir vardiya daha
   *[other] ve { $count } vardiya daha
}
opportunities-next-page = Sonraki sayfa
opportunities-list-title = Bizimle neler yapabilirsiniz
opportunities-none-published = Şu anda kaydolunabilecek bir şey yok.

field-search-words = Aranacak kelimeler
field-search-words-hint = Örneğin: gıda bankası, okuma, bahçe.
field-skill = Beceri
field-cause = Alan
field-spoken-language = Orada konuşulan dil
field-from-day = Başlangıç (gün)
field-to-day = Bitiş (gün)
field-near = Bu yerin yakınında
field-near-hint = Bir sokak, adres, posta kodu veya mahalle. Bir harita uygulamasından iki sayı da yazabilirsiniz, örneğin 51.05,3.72.
field-near-hint-no-places = Bir harita uygulamasından iki sayı, örneğin 51.05,3.72. Platform ekibi sokakları içe aktardığında bir sokak veya mahalle de yazabilirsiniz.
opportunities-near-place = { $place } yakınında.
opportunities-near-others = Ya da başka bir yerin yakınında:
error-place-not-found = Bu platformda bu adda bir yer yok. Bir sokak, posta kodu veya mahalle ya da bir harita uygulamasından iki sayı deneyin, örneğin 51.05,3.72.
field-within-km = En fazla uzaklık (km)
field-remote-only = Yalnızca evden yapabileceğim işler
field-sort = Sıralama

## Tek bir fırsat

opportunity-remote = Uzaktan: her yerden
opportunity-address-unknown = Yeri kuruluş tarafından netleştirilecek
opportunity-coordinator-tools = Koordinatör araçları
opportunity-edit = Düzenle
opportunity-skills = Beceriler
opportunity-causes = Alanlar
opportunity-languages = Orada konuşulan diller
opportunity-min-age = Yaş sınırı
opportunity-min-age-value = { $age } yaş
opportunity-accessibility = Erişilebilirlik
opportunity-where = Nerede
opportunity-shifts = Ne zaman
opportunity-not-open = Bu fırsat şu anda kayıt kabul etmiyor.
opportunity-sign-in-to-sign-up = Kaydolmak için giriş yapın
opportunity-join-first = Kaydolmak için bu platforma katılın. Ücretsizdir ve tek bir tıklama yeterlidir.
opportunity-ongoing = Belirli saatler yok: size ve kuruluşa uygun olduğunda yardım edin.
opportunity-ongoing-short = Sürekli, belirli saat yok
opportunity-no-upcoming = Şu anda planlanmış vardiya yok.
opportunity-dates-nav = Diğer tarihler
opportunity-earlier-dates = Önceki tarihler
opportunity-later-dates = Sonraki tarihler
opportunity-past-shifts = Geçmiş vardiyalar
opportunity-report-hours = Saatlerimi bildir
opportunity-report-hours-intro = Kuruluşa ne kadar süre yardım ettiğinizi bildirin. Bir koordinatör bunu onaylar.
opportunity-report-hours-submit = Bu saatleri bildir
opportunity-times-in-zone = Tarih ve saatler platformun saat dilimine göredir ({ $zone }).
opportunity-add-shift = Vardiya ekle
opportunity-add-shift-submit = Bu vardiyayı ekle
opportunity-add-series = Tekrarlanan vardiyalar ekle
opportunity-add-series-intro = Örneğin mart sonuna kadar her salı 14:00–17:00 arası. Her vardiya daha sonra ayrı ayrı değiştirilebilir.
opportunity-add-series-submit = Bu vardiyaları ekle
opportunity-status-draft = Taslak
opportunity-status-published = Yayında
opportunity-status-closed = Kapalı
opportunity-status-draft-hint = Yalnızca kuruluşunuz görür.
opportunity-status-published-hint = Herkes bulabilir ve kaydolabilir.
opportunity-status-closed-hint = Hâlâ görünür, ancak kimse kaydolamaz.
opportunity-new-title = Fırsat yayımla
opportunity-new-submit = Fırsatı kaydet
opportunity-edit-title = Fırsatı düzenle
opportunity-edit-submit = Değişiklikleri kaydet
opportunity-form-cancel = İptal

opportunity-notice-created = Fırsat kaydedildi. Şimdi insanların gelebileceği vardiyaları ekleyin.
opportunity-notice-saved = Değişiklikleriniz kaydedildi.
opportunity-notice-signed-up = Kaydoldunuz. Teşekkürler! Bir gün önce size bir hatırlatma gönderilecek.
opportunity-notice-waitlisted = Bu vardiya dolu: bekleme listesindesiniz. Bir yer açılırsa sizin olur ve size haber veririz.
opportunity-notice-left = Kaydınız iptal edildi.
opportunity-notice-shift-added = Vardiya eklendi.
opportunity-notice-series-added = Tekrarlanan vardiyalar eklendi.
opportunity-notice-shift-cancelled = Vardiya iptal edildi. Kaydolan herkese haber verilir.
opportunity-notice-hours-reported = Saatleriniz bildirildi. Bir koordinatör onaylayacak.

field-opportunity-title = Ne yapılması gerekiyor?
field-opportunity-title-hint = Birkaç kelime, örneğin: Gıda bankasında yiyecek ayırma.
field-opportunity-description = Gönüllülere daha fazlasını anlatın
field-skills = İşe yarayan beceriler
field-causes = Hizmet ettiği alanlar
field-languages = Orada konuşulan diller
field-languages-hint = Bir gönüllünün yerinde kullanabileceği dilleri işaretleyin.
field-min-age = Yaş sınırı (isteğe bağlı)
field-min-age-hint = Herkes yardım edebiliyorsa boş bırakın.
field-accessibility = Erişilebilirlik (isteğe bağlı)
field-accessibility-hint = Basamaklar, asansör, tuvaletler, otopark, toplu taşıma…
field-where = Nerede gerçekleşiyor?
field-where-place = Bir yerde
field-where-remote = Uzaktan: her yerden
field-where-place-hint = Bir yer için adresini ve haritadaki konumunu girin (sayıları bir harita uygulamasından kopyalayabilirsiniz).
field-address = Adres
field-latitude = Enlem
field-latitude-hint = Örneğin 51.0543
field-longitude = Boylam
field-longitude-hint = Örneğin 3.7174
field-status = Kimler görebilir?

## Vardiyalar

shift-when = { $start } – { $end }
shift-places-left = { $slots } yerden { $left ->
    [one] 1 yer kaldı
   *[other] { $left } yer kaldı
}
shift-full = Dolu
shift-waiting = { $count ->
    [one] Bekleme listesinde 1 kişi
   *[other] Bekleme listesinde { $count } kişi
}
shift-cancelled = İptal edildi
shift-sign-up = Kaydol
shift-join-waiting-list = Bekleme listesine katıl
shift-you-confirmed = Kaydoldunuz.
shift-you-waiting = Bekleme listesindesiniz, sıranız: { $position }.
shift-leave = Kaydımı iptal et
shift-cancel = Bu vardiyayı iptal et
shift-roster-link = Kimler geliyor
shift-weekday-1 = Pazartesi
shift-weekday-2 = Salı
shift-weekday-3 = Çarşamba
shift-weekday-4 = Perşembe
shift-weekday-5 = Cuma
shift-weekday-6 = Cumartesi
shift-weekday-7 = Pazar

field-shift-day = Gün
field-start-time = Başlangıç saati
field-end-time = Bitiş saati
field-slots = Yer sayısı
field-frequency = Ne sıklıkla?
field-frequency-weekly = Her hafta, aşağıda işaretlenen günlerde
field-frequency-daily = Her gün
field-weekdays = Haftanın günleri
field-weekdays-hint = Haftalık vardiyalar için. Hiçbiri işaretlenmezse ilk günün haftanın hangi günü olduğu kullanılır.
field-first-day = İlk gün
field-last-day = Son gün
field-except = Bu vardiyanın olmadığı günler (isteğe bağlı)
field-except-hint = Örneğin tatiller: 2026-12-25, 2027-01-01
field-hours-day = Gün
field-hours-minutes = Kaç dakika?
field-hours-minutes-hint = Bir buçuk saat için 90 yazın.
field-hours-note = Ne yaptınız? (isteğe bağlı)

## Bir vardiyanın katılımcı listesi

roster-title = Kimler geliyor
roster-fill = { $slots } yerden { $taken } tanesi dolu
roster-csv = Listeyi indir (CSV, elektronik tablo için)
roster-confirmed = Onaylananlar
roster-attendance-later = Vardiya başlamadan 30 dakika öncesinden itibaren kimlerin geldiğini işaretleyebilirsiniz.
roster-nobody = Henüz kimse kaydolmadı.
roster-attended = Geldi
roster-no-show = Gelmedi
roster-remove = Çıkar
roster-waiting = Bekleme listesi
roster-nobody-waiting = Bekleyen kimse yok.
roster-position = sıra { $position }
roster-ended = İptal edilenler
roster-cancelled = iptal etti
roster-removed = bir koordinatör tarafından çıkarıldı
roster-late = son anda
roster-erased-name = Eski bir üye
roster-edit-shift = Bu vardiyayı değiştir
roster-edit-hint = Zaten onaylanmış kişi sayısından az olamaz.
roster-edit-submit = Değişiklikleri kaydet
field-minutes = Dakika
roster-notice-attendance-saved = Katılım kaydedildi.
roster-notice-removed = Kayıt kaldırıldı. Bekleyen biri varsa yer artık sıradaki ilk kişinin.
roster-notice-shift-saved = Vardiya değiştirildi. Kaydolan herkese haber verilir.

## Vardiyalarım

my-shifts-nav = Vardiyalarım
my-shifts-title = Vardiyalarım
my-shifts-total = Verdiğim saatler:
my-shifts-calendar = Vardiyalarımı takvimime ekle
my-shifts-upcoming = Yaklaşanlar
my-shifts-none-upcoming = Yaklaşan hiçbir şeye kaydolmadınız.
my-shifts-recent = Son zamanlarda
my-shifts-none-recent = Son 30 günde hiçbir şey yok.
my-shifts-attended = Katıldınız: { $duration }
my-shifts-no-show = Gelmedi olarak işaretlendi
my-shifts-done = Tamamlandı
my-shifts-cancelled = İptal ettiniz
my-shifts-removed = Bir koordinatör tarafından çıkarıldı
my-shifts-reports = Bildirdiğim saatler
my-shifts-no-reports = Henüz hiç saat bildirmediniz.
my-shifts-report-pending = onay bekliyor
my-shifts-report-approved = onaylandı
my-shifts-report-declined = reddedildi
my-shifts-notice-cancelled = Kaydınız iptal edildi.

## Bir kuruluşun panosu

dashboard-link = Pano
dashboard-title = Pano
dashboard-publish = Fırsat yayımla
dashboard-figures = Rakamlarla
dashboard-upcoming-shifts = Yaklaşan vardiyalar
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Dolan yerler
dashboard-percent = %{ $percent }
dashboard-places = { $taken } / { $slots }
dashboard-no-places = Yaklaşan vardiyalarda yer yok
dashboard-hours-month = Bu ayki saatler
dashboard-hours-total = Toplam saat
dashboard-upcoming = Yaklaşanlar
dashboard-no-upcoming = Planlanmış vardiya yok.
dashboard-fill = { $slots } yerden { $taken } tanesi dolu{ $waiting ->
    [0] {""}
   *[other] , { $waiting } kişi bekliyor
}
dashboard-opportunities = Fırsatlarımız
dashboard-no-opportunities = Henüz hiçbir şey yayımlamadınız.
dashboard-reports = Onaylanacak saatler
dashboard-no-reports = Onayınızı bekleyen saat yok.
dashboard-approve = Onayla
dashboard-decline = Reddet
dashboard-notice-report-approved = Saatler onaylandı.
dashboard-notice-report-declined = Saatler reddedildi.
dashboard-notice-report-decided-before = Bu saatler hakkında başka biri zaten karar vermişti.

## Beceriler ve alanlar

terms-link = Beceriler ve alanlar
terms-title = Beceriler ve alanlar
terms-skills = Beceriler
terms-causes = Alanlar
terms-empty = Liste boş.
terms-rename = Yeniden adlandır
terms-remove = Kaldır
terms-add = Beceri veya alan ekle
terms-add-submit = Ekle
terms-kind-skill = Beceri
terms-kind-cause = Alan
terms-notice-added = Eklendi.
terms-notice-renamed = Yeniden adlandırıldı.
terms-notice-removed = Kaldırıldı.
field-term-kind = Hangi liste?
field-term-code = Kod
field-term-code-hint = Programlar için kısa ve sabit bir ad: first-aid gibi, 2 ile 40 arasında küçük harf, rakam ve kısa çizgi.

# Okurun alıştığı biçimde bir süre ("1 sa 15 dk"); $hours ve $minutes biçimlendirilmiş olarak gelir.
duration-minutes = { $minutes } dk
duration-hours = { $hours } sa
duration-hours-minutes = { $hours } sa { $minutes } dk
# A shift that has started and not yet ended.
shift-happening-now = Şu anda sürüyor
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Doğum tarihimi ekle
terms-intro-languages = Fırsatlar bu listelerdeki öğelerle sınıflandırılır ve kullanıcılar bunlara göre filtreleme yapar. Her öğenin İngilizce bir adı vardır; buradaki insanların okuduğu dillerde de ona ad verin.
field-term-english = İngilizce ad
terms-names-link = Diğer dillerdeki adlar
terms-names-title = “{ $name }” öğesinin adları
terms-names-intro = Bu öğeye, buradaki insanların okuduğu her dilde bir ad verin. Bir dilde ad yoksa o dilin okurları adı platformun dilinde ({ $language }), o da yoksa İngilizce görür. Varsayılan öğeler, İngilizce adları değiştirilmediği sürece zaten her dilde okunur.
terms-names-other-languages = Diğer diller
terms-names-submit = Adları kaydet
terms-add-name-in = Ad (dil: { $language }, isteğe bağlı)
terms-add-name-hint = Diğer dillerdeki adları daha sonra verebilirsiniz.
terms-notice-named = Adlar kaydedildi.
error-term-name-english = İngilizce ad kendi alanına yazılır.
roster-came = { $name } geldi
roster-attendance-how = Herkes, vardiyanın dakikalarıyla birlikte geldi olarak işaretlidir. Gelmeyenlerin işaretini kaldırın, gereken yerlerde dakikaları değiştirin, sonra bir kez kaydedin.
roster-save-all = Katılımı kaydet
error-attendance-minutes-out-of-range = Dakikaları 0 ile vardiya süresinin 12 saat fazlası arasında bir tam sayı olarak girin.
error-too-many-marks = Tek seferde en fazla 1.000 kişinin katılımını gönderin.
opportunity-create-account = Hesap oluştur
opportunity-notice-welcome = Hoş geldiniz! Hesabınız hazır: kaydolmak için aşağıdan bir vardiya seçin.
signup-cancel-title = Yerinizden vazgeçmek istiyor musunuz?
signup-cancel-question = “{ $title }” ({ $when }) için yerinizden vazgeçmek istiyor musunuz?
signup-cancel-hint = Yeriniz bekleyen ilk kişiye geçer ya da yeniden boşa çıkar. Yer kaldığı sürece yeniden kaydolabilirsiniz.
signup-cancel-confirm = Evet, yerimden vazgeçiyorum
signup-cancel-keep = Hayır, yerimi koruyorum
roster-remove-title = Bu vardiyadan birini çıkarmak istiyor musunuz?
roster-remove-question = { $name } adlı kişiyi “{ $title }” ({ $when }) vardiyasından çıkarmak istiyor musunuz?
roster-remove-hint = Kişiye haber verilir ve yeri bekleyen ilk kişiye geçer.
roster-remove-confirm = Evet, { $name } adlı kişiyi çıkar
roster-remove-keep = Hayır, listede kalsın
