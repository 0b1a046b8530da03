# Voluntariado: encontrar oportunidades, a página de uma oportunidade, turnos e inscrições,
# listas de presenças, os meus turnos, painéis das organizações, competências e causas.

## Encontrar oportunidades

opportunities-title = Encontre algo para fazer
opportunities-find = Encontrar algo para fazer
opportunities-filters = Filtros
opportunities-more-filters = Mais filtros: competência, causa, idioma, datas, local
opportunities-any = Qualquer
opportunities-sort-start = Mais cedo primeiro
opportunities-sort-distance = Mais perto primeiro
opportunities-search = Pesquisar
opportunities-reset = Limpar todos os filtros
opportunities-results = Oportunidades
opportunities-none = Ainda nada corresponde a estes filtros. Experimente usar menos filtros ou uma zona mais alargada.
opportunities-fix-filters = Corrija os filtros acima para ver resultados.
opportunities-distance = a { $distance } de distância
opportunities-more-shifts = { $count ->
    [one] e mais { $count } horário
    [many] e mais { $count } de horários
   *[other] e mais { $count } horários
}
opportunities-next-page = Página seguinte
opportunities-list-title = O que pode fazer connosco
opportunities-none-published = De momento, não há nada em que se possa inscrever.

field-search-words = Palavras a procurar
field-search-words-hint = Por exemplo: banco alimentar, leitura, jardim.
field-skill = Competência
field-cause = Causa
field-spoken-language = Idioma falado no local
field-from-day = De (dia)
field-to-day = Até (dia)
field-near = Perto deste local
field-near-hint = Uma rua, uma morada, um código postal ou um bairro. Também pode usar dois números de uma aplicação de mapas, por exemplo 51.05,3.72.
field-near-hint-no-places = Dois números de uma aplicação de mapas, por exemplo 51.05,3.72. Quando a equipa da plataforma importar as suas ruas, também pode usar uma rua ou um bairro.
opportunities-near-place = Perto deste local: { $place }.
opportunities-near-others = Ou perto de outro local:
error-place-not-found = Nenhum local desta plataforma tem esse nome. Experimente uma rua, um código postal ou um bairro, ou dois números de uma aplicação de mapas, por exemplo 51.05,3.72.
field-within-km = Num raio de (km)
field-remote-only = Só o que posso fazer a partir de casa
field-sort = Ordem

## Uma oportunidade

opportunity-remote = À distância: a partir de qualquer lugar
opportunity-address-unknown = Local a confirmar pela organização
opportunity-coordinator-tools = Ferramentas de coordenação
opportunity-edit = Editar
opportunity-skills = Competências
opportunity-causes = Causas
opportunity-languages = Idiomas falados no local
opportunity-min-age = Idade mínima
opportunity-min-age-value = { $age } anos
opportunity-accessibility = Acessibilidade
opportunity-where = Onde
opportunity-shifts = Quando
opportunity-not-open = De momento, esta oportunidade não aceita inscrições.
opportunity-sign-in-to-sign-up = Inicie sessão para se inscrever
opportunity-join-first = Adira a esta plataforma para se inscrever. É gratuito e basta um clique.
opportunity-ongoing = Não há horários fixos: ajude quando for conveniente para si e para a organização.
opportunity-ongoing-short = Contínua, sem horários fixos
opportunity-no-upcoming = De momento, não há horários previstos.
opportunity-dates-nav = Mais datas
opportunity-earlier-dates = Datas anteriores
opportunity-later-dates = Datas seguintes
opportunity-past-shifts = Horários passados
opportunity-report-hours = Registar as minhas horas
opportunity-report-hours-intro = Diga à organização durante quanto tempo ajudou. Um coordenador confirma.
opportunity-report-hours-submit = Registar estas horas
opportunity-times-in-zone = As datas e horas estão no fuso horário da plataforma ({ $zone }).
opportunity-add-shift = Adicionar um horário
opportunity-add-shift-submit = Adicionar este horário
opportunity-add-series = Adicionar horários repetidos
opportunity-add-series-intro = Por exemplo, todas as terças-feiras das 14:00 às 17:00 até ao fim de março. Depois, cada horário pode ser alterado individualmente.
opportunity-add-series-submit = Adicionar estes horários
opportunity-status-draft = Rascunho
opportunity-status-published = Publicada
opportunity-status-closed = Encerrada
opportunity-status-draft-hint = Só a sua organização a vê.
opportunity-status-published-hint = Todos a podem encontrar e inscrever-se.
opportunity-status-closed-hint = Continua visível, mas ninguém se pode inscrever.
opportunity-new-title = Publicar uma oportunidade
opportunity-new-submit = Guardar a oportunidade
opportunity-edit-title = Editar a oportunidade
opportunity-edit-submit = Guardar as alterações
opportunity-form-cancel = Cancelar

