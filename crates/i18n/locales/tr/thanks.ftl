## Notices on a request's page after saying thank you.
help-page-notice-thanked = Notunuz gönderildi. Teşekkürler!
help-page-notice-thanks-empty = Lütfen teşekkürünüzü göndermeden önce birkaç kelime yazın.
