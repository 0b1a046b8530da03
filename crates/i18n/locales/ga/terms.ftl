# Na scileanna, na cúiseanna agus na catagóirí cabhrach a bhíonn ag gach ardán ar dtús. Is féidir
# le riarthóirí an ardáin iad a athainmniú; taispeántar na hainmneacha seo go dtí sin.

term-skill-driving = Tiomáint
term-skill-first-aid = Garchabhair
term-skill-cooking = Cócaireacht
term-skill-gardening = Garraíodóireacht
term-skill-diy = Miondeisiúcháin
term-skill-computers = Ríomhairí agus fóin
term-skill-languages = Aistriúchán agus ateangaireacht
term-skill-teaching = Teagasc agus grinnteagasc
term-skill-listening = Éisteacht agus comhluadar
term-skill-admin = Páipéarachas
term-skill-lifting = Iompar agus ardú
term-skill-childcare = Cúram leanaí

term-cause-elderly = Daoine scothaosta
term-cause-children = Leanaí agus daoine óga
term-cause-poverty = Bochtaineacht agus bia
term-cause-health = Sláinte agus cúram
term-cause-environment = Comhshaol agus aeráid
term-cause-refugees = Dídeanaithe agus daoine nua
term-cause-disability = Daoine faoi mhíchumas
term-cause-culture = Cultúr agus spórt
term-cause-animals = Ainmhithe
term-cause-neighbourhood = Saol na comharsanachta

term-help-groceries = Earraí grósaera
term-help-pharmacy = Cógaslann
term-help-delivery = Seachadadh béile nó beartáin
term-help-lift = Síob
term-help-call-or-visit = Glao gutháin nó cuairt
term-help-repairs = Miondeisiúcháin
term-help-paperwork = Páipéarachas agus cabhair dhigiteach
term-help-pet-care = Cúram peataí
term-help-housing = Tithíocht
term-help-other = Eile