opportunity-notice-created = A oportunidade foi guardada. Agora adicione os horários em que as pessoas podem vir.
opportunity-notice-saved = As suas alterações foram guardadas.
opportunity-notice-signed-up = A sua inscrição está feita. Obrigado! Vai receber um lembrete na véspera.
opportunity-notice-waitlisted = Este horário está completo: está na lista de espera. Se vagar um lugar, é seu e avisamos.
opportunity-notice-left = A sua inscrição foi cancelada.
opportunity-notice-shift-added = O horário foi adicionado.
opportunity-notice-series-added = Os horários repetidos foram adicionados.
opportunity-notice-shift-cancelled = O horário foi cancelado. Todas as pessoas inscritas são avisadas.
opportunity-notice-hours-reported = As suas horas foram registadas. Um coordenador vai confirmá-las.

field-opportunity-title = O que é preciso fazer?
field-opportunity-title-hint = Algumas palavras, por exemplo: Separar alimentos no banco alimentar.
field-opportunity-description = Conte mais aos voluntários
field-skills = Competências úteis
field-causes = Causas que serve
field-languages = Idiomas falados no local
field-languages-hint = Assinale os idiomas que um voluntário pode usar no local.
field-min-age = Idade mínima (opcional)
field-min-age-hint = Deixe em branco se qualquer pessoa puder ajudar.
field-accessibility = Acessibilidade (opcional)
field-accessibility-hint = Degraus, elevador, casas de banho, estacionamento, transportes públicos…
field-where = Onde acontece?
field-where-place = Num local
field-where-remote = À distância: a partir de qualquer lugar
field-where-place-hint = Para um local, indique a morada e a posição no mapa (pode copiar os números de uma aplicação de mapas).
field-address = Morada
field-latitude = Latitude
field-latitude-hint = Por exemplo 51.0543
field-longitude = Longitude
field-longitude-hint = Por exemplo 3.7174
field-status = Quem a pode ver?

## Turnos

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] Resta { $left } lugar
    [many] Restam { $left } de lugares
   *[other] Restam { $left } lugares
} de { $slots }
shift-full = Completo
shift-waiting = { $count ->
    [one] { $count } pessoa na lista de espera
    [many] { $count } de pessoas na lista de espera
   *[other] { $count } pessoas na lista de espera
}
shift-cancelled = Cancelado
shift-sign-up = Inscrever-me
shift-join-waiting-list = Entrar na lista de espera
shift-you-confirmed = A sua inscrição está feita.
shift-you-waiting = Está na lista de espera, na posição { $position }.
shift-leave = Cancelar a minha inscrição
shift-cancel = Cancelar este horário
shift-roster-link = Quem vem
shift-weekday-1 = Segunda-feira
shift-weekday-2 = Terça-feira
shift-weekday-3 = Quarta-feira
shift-weekday-4 = Quinta-feira
shift-weekday-5 = Sexta-feira
shift-weekday-6 = Sábado
shift-weekday-7 = Domingo

field-shift-day = Dia
field-start-time = Começa às
field-end-time = Termina às
field-slots = Número de lugares
field-frequency = Com que frequência?
field-frequency-weekly = Todas as semanas, nos dias assinalados abaixo
field-frequency-daily = Todos os dias
field-weekdays = Dias da semana
field-weekdays-hint = Para horários semanais. Se nenhum estiver assinalado, usa-se o dia da semana do primeiro dia.
field-first-day = Primeiro dia
field-last-day = Último dia
field-except = Dias sem este horário (opcional)
field-except-hint = Feriados, por exemplo: 2026-12-25, 2027-01-01
field-hours-day = Dia
field-hours-minutes = Quantos minutos?
field-hours-minutes-hint = Para uma hora e meia, escreva 90.
field-hours-note = O que fez? (opcional)

## A lista de presenças de um turno

roster-title = Quem vem
roster-fill = { $taken } de { $slots } lugares ocupados
roster-csv = Transferir a lista (CSV, para uma folha de cálculo)
roster-confirmed = Confirmados
roster-attendance-later = Pode marcar quem veio a partir de 30 minutos antes de o horário começar.
roster-nobody = Ainda ninguém se inscreveu.
roster-attended = Veio
roster-no-show = Não veio
roster-remove = Remover
roster-waiting = Lista de espera
roster-nobody-waiting = Ninguém está à espera.
roster-position = posição { $position }
roster-ended = Cancelados
roster-cancelled = cancelada
roster-removed = removida por um coordenador
roster-late = em cima da hora
roster-erased-name = Um antigo membro
roster-edit-shift = Alterar este horário
roster-edit-hint = Não menos do que as pessoas já confirmadas.
roster-edit-submit = Guardar as alterações
field-minutes = Minutos
roster-notice-attendance-saved = Presenças guardadas.
roster-notice-removed = A inscrição foi removida. A primeira pessoa em espera, se houver, fica agora com o lugar.
roster-notice-shift-saved = O horário foi alterado. Todas as pessoas inscritas são avisadas.

## Os meus turnos

