# Voluntariado: buscar ofertas, la página de una oferta, turnos e inscripciones,
# listas de asistencia, mis turnos, paneles de las organizaciones, habilidades y causas.

## Buscar ofertas

opportunities-title = Encuentra algo que hacer
opportunities-find = Encuentra algo que hacer
opportunities-filters = Filtros
opportunities-more-filters = Más filtros: habilidad, causa, idioma, fechas, lugar
opportunities-any = Cualquiera
opportunities-sort-start = Por fecha más próxima
opportunities-sort-distance = Por cercanía
opportunities-search = Buscar
opportunities-reset = Quitar todos los filtros
opportunities-results = Ofertas
opportunities-none = Todavía no hay nada que coincida con estos filtros. Prueba con menos filtros o con una zona más amplia.
opportunities-fix-filters = Corrige los filtros de arriba para ver resultados.
opportunities-distance = a { $distance }
opportunities-more-shifts = { $count ->
    [one] y un turno más
    [many] y { $count } de turnos más
   *[other] y { $count } turnos más
}
opportunities-next-page = Página siguiente
opportunities-list-title = Lo que puedes hacer con nosotros
opportunities-none-published = Por el momento no hay nada en lo que inscribirse.

field-search-words = Palabras que buscar
field-search-words-hint = Por ejemplo: banco de alimentos, lectura, huerto.
field-skill = Habilidad
field-cause = Causa
field-spoken-language = Idioma que se habla allí
field-from-day = Desde (día)
field-to-day = Hasta (día)
field-near = Cerca de este lugar
field-near-hint = Una calle, una dirección, un código postal o un barrio. También sirven dos números de una aplicación de mapas, por ejemplo 51.05,3.72.
field-near-hint-no-places = Dos números de una aplicación de mapas, por ejemplo 51.05,3.72. Cuando el equipo de la plataforma importe sus calles, también servirán una calle o un barrio.
opportunities-near-place = Cerca de { $place }.
opportunities-near-others = O cerca de:
error-place-not-found = Esta plataforma no tiene ningún lugar con ese nombre. Prueba con una calle, un código postal o un barrio, o con dos números de una aplicación de mapas, por ejemplo 51.05,3.72.
field-within-km = En un radio de (km)
field-remote-only = Solo lo que puedo hacer desde casa
field-sort = Orden

## Una oferta

opportunity-remote = A distancia: desde cualquier lugar
opportunity-address-unknown = Lugar pendiente de confirmar por la organización
opportunity-coordinator-tools = Herramientas de coordinación
opportunity-edit = Editar
opportunity-skills = Habilidades
opportunity-causes = Causas
opportunity-languages = Idiomas que se hablan allí
opportunity-min-age = Edad mínima
opportunity-min-age-value = { $age } años
opportunity-accessibility = Accesibilidad
opportunity-where = Dónde
opportunity-shifts = Cuándo
opportunity-not-open = Esta oferta no admite inscripciones por el momento.
opportunity-sign-in-to-sign-up = Inicia sesión para inscribirte
opportunity-join-first = Únete a esta plataforma para inscribirte. Es gratis y solo lleva un clic.
opportunity-ongoing = No hay horarios fijos: ayuda cuando te venga bien, de acuerdo con la organización.
opportunity-ongoing-short = Permanente, sin horarios fijos
opportunity-no-upcoming = No hay turnos previstos por el momento.
opportunity-dates-nav = Más fechas
opportunity-earlier-dates = Fechas anteriores
opportunity-later-dates = Fechas posteriores
opportunity-past-shifts = Turnos pasados
opportunity-report-hours = Comunicar mis horas
opportunity-report-hours-intro = Dile a la organización cuánto tiempo has ayudado. Un coordinador lo confirma.
opportunity-report-hours-submit = Comunicar estas horas
opportunity-times-in-zone = Las fechas y las horas están en la zona horaria de la plataforma ({ $zone }).
opportunity-add-shift = Añadir un turno
opportunity-add-shift-submit = Añadir este turno
opportunity-add-series = Añadir turnos periódicos
opportunity-add-series-intro = Por ejemplo, todos los martes de 14:00 a 17:00 hasta finales de marzo. Después, cada turno se puede cambiar por separado.
opportunity-add-series-submit = Añadir estos turnos
opportunity-status-draft = Borrador
opportunity-status-published = Publicada
opportunity-status-closed = Cerrada
opportunity-status-draft-hint = Solo la ve tu organización.
opportunity-status-published-hint = Todo el mundo puede encontrarla e inscribirse.
opportunity-status-closed-hint = Sigue visible, pero nadie puede inscribirse.
opportunity-new-title = Publicar una oferta
opportunity-new-submit = Guardar la oferta
opportunity-edit-title = Editar la oferta
opportunity-edit-submit = Guardar los cambios
opportunity-form-cancel = Cancelar

