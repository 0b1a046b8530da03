# المهارات والقضايا وفئات المساعدة التي تبدأ بها كل منصة. يمكن لمشرفي المنصة تغيير أسمائها،
# وتظهر هذه الأسماء إلى أن يفعلوا ذلك.

term-skill-driving = قيادة السيارة
term-skill-first-aid = الإسعافات الأولية
term-skill-cooking = الطبخ
term-skill-gardening = البستنة
term-skill-diy = الإصلاحات البسيطة
term-skill-computers = الحاسوب والهاتف
term-skill-languages = الترجمة التحريرية والفورية
term-skill-teaching = التدريس والدروس الخصوصية
term-skill-listening = الإصغاء والمؤانسة
term-skill-admin = المعاملات الورقية
term-skill-lifting = حمل الأغراض ورفعها
term-skill-childcare = رعاية الأطفال

term-cause-elderly = كبار السن
term-cause-children = الأطفال والشباب
term-cause-poverty = الفقر والغذاء
term-cause-health = الصحة والرعاية
term-cause-environment = البيئة والمناخ
term-cause-refugees = اللاجئون والقادمون الجدد
term-cause-disability = الأشخاص ذوو الإعاقة
term-cause-culture = الثقافة والرياضة
term-cause-animals = الحيوانات
term-cause-neighbourhood = حياة الحي

term-help-groceries = المشتريات
term-help-pharmacy = الصيدلية
term-help-delivery = توصيل وجبات أو طرود
term-help-lift = توصيلة بالسيارة
term-help-call-or-visit = مكالمة هاتفية أو زيارة
term-help-repairs = إصلاحات بسيطة
term-help-paperwork = المعاملات الورقية والمساعدة الرقمية
term-help-pet-care = رعاية الحيوانات الأليفة
term-help-housing = السكن
term-help-other = غير ذلك