my-shifts-nav = Os meus turnos
my-shifts-title = Os meus turnos
my-shifts-total = Horas que já dei:
my-shifts-calendar = Adicionar os meus turnos ao meu calendário
my-shifts-upcoming = Próximos
my-shifts-none-upcoming = Não tem inscrições em nada que esteja para vir.
my-shifts-recent = Recentes
my-shifts-none-recent = Nada nos últimos 30 dias.
my-shifts-attended = Esteve presente: { $duration }
my-shifts-no-show = Ausência registada
my-shifts-done = Concluído
my-shifts-cancelled = Cancelou
my-shifts-removed = Inscrição removida por um coordenador
my-shifts-reports = Horas que registei
my-shifts-no-reports = Ainda não registou nenhuma hora.
my-shifts-report-pending = a aguardar confirmação
my-shifts-report-approved = confirmadas
my-shifts-report-declined = recusadas
my-shifts-notice-cancelled = A sua inscrição foi cancelada.

## O painel de uma organização

dashboard-link = Painel
dashboard-title = Painel
dashboard-publish = Publicar uma oportunidade
dashboard-figures = Em números
dashboard-upcoming-shifts = Próximos horários
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Lugares preenchidos
dashboard-percent = { $percent }%
dashboard-places = { $taken } de { $slots }
dashboard-no-places = Sem lugares nos próximos horários
dashboard-hours-month = Horas este mês
dashboard-hours-total = Horas no total
dashboard-upcoming = Próximos
dashboard-no-upcoming = Não há horários previstos.
dashboard-fill = { $taken } de { $slots } lugares ocupados{ $waiting ->
    [0] {""}
   *[other] , { $waiting } em lista de espera
}
dashboard-opportunities = As nossas oportunidades
dashboard-no-opportunities = Ainda não publicou nada.
dashboard-reports = Horas a confirmar
dashboard-no-reports = Não há horas à espera da sua confirmação.
dashboard-approve = Confirmar
dashboard-decline = Recusar
dashboard-notice-report-approved = As horas foram confirmadas.
dashboard-notice-report-declined = As horas foram recusadas.
dashboard-notice-report-decided-before = Alguém já tinha tomado uma decisão sobre estas horas.

## Competências e causas

terms-link = Competências e causas
terms-title = Competências e causas
terms-skills = Competências
terms-causes = Causas
terms-empty = A lista está vazia.
terms-rename = Mudar o nome
terms-remove = Remover
terms-add = Adicionar uma competência ou uma causa
terms-add-submit = Adicionar
terms-kind-skill = Uma competência
terms-kind-cause = Uma causa
terms-notice-added = Adicionado.
terms-notice-renamed = Nome alterado.
terms-notice-removed = Removido.
field-term-kind = Que lista?
field-term-code = Código
field-term-code-hint = Um nome curto e fixo para programas: 2 a 40 letras minúsculas, algarismos e hífenes, como first-aid.

# Uma duração tal como a pessoa a lê («1 h 15 min»); $hours e $minutes chegam já formatados.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Em curso agora
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Adicionar a minha data de nascimento
terms-intro-languages = As oportunidades são classificadas com estas listas, que também servem de filtros. Cada entrada tem um nome em inglês; dê-lhe nomes nos idiomas que as pessoas daqui leem.
field-term-english = Nome em inglês
terms-names-link = Nomes noutros idiomas
terms-names-title = Nomes de «{ $name }»
terms-names-intro = Dê a esta entrada um nome em cada idioma que as pessoas daqui leem. Se um idioma não tiver nenhum, os seus leitores veem o nome em { $language } ou, senão, em inglês. As entradas predefinidas já se leem em todos os idiomas, enquanto o seu nome em inglês não for alterado.
terms-names-other-languages = Outros idiomas
terms-names-submit = Guardar os nomes
terms-add-name-in = Nome em { $language } (opcional)
terms-add-name-hint = Pode dar nomes noutros idiomas mais tarde.
terms-notice-named = Os nomes foram guardados.
error-term-name-english = O nome em inglês tem o seu próprio campo.
roster-came = { $name } veio
roster-attendance-how = Todos estão assinalados como tendo vindo, com os minutos do horário. Retire o visto a quem não veio, altere os minutos onde for preciso e depois guarde uma só vez.
roster-save-all = Guardar as presenças
error-attendance-minutes-out-of-range = Indique os minutos como um número inteiro, de 0 até à duração do horário mais 12 horas.
error-too-many-marks = Envie as presenças de no máximo 1000 pessoas de cada vez.
opportunity-create-account = Criar conta
opportunity-notice-welcome = Boas-vindas! A sua conta está pronta: escolha um horário abaixo para se inscrever.
signup-cancel-title = Quer desistir do seu lugar?
signup-cancel-question = Quer desistir do seu lugar em «{ $title }», { $when }?
signup-cancel-hint = O seu lugar passa para a primeira pessoa em espera ou volta a ficar livre. Pode inscrever-se de novo enquanto houver lugares.
signup-cancel-confirm = Sim, desistir do meu lugar
signup-cancel-keep = Não, manter o meu lugar
roster-remove-title = Quer remover alguém deste horário?
roster-remove-question = Quer remover { $name } de «{ $title }», { $when }?
roster-remove-hint = A pessoa é avisada e o lugar passa para a primeira pessoa em espera.
roster-remove-confirm = Sim, remover { $name }
roster-remove-keep = Não, manter a inscrição
