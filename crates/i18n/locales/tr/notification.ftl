# Uygulama içi bildirimler ve platformu yürütenler için giden kutusu sayfası.

nav-notifications = Bildirimler
nav-notifications-unread = { $count ->
    [one] 1 okunmamış
   *[other] { $count } okunmamış
}

notifications-title = Bildirimler
notifications-intro = Kayıtlarınız ve vardiyalarınızla ilgili gelişmeler, en yenisi önce.
notifications-empty = Henüz bir şey yok. Kayıtlarınızda bir şey değiştiğinde burada bulacaksınız.
notifications-new = Yeni

notification-signup-confirmed = “{ $title }” ({ $when }) için yeriniz onaylandı.
notification-signup-waitlisted = “{ $title }” ({ $when }) için bekleme listesinde { $position }. sıradasınız.
notification-signup-promoted = Bir yer açıldı: “{ $title }” ({ $when }) için kaydınız artık onaylandı.
notification-signup-removed = Koordinatörler “{ $title }” ({ $when }) için kaydınızı kaldırdı.
notification-shift-changed = “{ $title }” vardiyası değişti. Yeni zamanı: { $when }.
notification-shift-cancelled = “{ $title }” ({ $when }) vardiyası iptal edildi.
notification-shift-reminder = Hatırlatma: sizi “{ $title }” için bekliyoruz, { $when }.
notification-other = Kayıtlarınızda bir şey değişti.

outbox-title = Giden kutusu
outbox-intro = { $platform } tarafından gönderilen her e-posta burada saklanır. “Gönderilmedi” olarak işaretlenen e-postalar, yapılandırılmış bir e-posta sunucusu olmadığı için bekliyor: onları burada okuyun ve gerekirse iletin.
outbox-empty = Henüz e-posta yok.
outbox-to = Alıcı
outbox-written = Yazılma zamanı
outbox-status = Durum
outbox-sent = Gönderildi
outbox-not-sent = Gönderilmedi
outbox-read = E-postayı oku
notification-offer-received = Biri “{ $title }” için yardım teklif etti.
notification-offer-accepted = “{ $title }” için yardım teklifiniz kabul edildi.
notification-offer-declined = “{ $title }” için yardım teklif ettiğiniz için teşekkürler: bu sefer başka bir yolla karşılandı.
notification-request-nearby = Yakınınızdaki bir komşunun yardıma ihtiyacı var: “{ $title }”.
notification-help-thanked = “{ $title }” için bir teşekkür aldınız.
notification-moderation-warning = { $platform } ekibi size bir uyarı gönderdi: { $reason }
outbox-filter-recipient = Alıcının adresi
outbox-filter-submit = Göster
outbox-state-all = Tüm e-postalar
outbox-none-match = Eşleşen e-posta yok. Adresin bir kısmını ya da tüm e-postaları deneyin.
outbox-older = Daha eski e-postalar
outbox-site-title = Hesaplarla ilgili e-postalar
outbox-site-intro = Yeni şifre seçme bağlantısı gibi doğrudan kişilerin hesaplarıyla ilgili e-postalar hiçbir platforma ait değildir. E-posta sunucusu yoksa burada beklerler. Böyle bir e-postadaki bağlantı, e-postanın yazıldığı hesabı açar: onu yalnızca hesabın sahibine iletin.
error-outbox-state-unknown = Tüm e-postaları, gönderilenleri ya da gönderilmeyenleri seçin.
outbox-filters = E-posta bul
notification-message-received = { $count ->
    [one] { $from } size “{ $title }” hakkında bir mesaj gönderdi.
   *[other] { $from } size “{ $title }” hakkında { $count } yeni mesaj gönderdi.
}
