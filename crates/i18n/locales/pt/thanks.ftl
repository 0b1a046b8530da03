## Notices on a request's page after saying thank you.
help-page-notice-thanked = A sua nota foi enviada. Obrigado!
help-page-notice-thanks-empty = Escreva algumas palavras antes de enviar o seu agradecimento.
