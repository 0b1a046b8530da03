# Hesap defteri: zaman kredileri ve takas kredileri, transferler, iptaller, kredi limitleri.

error-credit-limit = Bu işlem bakiyeyi kredi limitinin altına düşürür.
error-already-reversed = Bu kayıt zaten geri alındı.
error-is-reversal = Bir geri alma işleminin kendisi geri alınamaz.
error-amount-out-of-range = 1 ile 1.000.000 arasında bir tam sayı girin.
error-unit-unknown = Zaman veya takas seçin.
error-unknown-unit = Böyle bir birim yok; zaman veya takas kullanın.
error-same-account = Ödeyen ve alıcı farklı hesaplar olmalıdır.
error-unknown-entry = Böyle bir defter kaydı yok.
error-credit-limit-out-of-range = 0 ile 1.000.000 arasında bir tam sayı girin.

## Kredi sayfaları.

credits-page-mine-link = Zaman kredilerim
credits-page-mine-title = Zaman kredilerim
credits-page-mine-intro = Bir komşuya yardım ettiğinizde, verdiğiniz zamanı kazanırsınız. Biri size yardım ettiğinde, zaman verirsiniz.
credits-page-balances = Bakiyem
credits-page-no-balance = Henüz krediniz yok.
credits-page-entries = Geçmiş
credits-page-no-entries = Henüz bir şey yok.
credits-page-unit-time = Zaman
credits-page-unit-barter = Takas kredileri
credits-page-barter-amount = { $amount ->
    [one] { $amount } kredi
   *[other] { $amount } kredi
}
credits-page-kind-help = Komşu yardımı
credits-page-kind-barter = Takas
credits-page-kind-reversal = Düzeltme
credits-page-from = Gönderen
credits-page-to = Alan
credits-page-organisation-title = Takas kredileri
credits-page-organisation-intro = Platformdaki kuruluşlar, hizmetler için birbirlerine takas kredisiyle ödeme yapar.
credits-page-balance = Bakiye
credits-page-csv = Tablo olarak indir (CSV)
credits-page-pay-title = Başka bir kuruluşa ödeme yapın
credits-page-pay-intro = Krediler bakiyenizden hemen düşülür.
credits-page-field-to = Ödeme yapılacak kuruluş
credits-page-choose-organisation = Bir kuruluş seçin
credits-page-field-amount = Kredi
credits-page-field-amount-hint = Bir tam sayı, örneğin 30
credits-page-field-memo = Ne için
credits-page-field-memo-hint = Örneğin: panayır için minibüs
credits-page-pay-submit = Öde
credits-page-notice-paid = Krediler gönderildi.
credits-page-link = Takas kredileri
# Sıfırın altındaki bir zaman bakiyesi, tarafsız biçimde: $duration örneğin "2 sa 20 dk".
credits-page-received-more = Verdiğinizden { $duration } daha fazla aldınız
credits-page-how = Bir saatlik yardım, kim verirse versin bir saat sayılır. Krediler para değildir ve sıfırın altındaki bir bakiye borç değildir: yalnızca şimdiye kadar komşuların size daha çok yardım ettiği anlamına gelir.
