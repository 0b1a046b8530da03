## Notices on a request's page after saying thank you.
help-page-notice-thanked = Tu nota se ha enviado. ¡Gracias!
help-page-notice-thanks-empty = Por favor, escribe unas palabras antes de enviar tu agradecimiento.
