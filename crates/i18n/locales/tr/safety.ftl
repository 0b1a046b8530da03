## Sürekli teklifler, teşekkürler, engellemeler, bildirimler ve denetim.

error-blocked = Biriniz diğerini engellemiş: bu kişiye teklif ya da mesaj gönderemezsiniz.
error-account-suspended = Bu hesap askıya alındı. Bunun bir hata olduğunu düşünüyorsanız lütfen bu siteyi işleten kişilerle iletişime geçin.
error-platform-suspended = Bu platformun ekibi sizi burada askıya aldı: okumaya devam edebilirsiniz, ancak yardım isteyemez, yardım teklif edemez, kaydolamaz veya yazamazsınız. Bunun bir hata olduğunu düşünüyorsanız lütfen onlarla iletişime geçin.
error-moderate-admin = Platformun yöneticileri burada uyarılamaz veya askıya alınamaz. Siteyi işleten kişiler yardımcı olabilir.
error-block-self = Kendinizi engelleyemezsiniz.
error-report-kind-unknown = Neyi bildirdiğinizi seçin: bir talep, bir teklif ya da bir mesaj.
error-report-target-unknown = Burada bildirilecek bir şey yok ya da bunu göremiyorsunuz.
error-moderation-action-unknown = İşlemlerden birini seçin: gizle, uyar, askıya al, geri al ya da kapat.
error-moderate-self = Kendinizi uyaramaz ya da askıya alamazsınız.
error-standing-km-out-of-range = 1 ile 10 km arasında bir mesafe seçin.
error-request-not-completed = Yardım tamamlandı olarak işaretlendiğinde teşekkür edebilirsiniz.
error-taken-thanks = Bu talep için zaten bir teşekkür notu bıraktınız.
error-unknown-standing-offer = Böyle bir sürekli teklif yok.
error-unknown-block = Bu kişiyi engellemediniz.
error-category-in-use = Bu kategoriyi kullanan talepler ya da sürekli teklifler var, bu yüzden kaldırılamaz. Bunun yerine adını değiştirin.

## Sürekli teklifler
standing-title = Komşularım için neler yapabilirim
standing-intro = Neye, nerede ve hangi günlerde yardım edebileceğinizi bir kez söyleyin. Bir komşu uygun bir yardım istediğinde size haber veririz. Nereden yola çıktığınızı kimse görmez.
standing-mine = Sürekli tekliflerim
standing-none = Henüz sürekli bir teklifiniz yok.
standing-withdraw = Bu teklifi durdur
standing-new = Yeni bir sürekli teklif
standing-what = Neye yardım edebilirsiniz?
standing-any-help = Her türlü yardım
standing-every-day = Her gün
standing-within = { $distance } içinde
standing-days = Hangi günlerde?
standing-days-hint = Her gün için hiçbirini işaretlemeyin.
standing-km = Kaç km uzağa gidebilirsiniz?
standing-km-hint = En fazla 10 km. 1 km yaklaşık 15 dakikalık yürüyüştür.
standing-point-hint = Yola çıktığınız yer, örneğin eviniz. Bunu yalnızca siz görürsünüz.
standing-note = Birkaç söz (isteğe bağlı)
standing-note-hint = Örneğin: arabam var ya da ağır çanta taşıyabilirim.
standing-publish = Teklifimi yayınla
standing-notice-published = Sürekli teklifiniz yayınlandı. Uygun talepleri size haber vereceğiz.
standing-notice-withdrawn = Sürekli teklifiniz durduruldu.
help-page-standing-link = Komşularım için neler yapabilirim

## Teşekkürler
thanks-title = Teşekkür edin
thanks-intro = Yardım tamamlandı. Diğer kişiye kısa, özel bir not bırakabilirsiniz.
thanks-label = Notunuz
thanks-submit = Teşekkürümü gönder
thanks-received = Teşekkür notları

## Bildirimler
report-title = Bir sorun bildirin
report-intro = Bu platformu yöneten ekibe { $what } bildiriyorsunuz.
report-what-request = bir talep
report-what-offer = bir teklif
report-what-message = bir mesaj
report-reason = Sorun ne?
report-reason-hint = Ekip her bildirimi okur. Bildirdiğiniz kişi adınızı görmez.
report-submit = Bildirimi gönder
report-sent = Teşekkürler. Ekip bildiriminize bakacak. Bu kişi sizi rahatsız ediyorsa onu engelleyebilirsiniz de.
report-link = Bir sorun bildirin

## Engellemeler
block-title = Bir kişiyi engelleyin
block-question = { $name } engellensin mi?
block-explained = Engellendikten sonra bu kişi size yardım teklif edemez ya da yazamaz; siz de ona yardım teklif edemez ya da yazamazsınız. Kişiye bundan haber verilmez.
block-submit = Evet, bu kişiyi engelle
block-cancel = Hayır, geri dön
block-link = Bu kişiyi engelle
blocks-title = Engellediğim kişiler
blocks-intro = Engellediğiniz kişiler size yardım teklif edemez ya da yazamaz.
blocks-none = Kimseyi engellemediniz.
blocks-unblock = Engeli kaldır
blocks-notice-blocked = Bu kişi engellendi.
blocks-notice-unblocked = Bu kişinin engeli kaldırıldı.

## Denetim
moderation-title = Denetim
moderation-intro = Üyelerden gelen bildirimler, en eskisi önce. Her işlem adınız ve gerekçenizle kaydedilir.
moderation-reports = İncelenecek bildirimler
moderation-empty = İncelenecek bildirim yok.
moderation-suspended = askıya alındı
moderation-hidden = gizlendi
moderation-open-request = Talebi aç
moderation-reported-by = Bildiren: { $name }
moderation-reason = Gerekçe
moderation-hide = Gizle
moderation-warn = Yazarı uyar
moderation-suspend = Yazarı askıya al
moderation-dismiss = Sorun yok
moderation-reinstate = Askıyı kaldır
moderation-log = Ekibin yaptıkları
moderation-log-empty = Henüz bir şey yok.
moderation-log-when = Ne zaman
moderation-log-who = Kim
moderation-log-what = Ne
moderation-log-person = Kişi
moderation-log-undo = Geri al
moderation-done-hide = içerik gizledi
moderation-done-warn = uyardı
moderation-done-suspend = askıya aldı
moderation-done-reinstate = askıyı kaldırdı
moderation-done-dismiss = bir bildirimi kapattı
moderation-notice-hide = İçerik gizlendi.
moderation-notice-warn = Yazar uyarıldı.
moderation-notice-suspend = Hesap askıya alındı ve oturumu kapatıldı.
moderation-notice-reinstate = Askı kaldırıldı.
moderation-notice-dismiss = Bildirim kapatıldı.
moderation-link = Denetim
# Leaves the report form for the page the person was reading.
report-cancel = Geri
