# Ana sayfa ve bir platformun sayfası.

home-title = Yakınınızda yardım
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
home-part-of = { $platform } platformunun parçası
home-figure-opportunities = { $count ->
    [one] Yaklaşan vardiyası olan bir etkinlik
   *[other] Yaklaşan vardiyası olan { $count } etkinlik
}
home-figure-requests = { $count ->
    [one] yardım isteyen bir komşu
   *[other] yardım isteyen { $count } komşu
}
home-figure-members = { $count ->
    [one] bir üye
   *[other] { $count } üye
}
home-what = Entraide, bir şehrin ya da bir mahallenin kendi gönüllülük çalışmalarını ve komşu yardımını yürüttüğü yerdir: yakınınızda yapacak bir şey bulun ya da yardım isteyin.
