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
account-calendar = Calendário
account-calendar-intro = Os seus turnos confirmados podem aparecer na aplicação de calendário que já usa, no telemóvel ou no computador. Subscreva lá a sua ligação privada de calendário («adicionar calendário a partir de um endereço web»): a aplicação verifica-a sozinha e mostra os novos turnos, as alterações e os cancelamentos.
account-calendar-link = A sua ligação privada de calendário
account-calendar-link-hint = Copie-a agora para a sua aplicação de calendário. Para sua segurança, não a guardamos, por isso não a podemos mostrar outra vez.
account-calendar-active = Tem uma ligação privada de calendário. Se a perdeu, crie uma nova.
account-calendar-none = Ainda não tem uma ligação privada de calendário.
account-calendar-secret = Quem tiver a ligação pode ver os seus turnos, por isso guarde-a só para si. Se outra pessoa a obteve, crie uma nova: a ligação antiga deixa de funcionar de imediato.
account-calendar-create = Criar a minha ligação privada
account-calendar-replace = Criar uma nova ligação
account-calendar-revoke = Desativar a minha ligação
account-calendar-download = Transferir os meus turnos como ficheiro de calendário
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
notice-calendar-created = A sua ligação privada de calendário está pronta: copie-a agora na secção Calendário.
notice-calendar-revoked = A sua ligação privada de calendário foi desativada. As aplicações de calendário que a usavam deixam de receber os seus turnos.

# O feed privado de calendário, lido pelas aplicações de calendário.
error-unknown-calendar-feed = Não existe nenhum calendário neste endereço. A ligação pode ter sido desativada ou substituída.
problem-host-missing = O pedido não indica a que site se destina (o cabeçalho Host está em falta ou mal formado).
account-birth-date = Data de nascimento
account-birth-date-submit = Guardar data de nascimento
notice-birth-date-saved = A sua data de nascimento foi guardada.

## Nome, telefone e endereço de e-mail na página da conta
account-details = O seu nome e telefone
account-details-submit = Guardar nome e telefone
field-phone = Número de telefone (opcional)
field-phone-hint = Só os coordenadores dos turnos em que se inscrever o veem, para o poderem contactar sobre um turno.
notice-details-saved = O seu nome e número de telefone foram guardados.
account-email = Endereço de e-mail
account-email-current = Inicia sessão com { $email }.
account-email-unconfirmed = Este endereço ainda não está confirmado. Abra a ligação que enviámos para esse endereço: enquanto não o fizer, não lhe podemos enviar nenhum e-mail.
account-email-pending = Pediu para passar a usar { $email }. Abra a ligação que enviámos para esse endereço; até lá, continua a iniciar sessão com o seu endereço atual.
account-email-resend = Enviar a ligação outra vez
account-email-have-code = Tenho um código do e-mail
account-email-change = Alterar o meu endereço de e-mail
account-email-how = Enviamos uma ligação para o novo endereço. Este só substitui o atual depois de abrir essa ligação.
field-new-email = Novo endereço de e-mail
field-email-password = A sua palavra-passe, para confirmar
account-email-submit = Enviar a ligação
notice-email-link-sent = Enviámos-lhe uma ligação. Abra-a a partir da sua caixa de correio para confirmar o endereço.
notice-email-confirmed = O seu endereço de e-mail está confirmado.
banner-email-unconfirmed = Confirme o seu endereço de e-mail { $email }: abra a ligação que lhe enviámos. Até lá, não lhe podemos enviar nenhum e-mail.
banner-email-unconfirmed-link = Não a recebeu?

## Confirmar um endereço com a ligação enviada por e-mail
email-confirm-title = Confirme o seu endereço de e-mail
email-confirm-text = { $email } é o seu endereço? Carregue no botão para o confirmar: a sua conta vai usá-lo para iniciar sessão e para os e-mails.
email-confirm-submit = Sim, confirmar o meu endereço
field-confirm-code = Código do e-mail
field-confirm-code-hint = Cole o código longo do e-mail que lhe enviámos.
email-confirmed-title = O seu endereço está confirmado
email-confirmed-text = A partir de agora, enviamos os seus e-mails para { $email } e é com ele que inicia sessão.
email-confirmed-continue = Continuar
email-confirm-expired-title = Esta ligação já não funciona
email-confirm-expired-text = Uma ligação para confirmar um endereço funciona uma só vez, durante { $days } dias. Peça uma nova na página da sua conta: demora um minuto.
email-confirm-ask-again = Pedir uma nova ligação
email-confirm-taken-title = Este endereço já está a ser usado
email-confirm-taken-text = Outra conta usa agora { $email }, por isso não pode ser também seu. A sua conta mantém o endereço que tinha.

## O e-mail com a ligação
mail-confirm-subject = Confirme o seu endereço de e-mail
mail-confirm-body = Boas-vindas ao Entraide! Para receber por e-mail notícias dos seus turnos e dos pedidos dos seus vizinhos, confirme que este endereço é seu.
mail-confirm-new-body = Pediu para usar este endereço na sua conta Entraide. Confirme-o para iniciar sessão com ele e receber aqui os seus e-mails.
mail-confirm-link = Para o confirmar, abra esta ligação no prazo de 7 dias:
mail-confirm-code = Para o confirmar, inicie sessão no site, abra «A minha conta», escolha «Tenho um código do e-mail» e cole este código no prazo de 7 dias:
mail-confirm-ignore = Se não foi você que pediu isto, pode ignorar este e-mail: nada muda.
mail-confirm-footer = Recebe este e-mail porque este endereço foi indicado para uma conta no Entraide.

## O e-mail para um endereço que uma conta deixou de usar
mail-email-changed-subject = O seu endereço de e-mail foi alterado
mail-email-changed-body = A sua conta Entraide já não usa { $previous }: a partir de agora, inicia sessão com { $email } e os seus e-mails vão para lá.
mail-email-changed-not-you = Se não foi você que fez isto, outra pessoa pode estar a usar a sua conta. Escreva de imediato à equipa da sua plataforma: ela pode ajudar a recuperá-la.
mail-email-changed-footer = Recebe este e-mail porque este endereço era o de uma conta no Entraide.
