# As competências, causas e categorias de ajuda com que cada plataforma começa. Quem administra
# a plataforma pode mudar-lhes o nome; até lá, são mostrados estes nomes.

term-skill-driving = Condução
term-skill-first-aid = Primeiros socorros
term-skill-cooking = Cozinha
term-skill-gardening = Jardinagem
term-skill-diy = Pequenas reparações
term-skill-computers = Computadores e telemóveis
term-skill-languages = Tradução e interpretação
term-skill-teaching = Ensino e explicações
term-skill-listening = Escuta e companhia
term-skill-admin = Papelada
term-skill-lifting = Carregar e levantar pesos
term-skill-childcare = Cuidar de crianças

term-cause-elderly = Pessoas idosas
term-cause-children = Crianças e jovens
term-cause-poverty = Pobreza e alimentação
term-cause-health = Saúde e cuidados
term-cause-environment = Ambiente e clima
term-cause-refugees = Refugiados e recém-chegados
term-cause-disability = Pessoas com deficiência
term-cause-culture = Cultura e desporto
term-cause-animals = Animais
term-cause-neighbourhood = Vida de bairro

term-help-groceries = Compras
term-help-pharmacy = Farmácia
term-help-delivery = Entrega de refeições ou encomendas
term-help-lift = Uma boleia
term-help-call-or-visit = Um telefonema ou uma visita
term-help-repairs = Pequenas reparações
term-help-paperwork = Papelada e ajuda digital
term-help-pet-care = Cuidar de animais de estimação
term-help-housing = Habitação
term-help-other = Outro
