# The skills, causes and help categories every platform starts with. Platform admins
# can rename them; these names are shown until they do.

term-skill-driving = Driving
term-skill-first-aid = First aid
term-skill-cooking = Cooking
term-skill-gardening = Gardening
term-skill-diy = Small repairs
term-skill-computers = Computers and phones
term-skill-languages = Translating and interpreting
term-skill-teaching = Teaching and tutoring
term-skill-listening = Listening and company
term-skill-admin = Paperwork
term-skill-lifting = Carrying and lifting
term-skill-childcare = Childcare

term-cause-elderly = Older people
term-cause-children = Children and youth
term-cause-poverty = Poverty and food
term-cause-health = Health and care
term-cause-environment = Environment and climate
term-cause-refugees = Refugees and newcomers
term-cause-disability = People with a disability
term-cause-culture = Culture and sport
term-cause-animals = Animals
term-cause-neighbourhood = Neighbourhood life

term-help-groceries = Groceries
term-help-pharmacy = Pharmacy
term-help-delivery = Meal or parcel delivery
term-help-lift = A lift
term-help-call-or-visit = A phone call or a visit
term-help-repairs = Small repairs
term-help-paperwork = Paperwork and digital help
term-help-pet-care = Pet care
term-help-housing = Housing
term-help-other = Other
