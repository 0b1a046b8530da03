# Her yerde: gezinme, alt bilgi, formlar, roller ve türler.

nav-skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-home = Ana sayfaya dön
nav-my-account = Hesabım
nav-sign-in = Giriş yap
nav-sign-up = Hesap oluştur
nav-sign-out = Çıkış yap
nav-languages = Diller
footer-free-software = Entraide, topluluğu tarafından ve topluluğu için yürütülen özgür bir yazılımdır.

form-has-errors = Lütfen şunları düzeltin:

role-admin = Yönetici
role-coordinator = Koordinatör
role-platform-admin = Platform ekibi

kind-nonprofit = Kâr amacı gütmeyen kuruluş
kind-school = Okul
kind-company = Şirket
kind-municipality = Belediye hizmeti
kind-group = Resmî olmayan grup
form-error-line = { $field }: { $message }
nav-platform = { $platform }: bölümler
language-for-mails-question = Siteyi artık { $language } okuyorsunuz. E-postalarınızın da { $language } gelmesini ister misiniz?
language-for-mails-yes = Evet, e-postalarım da