opportunity-notice-created = La oferta se ha guardado. Ahora añade los turnos en los que la gente puede venir.
opportunity-notice-saved = Tus cambios se han guardado.
opportunity-notice-signed-up = Te has inscrito. ¡Gracias! Recibirás un recordatorio el día anterior.
opportunity-notice-waitlisted = Este turno está completo: estás en la lista de espera. Si se libera una plaza, será para ti y te avisaremos.
opportunity-notice-left = Tu inscripción se ha cancelado.
opportunity-notice-shift-added = El turno se ha añadido.
opportunity-notice-series-added = Los turnos periódicos se han añadido.
opportunity-notice-shift-cancelled = El turno se ha cancelado. Se avisa a todas las personas inscritas.
opportunity-notice-hours-reported = Tus horas se han comunicado. Un coordinador las confirmará.

field-opportunity-title = ¿Qué hay que hacer?
field-opportunity-title-hint = Unas pocas palabras, por ejemplo: Clasificar alimentos en el banco de alimentos.
field-opportunity-description = Cuéntales más a los voluntarios
field-skills = Habilidades útiles
field-causes = Causas a las que contribuye
field-languages = Idiomas que se hablan allí
field-languages-hint = Marca los idiomas que un voluntario puede usar en el lugar.
field-min-age = Edad mínima (opcional)
field-min-age-hint = Déjalo vacío si cualquiera puede ayudar.
field-accessibility = Accesibilidad (opcional)
field-accessibility-hint = Escalones, ascensor, aseos, aparcamiento, transporte público…
field-where = ¿Dónde se hace?
field-where-place = En un lugar
field-where-remote = A distancia: desde cualquier lugar
field-where-place-hint = Para un lugar, indica su dirección y su posición en el mapa (puedes copiar los números de una aplicación de mapas).
field-address = Dirección
field-latitude = Latitud
field-latitude-hint = Por ejemplo 51.0543
field-longitude = Longitud
field-longitude-hint = Por ejemplo 3.7174
field-status = ¿Quién puede verla?

## Turnos

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] queda 1 plaza
    [many] quedan { $left } de plazas
   *[other] quedan { $left } plazas
} de { $slots }
shift-full = Completo
shift-waiting = { $count ->
    [one] 1 persona en la lista de espera
    [many] { $count } de personas en la lista de espera
   *[other] { $count } personas en la lista de espera
}
shift-cancelled = Cancelado
shift-sign-up = Inscribirme
shift-join-waiting-list = Apuntarme a la lista de espera
shift-you-confirmed = Tu inscripción está confirmada.
shift-you-waiting = Estás en la lista de espera, en el puesto { $position }.
shift-leave = Cancelar mi inscripción
shift-cancel = Cancelar este turno
shift-roster-link = Quién viene
shift-weekday-1 = Lunes
shift-weekday-2 = Martes
shift-weekday-3 = Miércoles
shift-weekday-4 = Jueves
shift-weekday-5 = Viernes
shift-weekday-6 = Sábado
shift-weekday-7 = Domingo

field-shift-day = Día
field-start-time = Empieza a las
field-end-time = Termina a las
field-slots = Número de plazas
field-frequency = ¿Con qué frecuencia?
field-frequency-weekly = Cada semana, los días marcados abajo
field-frequency-daily = Cada día
field-weekdays = Días de la semana
field-weekdays-hint = Para turnos semanales. Si no se marca ninguno, se usa el día de la semana del primer día.
field-first-day = Primer día
field-last-day = Último día
field-except = Días sin este turno (opcional)
field-except-hint = Festivos, por ejemplo: 2026-12-25, 2027-01-01
field-hours-day = Día
field-hours-minutes = ¿Cuántos minutos?
field-hours-minutes-hint = Para una hora y media, escribe 90.
field-hours-note = ¿Qué hiciste? (opcional)

## La lista de un turno

roster-title = Quién viene
roster-fill = { $taken } de { $slots } plazas ocupadas
roster-csv = Descargar la lista (CSV, para una hoja de cálculo)
roster-confirmed = Confirmados
roster-attendance-later = Puedes marcar quién vino desde 30 minutos antes de que empiece el turno.
roster-nobody = Todavía no se ha inscrito nadie.
roster-attended = Vino
roster-no-show = No vino
roster-remove = Quitar
roster-waiting = Lista de espera
roster-nobody-waiting = No hay nadie esperando.
roster-position = puesto { $position }
roster-ended = Inscripciones canceladas
roster-cancelled = cancelada
roster-removed = retirada por un coordinador
roster-late = a última hora
roster-erased-name = Un antiguo miembro
roster-edit-shift = Cambiar este turno
roster-edit-hint = No menos que las personas ya confirmadas.
roster-edit-submit = Guardar los cambios
field-minutes = Minutos
roster-notice-attendance-saved = Asistencia guardada.
roster-notice-removed = La inscripción se ha quitado. La primera persona en espera, si la hay, tiene ahora la plaza.
roster-notice-shift-saved = El turno se ha cambiado. Se avisa a todas las personas inscritas.

## Mis turnos

