# Hatalar: sorun başlıkları (API ve sayfalar) ve her hata kodu için mesajlar.

problem-invalid-input = Bazı bilgiler eksik veya hatalı
problem-malformed = İstek okunamadı
problem-json-expected = Content-Type application/json ile bir JSON gövdesi gönderin.
problem-object-expected = Gövde bir JSON nesnesi olmalıdır.
problem-conflict = Bu zaten mevcut
problem-unauthenticated = Lütfen giriş yapın
problem-forbidden = Bunu yapma izniniz yok
problem-not-found = Bulunamadı
problem-refused = Bu değişiklik mümkün değil
problem-too-many-requests = Çok fazla deneme
problem-retry-after = Lütfen tekrar denemeden önce { $seconds ->
    [one] bir saniye
   *[other] { $seconds } saniye
} bekleyin.
problem-internal = Bizim tarafımızda bir sorun oluştu

page-forbidden = Bu platformdaki rolünüz buna izin vermiyor.
page-internal = Üzgünüz: bizim tarafımızda bir sorun oluştu. Lütfen biraz sonra tekrar deneyin.
page-form-expired = Bu formun süresi doldu. Lütfen geri dönün, sayfayı yeniden yükleyin ve tekrar deneyin.

error-required = Lütfen bu alanı doldurun.
error-too-long = Bu çok uzun.
error-type = Bu değerin türü yanlış: { $detail }
error-email-malformed = name@example.org gibi bir e-posta adresi girin.
error-password-too-short = Şifre en az 10 karakter olmalıdır.
error-password-wrong = Bu şifre doğru değil.
error-credentials-wrong = E-posta adresi veya şifre doğru değil.
error-date-malformed = 1990-04-23 gibi bir tarih girin.
error-birth-date-implausible = Doğum tarihini kontrol edin: gelecekte veya 1900'den önce olamaz.
error-locale-unknown = Bu dil kullanılamıyor.
error-slug-length = 2 ile 40 arasında karakter kullanın.
error-slug-characters = Yalnızca küçük harf, rakam ve kısa çizgi kullanın; başında veya sonunda kısa çizgi olmasın.
error-latitude-out-of-range = Enlem -90 ile 90 arasında olmalıdır.
error-longitude-out-of-range = Boylam -180 ile 180 arasında olmalıdır.
error-coordinates-malformed = Noktayı enlem,boylam şeklinde yazın, örneğin 50.85,4.35.
error-organisation-kind-unknown = Kuruluş türlerinden birini seçin.
error-role-unknown = Böyle bir rol yok.
error-account-unknown = Bu e-posta adresiyle henüz kimsenin hesabı yok.
error-platform-unknown = Bu adreste bir platform yok.
error-last-admin = Bir kuruluşun en az bir yöneticisi olmalıdır. Önce başka bir yönetici ekleyin.
error-taken-email = Bu e-posta adresiyle bir hesap zaten var.
error-taken-slug = Bu adresi başka bir platform zaten kullanıyor.
error-taken-member = Bu kişi zaten üye.
error-unknown-platform = Böyle bir platform yok.
error-unknown-organisation = Böyle bir kuruluş yok.
error-unknown-account = Böyle bir hesap yok.
error-unknown-token = Böyle bir anahtar yok.
error-unknown-member = Bu kişi üye değil.
error-unknown-page = Bu adreste hiçbir şey yok.
error-unknown-parent = Böyle bir üst platform yok.
error-time-zone-unknown = Bu saat dilimi mevcut değil. Europe/Brussels gibi bir ad kullanın.
