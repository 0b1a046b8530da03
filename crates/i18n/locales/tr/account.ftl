# Kayıt olma, giriş ve çıkış; hesap sayfası.

sign-up-title = Hesabınızı oluşturun
sign-up-intro = Yalnızca bir dakikanızı alır. Sadece ihtiyacımız olan bilgileri istiyoruz.
sign-up-submit = Hesabımı oluştur
sign-up-have-account = Zaten hesabınız var mı?
sign-in-title = Giriş yap
sign-in-submit = Giriş yap
sign-in-no-account = Buraya ilk kez mi geliyorsunuz?

field-display-name = Adınız
field-display-name-hint = Diğer kişilerin göreceği ad.
field-email = E-posta adresi
field-password = Şifre
field-password-hint = En az 10 karakter. Kolayca hatırlayacağınız birkaç kelime iyi bir seçimdir.
field-birth-date = Doğum tarihi (isteğe bağlı)
field-birth-date-hint = Bazı etkinliklerde yaş sınırı vardır. Bu bilgiyi yalnızca bunu kontrol etmek için kullanırız.
field-language = Dil
field-current-password = Mevcut şifre
field-new-password = Yeni şifre
field-password-confirm = Onay için şifreniz

account-title = Hesabım
account-platforms = Platformlarım
account-no-platforms = Henüz hiçbir platforma katılmadınız.
account-language = Dil
account-language-submit = Dili kaydet
account-password = Şifreyi değiştir
account-password-submit = Şifreyi değiştir
account-tokens = Uygulama erişimi
account-tokens-intro = Sizin adınıza işlem yapan uygulamalar ve betikler bu anahtarları kullanır. Artık kullanmadıklarınızı iptal edin.
account-no-tokens = Hiçbir uygulamanın erişimi yok.
account-token-revoked = iptal edildi
account-token-revoke = İptal et
account-calendar = Takvim
account-calendar-intro = Onaylanmış vardiyalarınız, telefonunuzda veya bilgisayarınızda zaten kullandığınız takvim uygulamasında görünebilir. Orada özel takvim bağlantınıza abone olun (“web adresinden takvim ekle”): uygulama bağlantıyı kendisi kontrol eder ve yeni vardiyaları, değişiklikleri ve iptalleri gösterir.
account-calendar-link = Özel takvim bağlantınız
account-calendar-link-hint = Bağlantıyı şimdi takvim uygulamanıza kopyalayın. Güvenliğiniz için onu saklamıyoruz, bu yüzden tekrar gösteremeyiz.
account-calendar-active = Özel bir takvim bağlantınız var. Kaybettiyseniz yenisini oluşturun.
account-calendar-none = Henüz özel bir takvim bağlantınız yok.
account-calendar-secret = Bağlantıya sahip olan herkes vardiyalarınızı görebilir, bu yüzden onu kimseyle paylaşmayın. Başka biri ele geçirdiyse yenisini oluşturun: eski bağlantı hemen çalışmaz hâle gelir.
account-calendar-create = Özel bağlantımı oluştur
account-calendar-replace = Yeni bağlantı oluştur
account-calendar-revoke = Bağlantımı kapat
account-calendar-download = Vardiyalarımı takvim dosyası olarak indir
account-data = Verilerim
account-data-intro = Bu platformun sizinle ilgili sakladığı her şeyi, başka programların okuyabileceği bir dosya olarak indirin.
account-data-download = Verilerimi indir
account-delete = Hesabımı sil
account-delete-intro = Adınız, e-posta adresiniz ve doğum tarihiniz silinir ve artık giriş yapamazsınız. Başkaları için yaptıklarınız, adınız olmadan geçmişte kalır. Bu işlem geri alınamaz.
account-delete-submit = Hesabımı kalıcı olarak sil

notice-welcome = Hoş geldiniz! Hesabınız hazır.
notice-signed-out = Çıkış yaptınız. Görüşmek üzere!
notice-account-deleted = Hesabınız silindi.
notice-password-changed = Şifreniz değiştirildi. Diğer tüm oturumlarınız kapatıldı.
notice-language-changed = Diliniz kaydedildi.
notice-token-revoked = Anahtar iptal edildi.
notice-calendar-created = Özel takvim bağlantınız hazır: şimdi Takvim bölümünden kopyalayın.
notice-calendar-revoked = Özel takvim bağlantınız kapatıldı. Onu kullanan takvim uygulamaları artık vardiyalarınızı almayacak.

# Takvim uygulamalarının okuduğu özel takvim akışı.
error-unknown-calendar-feed = Bu adreste bir takvim yok. Bağlantı kapatılmış veya değiştirilmiş olabilir.
problem-host-missing = İstek, hangi site için olduğunu belirtmiyor (Host başlığı eksik veya hatalı biçimlendirilmiş).
account-birth-date = Doğum tarihi
account-birth-date-submit = Doğum tarihini kaydet
notice-birth-date-saved = Doğum tarihiniz kaydedildi.

