# La página de inicio y la página de una plataforma.

home-title = Ayuda cerca de ti
home-intro = Encuentra una plataforma local de voluntariado y ayuda entre vecinos, o únete a la del lugar donde vives.
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
