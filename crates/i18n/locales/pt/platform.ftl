# A página inicial e a página de uma plataforma.

home-title = Ajuda perto de si
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
home-part-of = Faz parte de { $platform }
home-figure-opportunities = { $count ->
    [one] { $count } atividade com próximos horários
    [many] { $count } de atividades com próximos horários
   *[other] { $count } atividades com próximos horários
}
home-figure-requests = { $count ->
    [one] { $count } vizinho a pedir ajuda
    [many] { $count } de vizinhos a pedir ajuda
   *[other] { $count } vizinhos a pedir ajuda
}
home-figure-members = { $count ->
    [one] { $count } membro
    [many] { $count } de membros
   *[other] { $count } membros
}
home-what = O Entraide é o lugar onde uma cidade ou um bairro gere o seu próprio voluntariado e a sua ajuda entre vizinhos: encontre algo para fazer perto de si ou peça que lhe deem uma mão.
