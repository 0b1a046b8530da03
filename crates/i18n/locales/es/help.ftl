# Ayuda entre vecinos: solicitudes, ofrecimientos, conversaciones privadas y cierre.

error-category-unknown = Elige una de las categorías de ayuda de esta plataforma.
error-window-ends-before-start = El final de la franja horaria debe ser posterior a su inicio.
error-phone-malformed = Escribe un número de teléfono de 6 a 15 dígitos, por ejemplo +32 470 12 34 56.
error-within-km-out-of-range = La distancia debe ser mayor que 0 y de 25 km como máximo.
error-help-minutes-out-of-range = Los minutos deben ser al menos 1 y no superar la franja horaria de la solicitud.
error-request-closed = Esta solicitud ya ha terminado.
error-request-not-open = Esta solicitud ya no admite ofrecimientos.
error-request-not-accepted = Todavía no se ha aceptado ningún ofrecimiento para esta solicitud.
error-taken-offer = Ya te has ofrecido a ayudar con esta solicitud.
error-taken-completed = Esta solicitud ya se ha marcado como completada.
error-unknown-request = Esta solicitud no existe.
error-unknown-offer = Este ofrecimiento no existe o ya no está abierto.
error-unknown-category = Esta categoría de ayuda no existe.
