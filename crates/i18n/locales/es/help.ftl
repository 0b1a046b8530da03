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

## Páginas de ayuda entre vecinos.

help-page-nav = Ayuda entre vecinos
help-page-platform-link = Ayuda entre vecinos
help-page-list-title = Ayuda entre vecinos
help-page-list-intro = Los vecinos se ayudan con cosas pequeñas. Pide ayuda u ofrece la tuya.
help-page-ask-button = Pedir ayuda
help-page-mine-link = Mis solicitudes y ofrecimientos
help-page-filters = Elige qué solicitudes quieres ver
help-page-field-category-filter = Tipo de ayuda
help-page-any-category = Cualquier tipo de ayuda
help-page-field-distance = A qué distancia
help-page-within = A menos de { $distance }
help-page-show = Mostrar
help-page-results = Solicitudes
help-page-none = Ahora mismo nadie pide este tipo de ayuda.
help-page-fix-filters = Cambia lo que has elegido arriba para ver solicitudes.
help-page-next-page = Más solicitudes
help-page-distance = a unos { $distance }
help-page-area = Zona alrededor de { $lat }, { $lon }
help-page-area-unknown = Zona desconocida
help-page-asked-on = Pedido el { $date }

help-page-status-open = Esperando a alguien que ayude
help-page-status-accepted = Ya se ha elegido a alguien que ayude
help-page-status-completed = Hecho
help-page-status-cancelled = Cancelada
help-page-offer-open = Has ofrecido tu ayuda. Esperando respuesta.
help-page-offer-accepted = Tu ofrecimiento ha sido aceptado.
help-page-offer-declined = Esta vez ayuda otra persona.
help-page-offer-line-open = Esperando tu respuesta
help-page-offer-line-accepted = Aceptado
help-page-offer-line-declined = No elegido

help-page-when = Cuándo
help-page-where = Dónde
help-page-address-private = La dirección exacta solo se comparte con la persona elegida para ayudar.
help-page-exact-point = Punto en el mapa: { $point }
help-page-requester = Lo pide
help-page-on-behalf = Para
help-page-consent = Aceptado por { $by } el { $date } ({ $how })
help-page-helper = Quien ayuda
help-page-time-given = Tiempo dedicado
help-page-completed-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
help-page-erased-name = Antiguo miembro
help-page-messages-link = Mensajes
help-page-sign-in-to-offer = Inicia sesión para ofrecer ayuda
help-page-join-first = Únete a esta plataforma para ofrecer ayuda.
help-page-offer-title = Ofrecer ayuda
help-page-field-offer-message = Un mensaje corto (puedes dejarlo vacío)
help-page-field-offer-message-hint = Por ejemplo: cuándo puedes ir.
help-page-offer-submit = Ofrecer ayuda
help-page-offers-title = Personas que han ofrecido ayuda
help-page-no-offers = Todavía no hay ofrecimientos. Te avisaremos cuando alguien ofrezca ayuda.
help-page-accept = Aceptar
help-page-done-title = Marcar como hecho
help-page-done-intro = ¿Ya has recibido la ayuda? Indica cuánto tiempo llevó. La persona que te ayudó recibe ese tiempo como crédito.
help-page-field-minutes = ¿Cuántos minutos llevó?
help-page-field-minutes-hint = De 1 a { $max } minutos. 60 minutos son una hora.
help-page-done-submit = Marcar como hecho
help-page-cancel-link = Cancelar mi solicitud
help-page-cancel-title = Cancelar mi solicitud
help-page-cancel-question = ¿Quieres cancelar «{ $title }»?
help-page-cancel-hint = Las personas que ofrecieron ayuda verán que ya no la necesitas.
help-page-cancel-confirm = Sí, cancelarla
help-page-cancel-keep = No, mantenerla

help-page-ask-title = Pedir ayuda
help-page-join-to-ask = Únete a esta plataforma para pedir ayuda.
help-page-question-category = ¿Con qué necesitas ayuda?
help-page-next = Siguiente
help-page-chosen-category = Pides: { $category }
help-page-change-category = Cambiar
help-page-section-what = Qué
help-page-field-title = En pocas palabras
help-page-field-title-hint = Por ejemplo: la compra en la tienda de la esquina
help-page-field-description = Cuéntanos más
help-page-field-description-hint = Qué hace falta y todo lo que deba saber la persona que ayude.
help-page-section-where = Dónde
help-page-where-private = Solo la persona que elijas para ayudar ve la dirección. Los demás solo ven la zona.
help-page-field-address = Dirección
help-page-place-hint = El lugar en el mapa ayuda a los vecinos cercanos a encontrar tu solicitud. Puedes copiar los dos números de una aplicación de mapas.
help-page-use-my-position = Usar mi ubicación actual
help-page-position-failed = No se ha podido encontrar tu ubicación. Escribe los números a mano.
help-page-section-when = Cuándo
help-page-field-from-day = Desde (día)
help-page-field-from-time = Desde (hora)
help-page-field-until-day = Hasta (día)
help-page-field-until-time = Hasta (hora)
help-page-on-behalf-summary = Pido ayuda para otra persona
help-page-on-behalf-intro = Rellena esto solo si pides ayuda para otra persona y con su permiso.
help-page-field-on-behalf-name = Su nombre
help-page-field-on-behalf-phone = Su número de teléfono
help-page-field-on-behalf-phone-hint = Por ejemplo +32 470 12 34 56
help-page-field-consent-given-by = ¿Quién dio su permiso?
help-page-field-consent-given-by-hint = La propia persona, o alguien que puede decidir por ella.
help-page-field-consent-day = ¿Cuándo dio su permiso?
help-page-field-consent-how = ¿Cómo dio su permiso?
help-page-field-consent-how-hint = Por ejemplo: por teléfono, en persona, por escrito.
help-page-ask-submit = Pedir ayuda
help-page-ask-cancel = Volver

help-page-messages-title = Mensajes
help-page-messages-with = Con { $name }
help-page-messages-private = Solo vosotros dos podéis leer estos mensajes.
help-page-no-messages = Todavía no hay mensajes.
help-page-message-erased = (mensaje eliminado)
help-page-write-title = Escribir un mensaje
help-page-field-message = Tu mensaje
help-page-send = Enviar
help-page-back-to-request = Volver a la solicitud

help-page-mine-title = Mis solicitudes y ofrecimientos
help-page-mine-requests = Lo que he pedido
help-page-mine-no-requests = Todavía no has pedido ayuda.
help-page-mine-offers = Donde he ofrecido ayuda
help-page-mine-no-offers = Todavía no has ofrecido ayuda.
help-page-mine-see-offers = Ver quién ha ofrecido ayuda
help-page-mine-talk-and-finish = Escribir a quien te ayuda o marcar como hecho
help-page-mine-talk = Escribir un mensaje
help-page-mine-offer-done = Has ayudado. ¡Gracias!

help-page-notice-asked = Tu solicitud ya está publicada. Te avisaremos cuando alguien ofrezca ayuda.
help-page-notice-offered = ¡Gracias! La persona verá tu ofrecimiento.
help-page-notice-accepted = Has aceptado el ofrecimiento. Ahora la persona que te ayuda ve la dirección.
help-page-notice-cancelled = Tu solicitud se ha cancelado.
help-page-notice-completed = ¡Hecho! La persona que te ayudó ha recibido el tiempo como crédito.
help-page-notice-sent = Tu mensaje se ha enviado.
