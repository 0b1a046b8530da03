# Las habilidades, causas y categorías de ayuda con las que empieza cada plataforma. Quienes
# administran la plataforma pueden cambiarles el nombre; hasta entonces se muestran estos.

term-skill-driving = Conducir
term-skill-first-aid = Primeros auxilios
term-skill-cooking = Cocina
term-skill-gardening = Jardinería
term-skill-diy = Pequeñas reparaciones
term-skill-computers = Informática y móviles
term-skill-languages = Traducción e interpretación
term-skill-teaching = Enseñanza y clases de apoyo
term-skill-listening = Escucha y compañía
term-skill-admin = Papeleo y trámites
term-skill-lifting = Cargar y levantar peso
term-skill-childcare = Cuidado de niños

term-cause-elderly = Personas mayores
term-cause-children = Infancia y juventud
term-cause-poverty = Pobreza y alimentación
term-cause-health = Salud y cuidados
term-cause-environment = Medio ambiente y clima
term-cause-refugees = Personas refugiadas y recién llegadas
term-cause-disability = Personas con discapacidad
term-cause-culture = Cultura y deporte
term-cause-animals = Animales
term-cause-neighbourhood = Vida de barrio

term-help-groceries = La compra
term-help-pharmacy = Farmacia
term-help-delivery = Entrega de comidas o paquetes
term-help-lift = Llevar en coche
term-help-call-or-visit = Una llamada o una visita
term-help-repairs = Pequeñas reparaciones
term-help-paperwork = Papeleo y ayuda digital
term-help-pet-care = Cuidado de mascotas
term-help-housing = Vivienda
term-help-other = Otra cosa
