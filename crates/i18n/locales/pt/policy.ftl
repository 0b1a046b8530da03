## O aviso de privacidade e as condições de utilização de uma plataforma
policy-title = Aviso de privacidade e condições de utilização
policy-of = Aviso de privacidade e condições de utilização de { $platform }
policy-version = Versão { $version }, publicada em { $date }.
policy-standard-note = Este é o texto padrão: a equipa da plataforma ainda não escreveu o seu.
policy-accept = Li e aceito o aviso de privacidade e as condições de utilização de { $platform }
policy-read = Ler o aviso de privacidade e as condições de utilização
sign-up-privacy = Guardamos o seu nome e o seu endereço de e-mail para gerir a sua conta e nunca os partilhamos. Cada plataforma mostra-lhe o respetivo aviso de privacidade e as condições de utilização antes de aderir a ela.
sign-up-join-accept = Aderir também a { $platform }, para se inscrever nas respetivas atividades. Aceito o aviso de privacidade e as condições de utilização desta plataforma.
policy-edit-link = Editar o aviso de privacidade e as condições de utilização
policy-edit-title = Editar o aviso de privacidade e as condições de utilização
policy-edit-intro = Escreva o texto que as pessoas aceitam quando aderem a { $platform }, em todos os idiomas que quiser. Quando um idioma não tem texto, os leitores veem o texto no idioma da plataforma. Guardar publica uma nova versão: quem aderir a partir desse momento aceita essa versão.
policy-edit-written = Escrito em: { $languages }.
policy-edit-choose = Escrever neste idioma
field-policy-language = Idioma
field-policy-body = Texto
field-policy-body-hint = Separe os parágrafos com uma linha em branco. Deixe em branco para remover este idioma.
policy-edit-save = Publicar esta versão
notice-policy-published = A nova versão foi publicada.
error-policy-not-accepted = Assinale esta caixa para aderir: significa que aceita o aviso de privacidade e as condições de utilização.
error-taken-policy = Foi publicada outra versão no mesmo momento. Tente novamente.

## O texto padrão, até uma plataforma escrever o seu
policy-standard-who = A plataforma { $platform } gere este site para que os vizinhos se possam ajudar uns aos outros e fazer voluntariado em organizações locais. Eis o que guardamos sobre si, quem o vê e as poucas regras que mantêm este espaço seguro.
policy-standard-kept = O que guardamos: o seu nome, o seu endereço de e-mail, a sua palavra-passe (apenas numa forma que ninguém consegue voltar a ler) e o que decidir acrescentar: um número de telefone, a sua data de nascimento, o seu perfil de voluntário, as suas inscrições e horas, os seus pedidos, ofertas e mensagens.
policy-standard-seen = Quem o vê: as outras pessoas veem o seu nome. Os coordenadores de um turno em que se inscrever veem o seu endereço de e-mail e o seu número de telefone. A morada exata de um pedido de ajuda só é mostrada à pessoa que quem fez o pedido aceitou para ajudar. Uma conversa só é lida pelas duas pessoas que nela participam e pela equipa da plataforma quando uma delas a denuncia.
policy-standard-never = O que nunca fazemos: vender ou ceder os seus dados, mostrar publicidade ou enviar o seu endereço a outros serviços. Só lhe enviamos e-mails sobre o que faz aqui.
policy-standard-rights = Os seus direitos: na página da sua conta, pode a qualquer momento transferir tudo o que guardamos sobre si, corrigi-lo ou apagar a sua conta. O que fez até então fica no histórico, sem o seu nome.
policy-standard-rules = As regras: aja com gentileza e honestidade, respeite a privacidade dos outros e nunca peça dinheiro pela ajuda dada aqui. A equipa pode ocultar o que não cumprir estas regras e suspender as contas de quem não as cumpre.
policy-standard-questions = Tem perguntas? Fale com a equipa de { $platform }.
