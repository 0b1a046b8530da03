# Em todo o lado: navegação, rodapé, formulários, funções e tipos.

nav-skip-to-content = Saltar para o conteúdo
nav-label = Menu principal
nav-home = Voltar à página inicial
nav-my-account = A minha conta
nav-sign-in = Iniciar sessão
nav-sign-up = Criar conta
nav-sign-out = Terminar sessão
nav-languages = Idiomas
footer-free-software = O Entraide é software livre, gerido pela sua comunidade e para ela.

form-has-errors = Corrija o seguinte:

role-admin = Administrador
role-coordinator = Coordenador
role-platform-admin = Equipa da plataforma

kind-nonprofit = Entidade sem fins lucrativos
kind-school = Escola
kind-company = Empresa
kind-municipality = Serviço municipal
kind-group = Grupo informal
form-error-line = { $field }: { $message }
nav-platform = { $platform }: secções
language-for-mails-question = Está agora a ler o site em { $language }. Quer receber também os seus e-mails em { $language }?
language-for-mails-yes = Sim, os meus e-mails também
