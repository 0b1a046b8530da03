# Eskisi unutulduğunda yeni şifre seçmek: sayfalar ve e-posta.

password-forgot-link = Şifrenizi mi unuttunuz?
password-forgot-title = Şifrenizi mi unuttunuz?
password-forgot-intro = Hesabınızın e-posta adresini yazın. Yeni bir şifre seçmeniz için size bir bağlantı göndereceğiz.
password-forgot-submit = Bana bağlantı gönder
password-have-code = E-postadan gelen bir kodum var
password-sent-title = E-postanıza bakın
password-sent-text = { $email } adresini kullanan bir hesap varsa, yeni şifre seçmeniz için bağlantı içeren bir e-posta yolda. Bağlantı bir saat boyunca çalışır.
password-sent-nothing = Birkaç dakika geçti ve e-posta gelmedi mi? Spam klasörünüze bakın, adresi kontrol edin veya yeniden isteyin.
password-ask-again = Yeniden iste
password-back-to-sign-in = Girişe dön
password-reset-title = Yeni bir şifre seçin
password-reset-for = { $email } hesabı için.
password-reset-submit = Yeni şifremi kaydet
field-reset-code = E-postadaki kod
field-reset-code-hint = Size gönderdiğimiz e-postadaki uzun kodu yapıştırın.
password-expired-title = Bu bağlantı artık çalışmıyor
password-expired-text = Yeni şifre seçme bağlantısı bir saat boyunca ve yalnızca bir kez çalışır. Yenisini isteyin: bir dakikanızı alır.
password-expired-ask = Yeni bağlantı iste
error-reset-link-expired = Bu kod artık çalışmıyor: ya daha önce kullanıldı ya da bir saatten eski. Yeni bir bağlantı isteyin.
notice-password-reset = Yeni şifreniz kaydedildi ve giriş yaptınız. Diğer tüm oturumlarınız kapatıldı.

mail-password-reset-subject = Yeni bir şifre seçin
mail-password-reset-body = Birisi, muhtemelen siz, hesabınız için yeni bir şifre seçmek istedi.
mail-password-reset-link = Seçmek için bu bağlantıyı bir saat içinde açın (yalnızca bir kez çalışır):
mail-password-reset-code = Seçmek için sitenin giriş sayfasına gidin, önce “Şifrenizi mi unuttunuz?”, sonra “E-postadan gelen bir kodum var” seçeneğini seçin ve bu kodu bir saat içinde yapıştırın:
mail-password-reset-ignore = Bunu siz istemediyseniz bu e-postayı dikkate almayabilirsiniz: şifreniz olduğu gibi kalır.
mail-password-reset-footer = Bu e-postayı, bu adrese ait hesap için yeni bir şifre istendiği için alıyorsunuz.
