# Erros: títulos dos problemas (API e páginas) e mensagens para cada código de erro.

problem-invalid-input = Há informações em falta ou incorretas
problem-malformed = Não foi possível ler o pedido
problem-json-expected = Envie um corpo JSON com o Content-Type application/json.
problem-object-expected = O corpo tem de ser um objeto JSON.
problem-conflict = Isto já existe
problem-unauthenticated = Inicie sessão
problem-forbidden = Não tem permissão para fazer isto
problem-not-found = Não encontrado
problem-refused = Esta alteração não é possível
problem-too-many-requests = Demasiadas tentativas
problem-retry-after = Aguarde { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } de segundos
   *[other] { $seconds } segundos
} antes de tentar novamente.
problem-internal = Ocorreu um erro do nosso lado

page-forbidden = A sua função nesta plataforma não permite isto.
page-internal = Lamentamos: ocorreu um erro do nosso lado. Tente novamente daqui a pouco.
page-form-expired = Este formulário expirou. Volte atrás, recarregue a página e tente novamente.

error-required = Preencha este campo.
error-too-long = É demasiado longo.
error-type = Este valor tem o tipo errado: { $detail }
error-email-malformed = Introduza um endereço de e-mail como name@example.org.
error-password-too-short = A palavra-passe tem de ter pelo menos 10 caracteres.
error-password-wrong = Esta palavra-passe não está correta.
error-credentials-wrong = O endereço de e-mail ou a palavra-passe não estão corretos.
error-date-malformed = Introduza uma data como 1990-04-23.
error-birth-date-implausible = Verifique a data de nascimento: não pode ser no futuro nem anterior a 1900.
error-locale-unknown = Este idioma não está disponível.
error-slug-length = Use entre 2 e 40 caracteres.
error-slug-characters = Use apenas letras minúsculas, algarismos e hífenes, sem começar nem terminar com um hífen.
error-latitude-out-of-range = A latitude tem de estar entre -90 e 90.
error-longitude-out-of-range = A longitude tem de estar entre -180 e 180.
error-coordinates-malformed = Escreva o ponto como latitude,longitude, por exemplo 50.85,4.35.
error-organisation-kind-unknown = Escolha um dos tipos de organização.
error-role-unknown = Esta função não existe.
error-account-unknown = Ainda ninguém tem conta com este endereço de e-mail.
error-platform-unknown = Não existe nenhuma plataforma com este endereço.
error-last-admin = Uma organização precisa de pelo menos um administrador. Adicione primeiro outro administrador.
error-taken-email = Já existe uma conta com este endereço de e-mail.
error-taken-slug = Outra plataforma já usa este endereço.
error-taken-member = Esta pessoa já é membro.
error-unknown-platform = Essa plataforma não existe.
error-unknown-organisation = Essa organização não existe.
error-unknown-account = Essa conta não existe.
error-unknown-token = Essa chave não existe.
error-unknown-member = Esta pessoa não é membro.
error-unknown-page = Não existe nada neste endereço.
error-unknown-parent = Essa plataforma superior não existe.
error-time-zone-unknown = Este fuso horário não existe. Use um nome como Europe/Brussels.