## Hesap sayfasında ad, telefon ve e-posta adresi
account-details = Adınız ve telefonunuz
account-details-submit = Adı ve telefonu kaydet
field-phone = Telefon numarası (isteğe bağlı)
field-phone-hint = Bunu yalnızca kaydolduğunuz vardiyaların koordinatörleri görür; bir vardiyayla ilgili size ulaşabilmeleri için.
notice-details-saved = Adınız ve telefon numaranız kaydedildi.
account-email = E-posta adresi
account-email-current = { $email } ile giriş yapıyorsunuz.
account-email-unconfirmed = Bu adres henüz onaylanmadı. Bu adrese gönderdiğimiz bağlantıyı açın: o zamana kadar size hiç e-posta gönderemeyiz.
account-email-pending = Bunun yerine { $email } adresini kullanmak istediniz. Oraya gönderdiğimiz bağlantıyı açın; o zamana kadar mevcut adresinizle giriş yapmaya devam edersiniz.
account-email-resend = Bağlantıyı yeniden gönder
account-email-have-code = E-postadan gelen bir kodum var
account-email-change = E-posta adresimi değiştir
account-email-how = Yeni adrese bir bağlantı göndeririz. Yeni adres, mevcut adresin yerini ancak o bağlantıyı açtığınızda alır.
field-new-email = Yeni e-posta adresi
field-email-password = Onay için şifreniz
account-email-submit = Bağlantıyı gönder
notice-email-link-sent = Size bir bağlantı gönderdik. Adresi onaylamak için bağlantıyı e-posta kutunuzdan açın.
notice-email-confirmed = E-posta adresiniz onaylandı.
banner-email-unconfirmed = Lütfen { $email } e-posta adresinizi onaylayın: size gönderdiğimiz bağlantıyı açın. O zamana kadar size hiç e-posta gönderemeyiz.
banner-email-unconfirmed-link = Gelmedi mi?

## E-postayla gelen bağlantıyla bir adresi onaylama
email-confirm-title = E-posta adresinizi onaylayın
email-confirm-text = { $email } sizin adresiniz mi? Onaylamak için düğmeye basın: hesabınız bu adresi giriş yapmak ve e-postalar için kullanacak.
email-confirm-submit = Evet, adresimi onayla
field-confirm-code = E-postadaki kod
field-confirm-code-hint = Size gönderdiğimiz e-postadaki uzun kodu yapıştırın.
email-confirmed-title = Adresiniz onaylandı
email-confirmed-text = Bundan sonra e-postalarınızı { $email } adresine gönderiyoruz ve bu adresle giriş yapıyorsunuz.
email-confirmed-continue = Devam et
email-confirm-expired-title = Bu bağlantı artık çalışmıyor
email-confirm-expired-text = Bir adresi onaylama bağlantısı yalnızca bir kez ve { $days } gün boyunca çalışır. Hesap sayfanızdan yenisini isteyin: bir dakikanızı alır.
email-confirm-ask-again = Yeni bağlantı iste
email-confirm-taken-title = Bu adres zaten kullanılıyor
email-confirm-taken-text = { $email } adresini artık başka bir hesap kullanıyor, bu yüzden sizin de olamaz. Hesabınız önceki adresini korur.

## Bağlantıyı içeren e-posta
mail-confirm-subject = E-posta adresinizi onaylayın
mail-confirm-body = Entraide'e hoş geldiniz! Vardiyalarınız ve komşularınızın talepleriyle ilgili haberleri e-postayla almak için bu adresin size ait olduğunu onaylayın.
mail-confirm-new-body = Bu adresi Entraide hesabınız için kullanmak istediniz. Bu adresle giriş yapmak ve e-postalarınızı buraya almak için adresi onaylayın.
mail-confirm-link = Onaylamak için bu bağlantıyı 7 gün içinde açın:
mail-confirm-code = Onaylamak için sitede giriş yapın, “Hesabım” sayfasını açın, “E-postadan gelen bir kodum var” seçeneğini seçin ve bu kodu 7 gün içinde yapıştırın:
mail-confirm-ignore = Bunu siz istemediyseniz bu e-postayı yok sayabilirsiniz: hiçbir şey değişmez.
mail-confirm-footer = Bu e-postayı, bu adres Entraide'de bir hesap için verildiğinden alıyorsunuz.

## Bir hesabın artık kullanmadığı adrese giden e-posta
mail-email-changed-subject = E-posta adresiniz değiştirildi
mail-email-changed-body = Entraide hesabınız artık { $previous } adresini kullanmıyor: bundan sonra { $email } adresiyle giriş yapıyorsunuz ve e-postalarınız oraya gidiyor.
mail-email-changed-not-you = Bunu siz yapmadıysanız hesabınızı başka biri kullanıyor olabilir. Hemen platformunuzun ekibine yazın: hesabınızı geri almanıza yardım edebilirler.
mail-email-changed-footer = Bu e-postayı, bu adres Entraide'de bir hesaba ait olduğu için alıyorsunuz.
