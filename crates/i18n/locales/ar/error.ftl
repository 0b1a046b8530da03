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
problem-busy = الضغط كبير جدًا الآن
problem-method-not-allowed = هذه الطريقة غير مسموح بها هنا
problem-payload-too-large = الطلب كبير جدًا

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
error-term-kind-unknown = اختر مهارة أو قضية.
error-term-code-invalid = استخدم من 2 إلى 40 من الأحرف اللاتينية الصغيرة والأرقام والشرطات، مثل first-aid.
error-term-in-use = لا يزال هذا البند مستخدمًا في فرصة تطوع.
error-status-unknown = اختر: مسودة أو منشورة أو مغلقة.
error-min-age-out-of-range = يجب أن يكون الحد الأدنى للعمر بين 0 و99.
error-datetime-malformed = أدخل تاريخًا ووقتًا مثل 2026-12-01T14:00:00+01:00.
error-time-malformed = أدخل وقتًا مثل 14:00.
error-shift-ends-before-start = يجب أن تكون النهاية بعد البداية.
error-slots-out-of-range = يجب أن يكون عدد أماكن المناوبة بين 1 و10000.
error-frequency-unknown = اختر يوميًا أو أسبوعيًا.
error-series-without-end = تحتاج السلسلة إلى يوم أخير.
error-series-ends-before-start = يجب أن يكون اليوم الأخير بعد اليوم الأول.
error-series-too-long = يمكن أن تُنشئ السلسلة 400 مناوبة على الأكثر.
error-series-empty = هذه الأيام والاستثناءات لا تُبقي أي مناوبة.
error-weekday-out-of-range = أيام الأسبوع من 1 (الاثنين) إلى 7 (الأحد).
error-birth-date-needed = لهذا النشاط حدّ أدنى للعمر: يُرجى إضافة تاريخ ميلادك إلى حسابك أولًا.
error-under-minimum-age = عمرك أقل من الحد الأدنى لهذا النشاط.
error-minutes-out-of-range = أدخل مدة بين دقيقة واحدة و24 ساعة.
error-day-in-future = هذا اليوم لم يأتِ بعد.
error-slots-below-taken = عدد الأشخاص المؤكَّدين بالفعل أكبر من عدد الأماكن هذا.
error-shift-cancelled = أُلغيت هذه المناوبة.
error-shift-past = بدأت هذه المناوبة بالفعل؛ التسجيل مغلق.
error-shift-not-started = يمكن تسجيل الحضور بدءًا من 30 دقيقة قبل بدء المناوبة.
error-signup-ended = انتهى هذا التسجيل بالفعل.
error-signup-not-confirmed = لا يمكن تسجيل الحضور أو الغياب إلا للأشخاص المؤكَّدين.
error-report-decided = سبق أن تمت الموافقة على تقرير الساعات هذا أو رفضه.
error-opportunity-not-open = فرصة التطوع هذه لا تقبل التسجيل.
error-skill-unknown = هذه المهارة ليست في قائمة المنصة.
error-cause-unknown = هذه القضية ليست في قائمة المنصة.
error-taken-signup = أنت مسجَّل بالفعل في هذه المناوبة.
error-unknown-term = هذه المهارة أو القضية غير موجودة.
error-unknown-opportunity = فرصة التطوع هذه غير موجودة.
error-unknown-shift = هذه المناوبة غير موجودة.
error-unknown-signup = هذا التسجيل غير موجود.
error-unknown-report = تقرير الساعات هذا غير موجود.
error-term-code-taken = هذا الرمز موجود بالفعل في القائمة. غيّر اسم ذلك البند بدلًا من ذلك.
error-radius-out-of-range = أدخل مسافة بين 0 و500 كم.
error-limit-out-of-range = اطلب ما بين 1 و100 نتيجة في الصفحة.
error-near-needed-for-distance = للترتيب حسب المسافة، حدّد المكان الذي تبحث بالقرب منه.
error-sort-unknown = اختر «الأقرب موعدًا أولًا» أو «الأقرب مسافةً أولًا».
error-cursor-invalid = رابط هذه الصفحة لم يعد صالحًا. ابدأ البحث من جديد.
error-travel-range-out-of-range = أدخل مسافة أكبر من 0 ولا تتجاوز 500 كم.
error-availability-overlap = فترتان من فتراتك الزمنية في اليوم نفسه تتداخلان. ادمجهما في فترة واحدة.
error-availability-too-many = أدخل 28 فترة زمنية على الأكثر.
error-unknown-profile = لم تملأ ملفك التطوعي بعد.

# الحماية من إساءة الاستخدام: نصوص وعمليات بحث وكلمات مرور وتواريخ لا معنى لها.
error-text-control-characters = احذف الأحرف غير المرئية (مثل فواصل الأسطر أو علامات الجدولة) من هذا النص.
error-text-invisible-characters = يحتوي هذا النص على أحرف غير مرئية لا يمكن حفظها. يُرجى كتابته مرة أخرى.
error-search-too-long = استخدم في البحث 12 كلمة و200 حرف على الأكثر.
error-password-common = هذه من أكثر كلمات المرور استخدامًا. اختر كلمة مرور لا يخمّنها الآخرون.
error-password-keyboard = يسهل تخمين صفوف المفاتيح المتتالية. اختر كلمة مرور أخرى.
error-password-repeats = يسهل تخمين الأحرف أو المجموعات المكررة. اختر كلمة مرور أخرى.
error-password-sequence = يسهل تخمين التسلسلات مثل abc أو 123. اختر كلمة مرور أخرى.
error-password-dates = يسهل تخمين التواريخ والسنوات. اختر كلمة مرور أخرى.
error-password-words = يسهل تخمين كلمة واحدة أو اسم واحد. أضف بضع كلمات لا علاقة لبعضها ببعض.
error-password-guessable = سيكون تخمين كلمة المرور هذه سهلًا. جرّب بضع كلمات لا علاقة لبعضها ببعض.
error-day-too-long-ago = لا يمكن الإبلاغ عن الساعات إلا عن الأشهر الاثني عشر الماضية.
error-shift-too-long = تستمر المناوبة 24 ساعة على الأكثر. لنشاط أطول، أضف مناوبة واحدة لكل يوم.
error-shift-days-too-long = يستمر النشاط الممتد على عدة أيام 31 يومًا على الأكثر.
error-shift-too-far-ahead = يمكن التخطيط للمناوبات حتى سنتين مقدمًا.
error-shift-too-long-ago = مضى على هذا التاريخ أكثر من سنة.
error-date-out-of-range = اختر تاريخًا لا يبعد عن اليوم أكثر من سنة.
error-too-many-shifts-at-once = أضف 100 مناوبة على الأكثر في المرة الواحدة؛ يمكنك إضافة المزيد لاحقًا أو على شكل سلسلة.
error-shift-limit = يمكن أن يكون لفرصة التطوع 500 مناوبة قادمة على الأكثر. ألغِ المناوبات التي لا يحتاجها أحد، أو أنشئ فرصة تطوع جديدة.
error-unverified-limit = إلى أن يوثّق فريق المنصة منظمتك، يمكنها نشر 3 فرص تطوع و30 مناوبة قادمة. اطلب من الفريق توثيقها.
error-email-unchanged = هذا عنوانك بالفعل.
error-confirm-link-expired = هذا الرمز لم يعد يعمل. اطلب رابطًا جديدًا من صفحة حسابك.
