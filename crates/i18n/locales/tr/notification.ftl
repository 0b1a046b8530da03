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
