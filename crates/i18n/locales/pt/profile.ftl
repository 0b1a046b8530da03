# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = O meu perfil
profile-title = O meu perfil de voluntário
profile-intro = Diga o que sabe fazer, as causas que lhe são importantes e quando está disponível. Assim, os coordenadores perto de si podem encontrar o seu perfil e verá os turnos que lhe convêm.
profile-notice-saved = O seu perfil foi guardado.
profile-no-platform = Primeiro, adira a uma plataforma: as competências e causas que pode escolher são as das listas dela.
profile-skills = O que sei fazer
profile-causes = As causas que me são importantes
profile-languages = As línguas que falo
profile-home = Onde moro
profile-home-hint = Este ponto só é visível para si. Serve para calcular a distância entre um local e a sua casa.
profile-within-km = Distância máxima que posso percorrer, em km
profile-within-km-hint = Mais de 0 e no máximo 500.
profile-availability = Quando estou disponível
profile-week-hint = Assinale as partes da semana em que costuma estar disponível, na hora local da plataforma. Deixe tudo em branco se isso mudar de semana para semana.
profile-part-morning = Manhã
profile-part-afternoon = Tarde
profile-part-evening = Noite
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Horários mais precisos
profile-precise-hint = Para outras horas: até dois períodos por dia. Juntam-se ao que assinalou acima.
profile-weekday = Dia
profile-from = De
profile-to = Até
profile-window = Período { $number }
profile-choices = Sugestões e correio eletrónico
profile-no-suggestions = Não me sugerir aos coordenadores nem me sugerir turnos
profile-no-mails = Não me enviar mensagens de correio eletrónico sobre sugestões
profile-save = Guardar o meu perfil
profile-see-suggestions = Ver os turnos que me convêm

suggestion-my-title = Turnos para mim
suggestion-my-intro = Próximos turnos com lugares livres que correspondem ao meu perfil, começando pelos que correspondem melhor.
suggestion-my-none = De momento, nenhum turno próximo corresponde ao seu perfil.
suggestion-my-no-profile = Preencha o seu perfil de voluntário para receber sugestões.
suggestion-my-opted-out = Pediu para não receber sugestões. Pode alterar isto no seu perfil.
suggestion-edit-profile = Editar o meu perfil
suggestion-score = Correspondência: { $score } em 100
suggestion-shift-title = Pessoas sugeridas
suggestion-shift-intro = Membros da plataforma que estão disponíveis nessa altura, moram dentro da distância que aceitam percorrer, têm a idade necessária e ainda não se inscreveram. Começando pelos que correspondem melhor.
suggestion-shift-none = De momento, ninguém corresponde a este turno.
suggestion-shift-closed = Este turno foi cancelado ou já começou: não há ninguém a sugerir.
suggestion-back-to-roster = Voltar à lista de inscritos
suggestion-roster-link = Pessoas sugeridas para este turno

suggestion-reason-skill = tem a competência: { $skill }
suggestion-reason-uses-skill = usa a sua competência: { $skill }
suggestion-reason-cause = interessa-se por: { $cause }
suggestion-reason-for-cause = por uma causa que lhe é importante: { $cause }
suggestion-reason-speaks = fala { $language }
suggestion-reason-in-language = em { $language }
suggestion-reason-distance = a { $distance }
suggestion-reason-remote = pode ser feito a partir de qualquer lugar
suggestion-reason-free-on = { $weekday }: está disponível
suggestion-reason-when-free = { $weekday }, quando está disponível
suggestion-reason-reliable = esteve presente em { $attended } de { $total } { $total ->
    [one] turno
    [many] de turnos
   *[other] turnos
}

suggestion-language-bg = búlgaro
suggestion-language-cs = checo
suggestion-language-da = dinamarquês
suggestion-language-de = alemão
suggestion-language-el = grego
suggestion-language-en = inglês
suggestion-language-es = espanhol
suggestion-language-et = estónio
suggestion-language-fi = finlandês
suggestion-language-fr = francês
suggestion-language-ga = irlandês
suggestion-language-hr = croata
suggestion-language-hu = húngaro
suggestion-language-it = italiano
suggestion-language-lt = lituano
suggestion-language-lv = letão
suggestion-language-mt = maltês
suggestion-language-nl = neerlandês
suggestion-language-pl = polaco
suggestion-language-pt = português
suggestion-language-ro = romeno
suggestion-language-sk = eslovaco
suggestion-language-sl = esloveno
suggestion-language-sv = sueco
suggestion-language-ar = árabe
suggestion-language-tr = turco
suggestion-language-uk = ucraniano
