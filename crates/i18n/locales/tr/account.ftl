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
