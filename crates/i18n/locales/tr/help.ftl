# Komşu yardımı: talepler, teklifler, özel yazışmalar ve tamamlama.

error-category-unknown = Bu platformun yardım kategorilerinden birini seçin.
error-window-ends-before-start = Zaman aralığının bitişi, başlangıcından sonra olmalıdır.
error-phone-malformed = 6 ile 15 haneli bir telefon numarası girin, örneğin +32 470 12 34 56.
error-within-km-out-of-range = Mesafe 0'dan büyük ve en fazla 25 km olmalıdır.
error-help-minutes-out-of-range = Dakika en az 1 olmalı ve talebin zaman aralığını aşmamalıdır.
error-request-closed = Bu talep zaten sona erdi.
error-request-not-open = Bu talep artık teklif kabul etmiyor.
error-request-not-accepted = Bu talep için henüz hiçbir teklif kabul edilmedi.
error-taken-offer = Bu talebe zaten yardım teklif ettiniz.
error-taken-completed = Bu talep zaten tamamlandı olarak işaretlendi.
error-unknown-request = Bu talep mevcut değil.
error-unknown-offer = Bu teklif mevcut değil veya artık açık değil.
error-unknown-category = Bu yardım kategorisi mevcut değil.

## Komşu yardımı sayfaları.

help-page-nav = Komşu yardımı
help-page-platform-link = Komşu yardımı
help-page-list-title = Komşu yardımı
help-page-list-intro = Komşular küçük işlerde birbirine yardım eder. Yardım isteyin ya da yardımınızı teklif edin.
help-page-ask-button = Yardım isteyin
help-page-mine-link = Taleplerim ve tekliflerim
help-page-filters = Hangi taleplerin gösterileceğini seçin
help-page-field-category-filter = Yardım türü
help-page-any-category = Her türlü yardım
help-page-field-distance = Ne kadar uzakta
help-page-within = { $distance } içinde
help-page-show = Göster
help-page-results = Talepler
help-page-none = Şu anda bu tür yardım isteyen kimse yok.
help-page-fix-filters = Talepleri görmek için yukarıdaki seçimlerinizi değiştirin.
help-page-next-page = Daha fazla talep
help-page-distance = yaklaşık { $distance } uzakta
help-page-area = { $lat }, { $lon } çevresindeki bölge
help-page-area-unknown = Bölge bilinmiyor
help-page-asked-on = { $date } tarihinde istendi

help-page-status-open = Yardım edecek birini bekliyor
help-page-status-accepted = Yardım edecek kişi seçildi
help-page-status-completed = Tamamlandı
help-page-status-cancelled = İptal edildi
help-page-offer-open = Yardım teklif ettiniz. Yanıt bekleniyor.
help-page-offer-accepted = Teklifiniz kabul edildi.
help-page-offer-declined = Bu sefer başka biri yardım ediyor.
help-page-offer-line-open = Yanıtınızı bekliyor
help-page-offer-line-accepted = Kabul edildi
help-page-offer-line-declined = Seçilmedi

help-page-when = Ne zaman
help-page-where = Nerede
help-page-address-private = Tam adres yalnızca seçilen yardımcıyla paylaşılır.
help-page-exact-point = Haritadaki nokta: { $point }
help-page-requester = İsteyen
help-page-on-behalf = Kimin için
help-page-consent = { $by } tarafından { $date } tarihinde onaylandı ({ $how })
help-page-helper = Yardım eden
help-page-time-given = Verilen zaman
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
}
help-page-erased-name = Eski üye
help-page-messages-link = Mesajlar
help-page-sign-in-to-offer = Yardım teklif etmek için giriş yapın
help-page-join-first = Yardım teklif etmek için bu platforma katılın.
help-page-offer-title = Yardım teklif edin
help-page-field-offer-message = Kısa bir mesaj (boş bırakabilirsiniz)
help-page-field-offer-message-hint = Örneğin: ne zaman gelebileceğiniz.
help-page-offer-submit = Yardım teklif et
help-page-offers-title = Yardım teklif eden kişiler
help-page-no-offers = Henüz teklif yok. Biri yardım teklif ettiğinde size haber vereceğiz.
help-page-accept = Kabul et
help-page-done-title = Tamamlandı olarak işaretle
help-page-done-intro = Yardım tamamlandı mı? Ne kadar sürdüğünü yazın. Size yardım eden kişi bu süreyi kredi olarak alır.
help-page-field-minutes = Kaç dakika sürdü?
help-page-field-minutes-hint = 1 ile { $max } dakika arası. 60 dakika bir saattir.
help-page-done-submit = Tamamlandı olarak işaretle
help-page-cancel-link = Talebimi iptal et
help-page-cancel-title = Talebimi iptal et
help-page-cancel-question = “{ $title }” talebini iptal etmek istiyor musunuz?
help-page-cancel-hint = Yardım teklif eden kişiler artık yardıma ihtiyacınız olmadığını görecek.
help-page-cancel-confirm = Evet, iptal et
help-page-cancel-keep = Hayır, kalsın

