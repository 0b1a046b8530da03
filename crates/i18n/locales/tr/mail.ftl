# Kayıtlar ve vardiyalarla ilgili e-postalar. Değişkenler: $name (alıcı), $title (fırsat),
# $organisation, $when (gün ve saatler, okuyucunun alışık olduğu biçimde yazılmış),
# $position (bekleme listesindeki sıra), $platform (platformun adı).

mail-greeting = Merhaba { $name },
mail-when = { $start } – { $end }
mail-place = Yer: { $address }
mail-signature = Yardımınız için teşekkürler!
mail-footer = Bu e-postayı, { $platform } üzerinde bir vardiyaya kaydolduğunuz için alıyorsunuz. Tüm bildirimleriniz hesabınızda.

mail-signup-confirmed-subject = Yeriniz hazır: { $title }
mail-signup-confirmed-body = { $organisation } ile “{ $title }” için yeriniz onaylandı: { $when }. Artık gelemeyecekseniz lütfen kaydınızı iptal edin, böylece yerinizi başka biri alabilir.

mail-signup-waitlisted-subject = Bekleme listesindesiniz: { $title }
mail-signup-waitlisted-body = { $organisation } ile “{ $title }” ({ $when }) şu an için dolu. Bekleme listesinde { $position }. sıradasınız; bir yer sizin olur olmaz size yazacağız.

mail-signup-promoted-subject = Sizin için bir yer açıldı: { $title }
mail-signup-promoted-body = Güzel haber: bir yer açıldı ve artık sizin. { $organisation } ile “{ $title }” için kaydınız onaylandı: { $when }.

mail-signup-removed-subject = Kaydınız kaldırıldı: { $title }
mail-signup-removed-body = { $organisation } koordinatörleri “{ $title }” ({ $when }) için kaydınızı kaldırdı. Bunun bir hata olduğunu düşünüyorsanız lütfen onlarla iletişime geçin.

mail-shift-changed-subject = Yeni zaman: { $title }
mail-shift-changed-body = { $organisation } ile “{ $title }” için kaydolduğunuz vardiya değişti. Yeni zamanı: { $when }. Bu size artık uymuyorsa lütfen kaydınızı iptal edin.

mail-shift-cancelled-subject = İptal edildi: { $title }
mail-shift-cancelled-body = { $organisation }, { $when } için planlanan “{ $title }” vardiyasını iptal etti. Gelmenize gerek yok. Yardıma hazır olduğunuz için teşekkür ederiz.

mail-shift-reminder-subject = Hatırlatma: { $title }
mail-shift-reminder-body = Dostça bir hatırlatma: sizi { $organisation } ile “{ $title }” için bekliyoruz: { $when }. Yine de gelemeyecekseniz lütfen kaydınızı iptal edin, böylece yerinizi başka biri alabilir.

## Komşu yardımı. Asla adres yazılmaz: bir e-posta her yerde okunabilir.
mail-help-signature = İyi bir komşu olduğunuz için teşekkürler!
mail-help-footer = Bu e-postayı, { $platform } üzerindeki komşu yardımına katıldığınız için alıyorsunuz. Tüm bildirimleriniz hesabınızda.
mail-offer-received-subject = Biri yardım teklif etti: { $title }
mail-offer-received-body = Bir komşunuz “{ $title }” talebinize yardım etmeyi teklif etti. Mesajını okumak için talebi açın ve size uyuyorsa teklifini kabul edin.
mail-offer-accepted-subject = Teklifiniz kabul edildi: { $title }
mail-offer-accepted-body = Güzel haber: “{ $title }” için yardım teklifiniz kabul edildi ({ $when }). Artık adresi görebilir ve talebin yazışmasında kişiye yazabilirsiniz.
mail-offer-declined-subject = Teklifiniz için teşekkürler: { $title }
mail-offer-declined-body = “{ $title }” için yardım teklif ettiğiniz için teşekkürler. Bu sefer talep başka bir yolla karşılandı, bu yüzden yardımınıza gerek kalmadı. İyiliğiniz fark edildi: başka komşular da yardım istiyor ve yardım edebileceğiniz birini bulmanızı umuyoruz.
mail-request-nearby-subject = Yakınınızdaki bir komşunun yardıma ihtiyacı var: { $title }
mail-request-nearby-body = Yeni bir talep, yapabileceğinizi söylediğiniz şeye uyuyor: “{ $title }” ({ $when }). Daha fazlasını görmek için açın ve yapabiliyorsanız yardım teklif edin.
mail-help-thanked-subject = “{ $title }” için bir teşekkür
mail-help-thanked-body = “{ $title }” konusunda yardım ettiğiniz ya da size yardım eden kişi size bir not bıraktı. Okumak için talebi açın.
mail-moderation-warning-subject = { $platform } ekibinden bir mesaj
mail-moderation-warning-body = { $platform } platformunu yöneten ekip yazdıklarınızı okudu ve katılım şeklinizi değiştirmenizi rica ediyor. Gerekçeleri: { $reason }. Bu tekrar olursa hesabınız askıya alınabilir.
mail-open-this = Buradan açabilirsiniz:
mail-message-received-subject = { $from } size “{ $title }” hakkında yazdı
mail-message-received-body = { $count ->
    [one] { $from } size “{ $title }” hakkında bir mesaj gönderdi. Mesajı { $platform } üzerinde okuyun ve yanıtlayın.
   *[other] { $from } size “{ $title }” hakkında { $count } yeni mesaj gönderdi. Mesajları { $platform } üzerinde okuyun ve yanıtlayın.
}
