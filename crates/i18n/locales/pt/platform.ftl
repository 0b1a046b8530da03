# A página inicial e a página de uma plataforma.

home-title = Ajuda perto de si
home-intro = Encontre uma plataforma local de voluntariado e de ajuda entre vizinhos, ou junte-se à da zona onde vive.
home-my-platforms = As minhas plataformas
home-all-platforms = Todas as plataformas
home-no-platforms = Ainda não há nenhuma plataforma aqui.

platform-you-member = É membro desta plataforma.
platform-you-admin = Faz parte da equipa que gere esta plataforma.
platform-join = Aderir a esta plataforma
platform-sign-up-to-join = Crie uma conta para aderir
platform-my-organisations = As minhas organizações
platform-organisations = Organizações
platform-no-organisations = Ainda nenhuma organização aderiu.
platform-new-organisation = Registar uma organização
