# الأخطاء: عناوين المشكلات (الواجهة البرمجية والصفحات) ورسائل كل رمز خطأ.

problem-invalid-input = بعض المعلومات ناقصة أو غير صحيحة
problem-malformed = تعذّرت قراءة الطلب
problem-json-expected = أرسل محتوى بصيغة JSON مع الترويسة Content-Type application/json.
problem-object-expected = يجب أن يكون المحتوى كائن JSON.
problem-conflict = هذا موجود بالفعل
problem-unauthenticated = يُرجى تسجيل الدخول
problem-forbidden = لا يُسمح لك بالقيام بذلك
problem-not-found = غير موجود
problem-refused = هذا التغيير غير ممكن
problem-too-many-requests = محاولات كثيرة جدًا
problem-retry-after = يُرجى الانتظار { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
} قبل المحاولة مرة أخرى.
problem-internal = حدث خطأ من جهتنا

page-forbidden = دورك في هذه المنصة لا يسمح بذلك.
page-internal = نأسف: حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
page-form-expired = انتهت صلاحية هذا النموذج. يُرجى الرجوع وإعادة تحميل الصفحة والمحاولة مرة أخرى.

error-required = يُرجى ملء هذا الحقل.
error-too-long = هذا طويل جدًا.
error-type = نوع هذه القيمة غير صحيح: { $detail }
error-email-malformed = أدخل عنوان بريد إلكتروني مثل name@example.org.
error-password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
error-password-wrong = كلمة المرور هذه غير صحيحة.
error-credentials-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
error-date-malformed = أدخل تاريخًا مثل 1990-04-23.
error-birth-date-implausible = تحقّق من تاريخ الميلاد: لا يمكن أن يكون في المستقبل أو قبل عام 1900.
error-locale-unknown = هذه اللغة غير متاحة.
error-slug-length = استخدم ما بين 2 و40 حرفًا.
error-slug-characters = استخدم الأحرف اللاتينية الصغيرة والأرقام والشرطات فقط، دون أن يبدأ العنوان أو ينتهي بشرطة.
error-latitude-out-of-range = يجب أن يكون خط العرض بين -90 و90.
error-longitude-out-of-range = يجب أن يكون خط الطول بين -180 و180.
error-coordinates-malformed = اكتب النقطة بالصيغة خط العرض,خط الطول، مثل 50.85,4.35.
error-organisation-kind-unknown = اختر أحد أنواع المنظمات.
error-role-unknown = هذا الدور غير موجود.
error-account-unknown = لا يملك أحد حسابًا بهذا البريد الإلكتروني بعد.
error-platform-unknown = لا توجد منصة بهذا العنوان.
error-last-admin = تحتاج المنظمة إلى مسؤول واحد على الأقل. أضف مسؤولًا آخر أولًا.
error-taken-email = يوجد حساب بهذا البريد الإلكتروني بالفعل.
error-taken-slug = هناك منصة أخرى تستخدم هذا العنوان بالفعل.
error-taken-member = هذا الشخص عضو بالفعل.
error-unknown-platform = هذه المنصة غير موجودة.
error-unknown-organisation = هذه المنظمة غير موجودة.
error-unknown-account = هذا الحساب غير موجود.
error-unknown-token = هذا المفتاح غير موجود.
error-unknown-member = هذا الشخص ليس عضوًا.
error-unknown-page = لا يوجد شيء على هذا العنوان.
error-unknown-parent = هذه المنصة الأم غير موجودة.
error-time-zone-unknown = هذه المنطقة الزمنية غير موجودة. استخدم اسمًا مثل Europe/Brussels.
