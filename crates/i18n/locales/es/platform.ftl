# La página de inicio y la página de una plataforma.

home-title = Ayuda cerca de ti
home-my-platforms = Mis plataformas
home-all-platforms = Todas las plataformas
home-no-platforms = Todavía no hay ninguna plataforma aquí.

platform-you-member = Eres miembro de esta plataforma.
platform-you-admin = Formas parte del equipo que gestiona esta plataforma.
platform-join = Unirme a esta plataforma
platform-sign-up-to-join = Crea una cuenta para unirte
platform-my-organisations = Mis organizaciones
platform-organisations = Organizaciones
platform-no-organisations = Todavía no se ha unido ninguna organización.
platform-new-organisation = Registrar una organización
home-part-of = Forma parte de { $platform }
home-figure-opportunities = { $count ->
    [one] Una actividad con próximos turnos
    [many] { $count } de actividades con próximos turnos
   *[other] { $count } actividades con próximos turnos
}
home-figure-requests = { $count ->
    [one] un vecino que pide ayuda
    [many] { $count } de vecinos que piden ayuda
   *[other] { $count } vecinos que piden ayuda
}
home-figure-members = { $count ->
    [one] un miembro
    [many] { $count } de miembros
   *[other] { $count } miembros
}
home-what = Entraide es el lugar donde una ciudad o un barrio gestiona por sí mismo su voluntariado y su ayuda entre vecinos: encuentra algo que hacer cerca de ti o pide que te echen una mano.
