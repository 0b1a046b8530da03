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
sign-up-join = Etkinliklerine kaydolabilmek için { $platform } platformuna da katılın
