## Notices on a request's page after saying thank you.
help-page-notice-thanked = تم إرسال ملاحظتك. شكرًا لك!
help-page-notice-thanks-empty = من فضلك اكتب بضع كلمات قبل إرسال شكرك.
