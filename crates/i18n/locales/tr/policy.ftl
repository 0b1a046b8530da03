## Bir platformun gizlilik bildirimi ve kullanım koşulları
policy-title = Gizlilik bildirimi ve kullanım koşulları
policy-of = { $platform } platformunun gizlilik bildirimi ve kullanım koşulları
policy-version = Sürüm { $version }, { $date } tarihinde yayımlandı.
policy-standard-note = Bu standart metindir: platformun ekibi henüz kendi metnini yazmadı.
policy-accept = { $platform } platformunun gizlilik bildirimini ve kullanım koşullarını okudum ve kabul ediyorum
policy-read = Gizlilik bildirimini ve kullanım koşullarını okuyun
sign-up-privacy = Hesabınızı yürütmek için adınızı ve e-posta adresinizi saklarız ve bunları asla kimseyle paylaşmayız. Her platform, siz katılmadan önce size kendi gizlilik bildirimini ve kullanım koşullarını gösterir.
sign-up-join-accept = Etkinliklerine kaydolabilmek için { $platform } platformuna da katılın. Platformun gizlilik bildirimini ve kullanım koşullarını kabul ediyorum.
policy-edit-link = Gizlilik bildirimini ve kullanım koşullarını düzenle
policy-edit-title = Gizlilik bildirimini ve kullanım koşullarını düzenle
policy-edit-intro = İnsanların { $platform } platformuna katılırken kabul ettiği metni istediğiniz her dilde yazın. Bir dilde metin yoksa okuyanlar platformun dilindeki metni görür. Kaydettiğinizde yeni bir sürüm yayımlanır: o andan sonra katılanlar bu sürümü kabul eder.
policy-edit-written = Yazıldığı diller: { $languages }.
policy-edit-choose = Bu dilde yaz
field-policy-language = Dil
field-policy-body = Metin
field-policy-body-hint = Paragrafları boş bir satırla ayırın. Bu dili kaldırmak için boş bırakın.
policy-edit-save = Bu sürümü yayımla
notice-policy-published = Yeni sürüm yayımlandı.
error-policy-not-accepted = Katılmak için bu kutuyu işaretleyin: gizlilik bildirimini ve kullanım koşullarını kabul ettiğiniz anlamına gelir.
error-taken-policy = Aynı anda başka bir sürüm yayımlandı. Lütfen tekrar deneyin.

## Standart metin, bir platform kendi metnini yazana kadar
policy-standard-who = { $platform } platformu bu siteyi, komşular birbirine yardım edebilsin ve yerel kuruluşlarda gönüllü çalışabilsin diye işletiyor. Sizinle ilgili neleri sakladığımızı, bunları kimlerin gördüğünü ve burayı güvenli tutan birkaç kuralı aşağıda bulabilirsiniz.
policy-standard-kept = Sakladıklarımız: adınız, e-posta adresiniz, şifreniz (yalnızca kimsenin geri okuyamayacağı bir biçimde) ve eklemeyi seçtikleriniz: telefon numaranız, doğum tarihiniz, gönüllü profiliniz, kayıtlarınız ve saatleriniz, talepleriniz, teklifleriniz ve mesajlarınız.
policy-standard-seen = Kimler görür: başkaları adınızı görür. Kaydolduğunuz bir vardiyanın koordinatörleri e-posta adresinizi ve telefon numaranızı görür. Bir yardım talebinin tam adresi yalnızca talep sahibinin kabul ettiği yardımcıya gösterilir. Bir konuşmayı yalnızca içindeki iki kişi okur; biri konuşmayı bildirirse platformun ekibi de okur.
policy-standard-never = Asla yapmadıklarımız: verilerinizi satmak ya da başkasına vermek, reklam göstermek veya adresinizi başka hizmetlere göndermek. Size yalnızca burada yaptıklarınızla ilgili e-posta göndeririz.
policy-standard-rights = Haklarınız: hesap sayfanızdan, sizinle ilgili sakladığımız her şeyi istediğiniz zaman indirebilir, düzeltebilir ya da hesabınızı silebilirsiniz. O zamana kadar yaptıklarınız, adınız olmadan geçmişte kalır.
policy-standard-rules = Kurallar: nazik ve dürüst olun, başkalarının gizliliğine saygı gösterin ve burada verilen yardım için asla para istemeyin. Ekip bu kuralları çiğneyen içerikleri gizleyebilir ve kuralları çiğneyen hesapları askıya alabilir.
policy-standard-questions = Sorularınız mı var? { $platform } platformunun ekibine sorun.