help-page-ask-title = Yardım isteyin
help-page-join-to-ask = Yardım istemek için bu platforma katılın.
help-page-question-category = Ne konuda yardıma ihtiyacınız var?
help-page-next = İleri
help-page-chosen-category = İstediğiniz: { $category }
help-page-change-category = Değiştir
help-page-section-what = Ne
help-page-field-title = Birkaç kelimeyle
help-page-field-title-hint = Örneğin: Köşedeki bakkaldan alışveriş
help-page-field-description = Biraz daha anlatın
help-page-field-description-hint = Neye ihtiyaç olduğu ve yardım edecek kişinin bilmesi gereken her şey.
help-page-section-where = Nerede
help-page-where-private = Adresi yalnızca seçtiğiniz yardımcı görür. Diğerleri yalnızca bölgeyi görür.
help-page-field-address = Adres
help-page-place-hint = Haritadaki yer, yakındaki komşuların talebinizi bulmasına yardımcı olur. İki sayıyı bir harita uygulamasından kopyalayabilirsiniz.
help-page-use-my-position = Şu anki konumumu kullan
help-page-position-failed = Konumunuz bulunamadı. Lütfen sayıları kendiniz yazın.
help-page-section-when = Ne zaman
help-page-field-from-day = Başlangıç (gün)
help-page-field-from-time = Başlangıç (saat)
help-page-field-until-day = Bitiş (gün)
help-page-field-until-time = Bitiş (saat)
help-page-on-behalf-summary = Başka biri için yardım istiyorum
help-page-on-behalf-intro = Bunu yalnızca başka bir kişi için, onun onayıyla yardım istiyorsanız doldurun.
help-page-field-on-behalf-name = Kişinin adı
help-page-field-on-behalf-phone = Kişinin telefon numarası
help-page-field-on-behalf-phone-hint = Örneğin +32 470 12 34 56
help-page-field-consent-given-by = Kim onay verdi?
help-page-field-consent-given-by-hint = Kişinin kendisi ya da onun adına karar vermeye yetkili biri.
help-page-field-consent-day = Onay ne zaman verildi?
help-page-field-consent-how = Onay nasıl verildi?
help-page-field-consent-how-hint = Örneğin: telefonla, yüz yüze, yazılı olarak.
help-page-ask-submit = Yardım iste
help-page-ask-cancel = Geri

help-page-messages-title = Mesajlar
help-page-messages-with = { $name } ile
help-page-messages-private = Bu mesajları yalnızca siz ikiniz okuyabilirsiniz.
help-page-no-messages = Henüz mesaj yok.
help-page-message-erased = (mesaj silindi)
help-page-write-title = Mesaj yazın
help-page-field-message = Mesajınız
help-page-send = Gönder
help-page-back-to-request = Talebe geri dön

help-page-mine-title = Taleplerim ve tekliflerim
help-page-mine-requests = İstediklerim
help-page-mine-no-requests = Henüz yardım istemediniz.
help-page-mine-offers = Yardım teklif ettiklerim
help-page-mine-no-offers = Henüz yardım teklif etmediniz.
help-page-mine-see-offers = Kimlerin yardım teklif ettiğini görün
help-page-mine-talk-and-finish = Yardımcınıza yazın ya da tamamlandı olarak işaretleyin
help-page-mine-talk = Mesaj yazın
help-page-mine-offer-done = Yardım ettiniz. Teşekkürler!

help-page-notice-asked = Talebiniz yayında. Biri yardım teklif ettiğinde size haber vereceğiz.
help-page-notice-offered = Teşekkürler! Kişi teklifinizi görecek.
help-page-notice-accepted = Teklifi kabul ettiniz. Yardımcınız artık adresi görebilir.
help-page-notice-cancelled = Talebiniz iptal edildi.
help-page-notice-completed = Tamamlandı! Yardımcınız bu süreyi kredi olarak aldı.
help-page-notice-sent = Mesajınız gönderildi.
