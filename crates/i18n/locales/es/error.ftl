# Errores: títulos de los problemas (API y páginas) y mensajes para cada código de error.

problem-invalid-input = Falta información o hay datos incorrectos
problem-malformed = No se ha podido leer la solicitud
problem-json-expected = Envía un cuerpo JSON con el Content-Type application/json.
problem-object-expected = El cuerpo debe ser un objeto JSON.
problem-conflict = Esto ya existe
problem-unauthenticated = Inicia sesión
problem-forbidden = No tienes permiso para hacer esto
problem-not-found = No se ha encontrado
problem-refused = Este cambio no es posible
problem-too-many-requests = Demasiados intentos
problem-retry-after = Espera { $seconds ->
    [one] un segundo
    [many] { $seconds } de segundos
   *[other] { $seconds } segundos
} antes de volver a intentarlo.
problem-internal = Algo ha fallado por nuestra parte

page-forbidden = Tu rol en esta plataforma no te permite hacer esto.
page-internal = Lo sentimos: algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.
page-form-expired = Este formulario ha caducado. Vuelve atrás, recarga la página e inténtalo de nuevo.

error-required = Rellena este campo.
error-too-long = Es demasiado largo.
error-type = Este valor no es del tipo correcto: { $detail }
error-email-malformed = Escribe una dirección de correo como name@example.org.
error-password-too-short = La contraseña debe tener al menos 10 caracteres.
error-password-wrong = Esta contraseña no es correcta.
error-credentials-wrong = El correo electrónico o la contraseña no son correctos.
error-date-malformed = Escribe una fecha como 1990-04-23.
error-birth-date-implausible = Revisa la fecha de nacimiento: no puede ser futura ni anterior a 1900.
error-locale-unknown = Este idioma no está disponible.
error-slug-length = Usa entre 2 y 40 caracteres.
error-slug-characters = Usa solo letras minúsculas, números y guiones, sin empezar ni terminar con un guion.
error-latitude-out-of-range = La latitud debe estar entre -90 y 90.
error-longitude-out-of-range = La longitud debe estar entre -180 y 180.
error-coordinates-malformed = Escribe el punto como latitud,longitud, por ejemplo 50.85,4.35.
error-organisation-kind-unknown = Elige uno de los tipos de organización.
error-role-unknown = Este rol no existe.
error-account-unknown = Todavía nadie tiene una cuenta con este correo electrónico.
error-platform-unknown = No hay ninguna plataforma con esta dirección.
error-last-admin = Una organización necesita al menos un administrador. Añade primero otro administrador.
error-taken-email = Ya existe una cuenta con este correo electrónico.
error-taken-slug = Otra plataforma ya usa esta dirección.
error-taken-member = Esta persona ya es miembro.
error-unknown-platform = Esa plataforma no existe.
error-unknown-organisation = Esa organización no existe.
error-unknown-account = Esa cuenta no existe.
error-unknown-token = Esa clave no existe.
error-unknown-member = Esta persona no es miembro.
error-unknown-page = No hay nada en esta dirección.
error-unknown-parent = Esa plataforma superior no existe.
error-time-zone-unknown = Esta zona horaria no existe. Usa un nombre como Europe/Brussels.
