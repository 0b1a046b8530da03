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
