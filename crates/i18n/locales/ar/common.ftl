# في كل مكان: التنقل، تذييل الصفحة، النماذج، الأدوار والأنواع.

nav-skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = العودة إلى الصفحة الرئيسية
nav-my-account = حسابي
nav-sign-in = تسجيل الدخول
nav-sign-up = إنشاء حساب
nav-sign-out = تسجيل الخروج
nav-languages = اللغات
footer-free-software = Entraide برمجية حرة يديرها مجتمعها ومن أجله.

form-has-errors = يُرجى تصحيح ما يلي:

role-admin = مسؤول
role-coordinator = منسّق
role-platform-admin = فريق المنصة

kind-nonprofit = منظمة غير ربحية
kind-school = مدرسة
kind-company = شركة
kind-municipality = خدمة بلدية
kind-group = مجموعة غير رسمية
form-error-line = { $field }: { $message }
nav-platform = { $platform }: أقسامها
language-for-mails-question = أنت تتصفح الموقع الآن باللغة { $language }. هل تريد أن تصلك رسائلك باللغة { $language } أيضًا؟
language-for-mails-yes = نعم، رسائلي أيضًا
