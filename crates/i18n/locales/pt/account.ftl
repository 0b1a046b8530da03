# Registo, início e fim de sessão; a página da conta.

sign-up-title = Crie a sua conta
sign-up-intro = Demora um minuto. Só pedimos o que é necessário.
sign-up-submit = Criar a minha conta
sign-up-have-account = Já tem conta?
sign-in-title = Iniciar sessão
sign-in-submit = Iniciar sessão
sign-in-no-account = É a primeira vez?

field-display-name = O seu nome
field-display-name-hint = O nome que as outras pessoas vão ver.
field-email = Endereço de e-mail
field-password = Palavra-passe
field-password-hint = Pelo menos 10 caracteres. Algumas palavras de que se lembre facilmente funcionam bem.
field-birth-date = Data de nascimento (opcional)
field-birth-date-hint = Algumas atividades têm uma idade mínima. Só a usamos para verificar isso.
field-language = Idioma
field-current-password = Palavra-passe atual
field-new-password = Nova palavra-passe
field-password-confirm = A sua palavra-passe, para confirmar

account-title = A minha conta
account-platforms = As minhas plataformas
account-no-platforms = Ainda não aderiu a nenhuma plataforma.
account-language = Idioma
account-language-submit = Guardar idioma
account-password = Alterar palavra-passe
account-password-submit = Alterar palavra-passe
account-tokens = Acesso para aplicações
account-tokens-intro = As aplicações e os programas que agem em seu nome usam estas chaves. Revogue as que já não utiliza.
account-no-tokens = Nenhuma aplicação tem acesso.
account-token-revoked = revogada
account-token-revoke = Revogar
account-data = Os meus dados
account-data-intro = Transfira tudo o que esta plataforma guarda sobre si, num ficheiro que outros programas conseguem ler.
account-data-download = Transferir os meus dados
account-delete = Eliminar a minha conta
account-delete-intro = O seu nome, endereço de e-mail e data de nascimento são apagados e deixa de poder iniciar sessão. O que fez pelos outros fica no histórico, sem o seu nome. Esta ação não pode ser anulada.
account-delete-submit = Eliminar a minha conta definitivamente

notice-welcome = Boas-vindas! A sua conta está pronta.
notice-signed-out = Terminou a sessão. Até breve!
notice-account-deleted = A sua conta foi eliminada.
notice-password-changed = A sua palavra-passe foi alterada. Todas as suas outras sessões foram terminadas.
notice-language-changed = O seu idioma foi guardado.
notice-token-revoked = A chave foi revogada.
