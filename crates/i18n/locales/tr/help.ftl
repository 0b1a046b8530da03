# Komşu yardımı: talepler, teklifler, özel yazışmalar ve tamamlama.

error-category-unknown = Bu platformun yardım kategorilerinden birini seçin.
error-window-ends-before-start = Zaman aralığının bitişi, başlangıcından sonra olmalıdır.
error-phone-malformed = 6 ile 15 haneli bir telefon numarası girin, örneğin +32 470 12 34 56.
error-within-km-out-of-range = Mesafe 0'dan büyük ve en fazla 25 km olmalıdır.
error-help-minutes-out-of-range = Dakika en az 1 olmalı ve talebin zaman aralığını aşmamalıdır.
error-request-closed = Bu talep zaten sona erdi.
error-request-not-open = Bu talep artık teklif kabul etmiyor.
error-request-not-accepted = Bu talep için henüz hiçbir teklif kabul edilmedi.
error-taken-offer = Bu talebe zaten yardım teklif ettiniz.
error-taken-completed = Bu talep zaten tamamlandı olarak işaretlendi.
error-unknown-request = Bu talep mevcut değil.
error-unknown-offer = Bu teklif mevcut değil veya artık açık değil.
error-unknown-category = Bu yardım kategorisi mevcut değil.
