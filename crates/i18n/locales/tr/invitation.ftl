## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Bir davet: { $title }
mail-shift-invitation-body = { $organisation }, “{ $title }” ({ $when }) için çok yardımcı olacağınızı düşünüyor ve sizi davet ediyor. Uygunsanız, { $platform } üzerindeki sayfasından bu vardiyaya kaydolun. Uygun değilseniz bir şey yapmanıza gerek yok.
notification-shift-invitation = { $organisation } sizi “{ $title }” ({ $when }) için davet ediyor.
mail-cover-needed-subject = Doldurulacak bir yer: { $title }
mail-cover-needed-body = Biri “{ $title }” ({ $when }) için son anda kaydını iptal etti ve bekleme listesinde kimse yok. Vardiyanın önerilen kişiler sayfasından uygun kişileri tek tıkla davet edebilirsiniz.
notification-cover-needed = Son anda yapılan bir iptal nedeniyle “{ $title }” ({ $when }) için bir yer boşaldı: kimi davet edebileceğinize bakın.
mail-open-link = Aç: { $link }
suggestion-invite = Davet et
suggestion-notice-invited = Davetiniz gönderildi. Davet edilen kişiler artık burada listelenmiyor.
error-taken-invitation = Bu kişi bu vardiyaya zaten davet edildi.
