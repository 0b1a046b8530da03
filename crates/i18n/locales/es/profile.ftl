# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Mi perfil
profile-title = Mi perfil de voluntariado
profile-intro = Cuenta lo que sabes hacer, lo que te importa y cuándo tienes tiempo libre. Así los coordinadores de tu zona podrán encontrarte, y tú verás los turnos que te convienen.
profile-notice-saved = Tu perfil se ha guardado.
profile-no-platform = Primero únete a una plataforma: las habilidades y causas entre las que puedes elegir son las de sus listas.
profile-skills = Lo que sé hacer
profile-causes = Lo que me importa
profile-languages = Idiomas que hablo
profile-home = Dónde vivo
profile-home-hint = Solo tú ves este punto. Sirve para medir a qué distancia de ti está un lugar.
profile-within-km = Hasta dónde me desplazo, en km
profile-within-km-hint = Más de 0 y como máximo 500.
profile-availability = Cuándo tengo tiempo libre
profile-availability-hint = En la hora local de la plataforma, con el formato HH:MM (24:00 para la medianoche). Deja vacío el día en que no tengas tiempo libre. Hasta dos franjas horarias por día.
profile-weekday = Día
profile-from = Desde
profile-to = Hasta
profile-window = Franja horaria { $number }
profile-choices = Sugerencias y correos
profile-no-suggestions = No sugerirme a los coordinadores ni sugerirme turnos
profile-no-mails = No enviarme correos sobre sugerencias
profile-save = Guardar mi perfil
profile-see-suggestions = Ver los turnos que me convienen

suggestion-my-title = Turnos para mí
suggestion-my-intro = Próximos turnos con plazas libres que encajan con mi perfil, primero los que mejor encajan.
suggestion-my-none = Ahora mismo no hay nada próximo que encaje con tu perfil.
suggestion-my-no-profile = Rellena tu perfil de voluntariado para recibir sugerencias.
suggestion-my-opted-out = Pediste no recibir sugerencias. Puedes cambiarlo en tu perfil.
suggestion-edit-profile = Editar mi perfil
suggestion-score = Encaje: { $score } de 100
suggestion-shift-title = Personas sugeridas
suggestion-shift-intro = Miembros de la plataforma que tienen tiempo libre en ese momento, viven dentro de la distancia que están dispuestos a recorrer, tienen la edad suficiente y todavía no se han inscrito. Primero quienes mejor encajan.
suggestion-shift-none = Ahora mismo nadie encaja con este turno.
suggestion-shift-closed = Este turno está cancelado o ya ha empezado: no hay nadie a quien sugerir.
suggestion-back-to-roster = Volver a la lista de participantes
suggestion-roster-link = Personas sugeridas para este turno

suggestion-reason-skill = sabe hacer: { $skill }
suggestion-reason-uses-skill = usa tu habilidad: { $skill }
suggestion-reason-cause = le importa: { $cause }
suggestion-reason-for-cause = por una causa que te importa: { $cause }
suggestion-reason-speaks = habla { $language }
suggestion-reason-in-language = en { $language }
suggestion-reason-distance = a { $distance }
suggestion-reason-remote = se puede hacer desde cualquier lugar
suggestion-reason-free-on = tiene tiempo libre: { $weekday }
suggestion-reason-when-free = { $weekday }, cuando tienes tiempo libre
suggestion-reason-reliable = vino a { $attended } de { $total } { $total ->
    [one] turno
   *[other] turnos
}

suggestion-language-bg = búlgaro
suggestion-language-cs = checo
suggestion-language-da = danés
suggestion-language-de = alemán
suggestion-language-el = griego
suggestion-language-en = inglés
suggestion-language-es = español
suggestion-language-et = estonio
suggestion-language-fi = finés
suggestion-language-fr = francés
suggestion-language-ga = irlandés
suggestion-language-hr = croata
suggestion-language-hu = húngaro
suggestion-language-it = italiano
suggestion-language-lt = lituano
suggestion-language-lv = letón
suggestion-language-mt = maltés
suggestion-language-nl = neerlandés
suggestion-language-pl = polaco
suggestion-language-pt = portugués
suggestion-language-ro = rumano
suggestion-language-sk = eslovaco
suggestion-language-sl = esloveno
suggestion-language-sv = sueco
suggestion-language-ar = árabe
suggestion-language-tr = turco
suggestion-language-uk = ucraniano
