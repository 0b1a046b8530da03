# Escolher uma nova palavra-passe quando se esqueceu a antiga: as páginas e o e-mail.

password-forgot-link = Esqueceu-se da palavra-passe?
password-forgot-title = Esqueceu-se da palavra-passe?
password-forgot-intro = Escreva o endereço de e-mail da sua conta. Vamos enviar-lhe uma ligação para escolher uma nova palavra-passe.
password-forgot-submit = Enviar-me uma ligação
password-have-code = Tenho um código do e-mail
password-sent-title = Veja o seu e-mail
password-sent-text = Se uma conta usar { $email }, vai a caminho um e-mail com uma ligação para escolher uma nova palavra-passe. A ligação funciona durante uma hora.
password-sent-nothing = Nenhum e-mail ao fim de alguns minutos? Veja na pasta de spam, confirme o endereço ou peça novamente.
password-ask-again = Pedir novamente
password-back-to-sign-in = Voltar ao início de sessão
password-reset-title = Escolha uma nova palavra-passe
password-reset-for = Para a conta { $email }.
password-reset-submit = Guardar a minha nova palavra-passe
field-reset-code = Código do e-mail
field-reset-code-hint = Cole o código longo do e-mail que lhe enviámos.
password-expired-title = Esta ligação já não funciona
password-expired-text = Uma ligação para escolher uma nova palavra-passe funciona durante uma hora, e só uma vez. Peça uma nova: demora um minuto.
password-expired-ask = Pedir uma nova ligação
error-reset-link-expired = Este código já não funciona: já foi usado ou tem mais de uma hora. Peça uma nova ligação.
notice-password-reset = A sua nova palavra-passe foi guardada e a sua sessão está iniciada. Todas as suas outras sessões foram terminadas.

mail-password-reset-subject = Escolha uma nova palavra-passe
mail-password-reset-body = Foi pedido, provavelmente por si, para escolher uma nova palavra-passe para a sua conta.
mail-password-reset-link = Para a escolher, abra esta ligação dentro de uma hora (só funciona uma vez):
mail-password-reset-code = Para a escolher, vá à página de início de sessão do site, escolha «Esqueceu-se da palavra-passe?», depois «Tenho um código do e-mail», e cole este código dentro de uma hora:
mail-password-reset-ignore = Se não fez este pedido, pode ignorar este e-mail: a sua palavra-passe fica como está.
mail-password-reset-footer = Recebe este e-mail porque foi pedida uma nova palavra-passe para a conta com este endereço.
