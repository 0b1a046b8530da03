# Ana sayfa ve bir platformun sayfası.

home-title = Yakınınızda yardım
home-intro = Gönüllülük ve komşu yardımlaşması için yerel bir platform bulun ya da yaşadığınız yerdekine katılın.
home-my-platforms = Platformlarım
home-all-platforms = Tüm platformlar
home-no-platforms = Burada henüz bir platform yok.

platform-you-member = Bu platformun üyesisiniz.
platform-you-admin = Bu platformu yöneten ekibin bir parçasısınız.
platform-join = Bu platforma katıl
platform-sign-up-to-join = Katılmak için hesap oluşturun
platform-my-organisations = Kuruluşlarım
platform-organisations = Kuruluşlar
platform-no-organisations = Henüz hiçbir kuruluş katılmadı.
platform-new-organisation = Kuruluş kaydet