my-shifts-nav = Mis turnos
my-shifts-title = Mis turnos
my-shifts-total = Horas que he dedicado:
my-shifts-calendar = Añadir mis turnos a mi calendario
my-shifts-upcoming = Próximamente
my-shifts-none-upcoming = No tienes ninguna inscripción próxima.
my-shifts-recent = Recientemente
my-shifts-none-recent = Nada en los últimos 30 días.
my-shifts-attended = Asististe: { $duration }
my-shifts-no-show = Ausencia registrada
my-shifts-done = Realizado
my-shifts-cancelled = Cancelaste
my-shifts-removed = Un coordinador retiró tu inscripción
my-shifts-reports = Horas que he comunicado
my-shifts-no-reports = No has comunicado ninguna hora.
my-shifts-report-pending = pendiente de confirmación
my-shifts-report-approved = confirmadas
my-shifts-report-declined = rechazadas
my-shifts-notice-cancelled = Tu inscripción se ha cancelado.

## El panel de una organización

dashboard-link = Panel
dashboard-title = Panel
dashboard-publish = Publicar una oferta
dashboard-figures = En cifras
dashboard-upcoming-shifts = Próximos turnos
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Plazas cubiertas
dashboard-percent = { $percent } %
dashboard-places = { $taken } de { $slots }
dashboard-no-places = No hay plazas próximas
dashboard-hours-month = Horas este mes
dashboard-hours-total = Horas en total
dashboard-upcoming = Próximamente
dashboard-no-upcoming = No hay turnos previstos.
dashboard-fill = { $taken } de { $slots } plazas ocupadas{ $waiting ->
    [0] {""}
   *[other] , { $waiting } en espera
}
dashboard-opportunities = Nuestras ofertas
dashboard-no-opportunities = Todavía no has publicado nada.
dashboard-reports = Horas por confirmar
dashboard-no-reports = No hay horas pendientes de tu confirmación.
dashboard-approve = Confirmar
dashboard-decline = Rechazar
dashboard-notice-report-approved = Las horas se han confirmado.
dashboard-notice-report-declined = Las horas se han rechazado.
dashboard-notice-report-decided-before = Alguien ya había decidido sobre estas horas.

## Habilidades y causas

terms-link = Habilidades y causas
terms-title = Habilidades y causas
terms-skills = Habilidades
terms-causes = Causas
terms-empty = La lista está vacía.
terms-rename = Cambiar el nombre
terms-remove = Quitar
terms-add = Añadir una habilidad o una causa
terms-add-submit = Añadir
terms-kind-skill = Una habilidad
terms-kind-cause = Una causa
terms-notice-added = Se ha añadido.
terms-notice-renamed = Se ha cambiado el nombre.
terms-notice-removed = Se ha quitado.
field-term-kind = ¿Qué lista?
field-term-code = Código
field-term-code-hint = Un nombre corto y fijo para los programas: de 2 a 40 letras minúsculas, números y guiones, como first-aid.

# Una duración tal como la lee la persona («1 h 15 min»); $hours y $minutes llegan ya formateados.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = En curso ahora
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Añadir mi fecha de nacimiento
terms-intro-languages = Las ofertas se clasifican con estas listas, que también sirven para filtrar. Cada entrada tiene un nombre en inglés; dale nombres en los idiomas que lee la gente de aquí.
field-term-english = Nombre en inglés
terms-names-link = Nombres en otros idiomas
terms-names-title = Nombres de «{ $name }»
terms-names-intro = Dale a esta entrada un nombre en cada idioma que lee la gente de aquí. Si un idioma no tiene ninguno, sus lectores ven el nombre en { $language } o, si no, en inglés. Las entradas predeterminadas ya se leen en todos los idiomas, mientras no se cambie su nombre en inglés.
terms-names-other-languages = Otros idiomas
terms-names-submit = Guardar los nombres
terms-add-name-in = Nombre en { $language } (opcional)
terms-add-name-hint = Puedes dar nombres en otros idiomas más adelante.
terms-notice-named = Se han guardado los nombres.
error-term-name-english = El nombre en inglés va en su propio campo.
roster-came = { $name } vino
roster-attendance-how = Todos aparecen marcados como que vinieron, con los minutos del turno. Desmarca a quien no vino, cambia los minutos donde haga falta y guarda una sola vez.
roster-save-all = Guardar la asistencia
error-attendance-minutes-out-of-range = Indica los minutos con un número entero, de 0 hasta la duración del turno más 12 horas.
error-too-many-marks = Envía la asistencia de 1000 personas como máximo a la vez.
opportunity-create-account = Crear una cuenta
opportunity-notice-welcome = ¡Te damos la bienvenida! Tu cuenta está lista: elige un turno más abajo para inscribirte.
signup-cancel-title = ¿Cancelar tu plaza?
signup-cancel-question = ¿Cancelar tu plaza en «{ $title }», { $when }?
signup-cancel-hint = Tu plaza pasará a la primera persona en espera o volverá a quedar libre. Puedes volver a inscribirte mientras queden plazas.
signup-cancel-confirm = Sí, cancelar mi plaza
signup-cancel-keep = No, conservar mi plaza
roster-remove-title = ¿Quitar a alguien de este turno?
roster-remove-question = ¿Quitar a { $name } de «{ $title }», { $when }?
roster-remove-hint = Se le avisará y su plaza pasará a la primera persona en espera.
roster-remove-confirm = Sí, quitar a { $name }
roster-remove-keep = No, mantener la inscripción
