# Kuruluşlar.

organisation-new-title = Kuruluş kaydet
organisation-new-submit = Kuruluşu kaydet
organisation-verified = Doğrulanmış
organisation-verify = Doğrulanmış olarak işaretle
organisation-unverify = Doğrulama işaretini kaldır
organisation-members = Üyeler
organisation-leave = Ayrıl
organisation-remove-member = Çıkar
organisation-add-member = Üye ekle
organisation-add-member-submit = Ekle
field-organisation-name = Kuruluşun adı
field-organisation-kind = Kuruluş türü
field-organisation-description = Ne yapıyor?
field-member-email = Kişinin e-posta adresi
field-member-email-hint = Kişinin önce Entraide'de bir hesabı olmalıdır.
field-member-role = Rol
organisation-member-since = { $date } tarihinden beri
