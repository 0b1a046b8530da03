# التطوع: البحث عن الفرص، صفحة فرصة التطوع، المناوبات والتسجيلات،
# قوائم الحضور، مناوباتي، لوحات متابعة المنظمات، المهارات والقضايا.

## البحث عن الفرص

opportunities-title = اعثر على ما يمكنك فعله
opportunities-find = اعثر على ما يمكنك فعله
opportunities-filters = عوامل التصفية
opportunities-more-filters = مزيد من عوامل التصفية: المهارة، القضية، اللغة، التواريخ، المكان
opportunities-any = الكل
opportunities-sort-start = الأقرب موعدًا أولًا
opportunities-sort-distance = الأقرب مسافةً أولًا
opportunities-search = بحث
opportunities-reset = مسح جميع عوامل التصفية
opportunities-results = فرص التطوع
opportunities-none = لا شيء يطابق عوامل التصفية هذه بعد. جرّب عوامل تصفية أقل أو منطقة أوسع.
opportunities-fix-filters = يُرجى تصحيح عوامل التصفية أعلاه لرؤية النتائج.
opportunities-distance = على بُعد { $distance }
opportunities-more-shifts = { $count ->
    [zero] دون مواعيد أخرى
    [one] وموعد آخر
    [two] وموعدان آخران
    [few] و{ $count } مواعيد أخرى
    [many] و{ $count } موعدًا آخر
   *[other] و{ $count } موعد آخر
}
opportunities-next-page = الصفحة التالية
opportunities-list-title = ما يمكنك فعله معنا
opportunities-none-published = لا يوجد ما يمكن التسجيل فيه حاليًا.

field-search-words = كلمات للبحث عنها
field-search-words-hint = مثلًا: بنك الطعام، القراءة، الحديقة.
field-skill = المهارة
field-cause = القضية
field-spoken-language = اللغة المستخدمة هناك
field-from-day = من (يوم)
field-to-day = إلى (يوم)
field-near = بالقرب من هذا المكان
field-near-hint = شارع أو عنوان أو رمز بريدي أو حي. يمكنك أيضًا إدخال رقمين من تطبيق خرائط، مثل 51.05,3.72.
field-near-hint-no-places = رقمان من تطبيق خرائط، مثل 51.05,3.72. بعد أن يستورد فريق المنصة شوارعها، يمكنك أيضًا إدخال شارع أو حي.
opportunities-near-place = بالقرب من { $place }.
opportunities-near-others = أو بالقرب من:
error-place-not-found = لا يوجد مكان بهذا الاسم على هذه المنصة. جرّب شارعًا أو رمزًا بريديًا أو حيًا، أو رقمين من تطبيق خرائط، مثل 51.05,3.72.
field-within-km = ضمن مسافة (كم)
field-remote-only = فقط ما يمكنني فعله من المنزل
field-sort = الترتيب

## فرصة تطوع

opportunity-remote = عن بُعد: من أي مكان
opportunity-address-unknown = مكان ستؤكده المنظمة لاحقًا
opportunity-coordinator-tools = أدوات المنسّق
opportunity-edit = تعديل
opportunity-skills = المهارات
opportunity-causes = القضايا
opportunity-languages = اللغات المستخدمة هناك
opportunity-min-age = الحد الأدنى للعمر
opportunity-min-age-value = { $age ->
    [zero] { $age } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $age } سنوات
    [many] { $age } سنة
   *[other] { $age } سنة
}
opportunity-accessibility = إمكانية الوصول
opportunity-where = أين
opportunity-shifts = متى
opportunity-not-open = فرصة التطوع هذه لا تقبل التسجيل حاليًا.
opportunity-sign-in-to-sign-up = سجّل الدخول للتسجيل
opportunity-join-first = انضم إلى هذه المنصة للتسجيل. الانضمام مجاني ولا يتطلب سوى نقرة واحدة.
opportunity-ongoing = لا توجد مواعيد ثابتة: ساعد متى ناسبك وناسب المنظمة.
opportunity-ongoing-short = مستمرة، دون مواعيد ثابتة
opportunity-no-upcoming = لا توجد مواعيد مخطط لها حاليًا.
opportunity-dates-nav = مزيد من التواريخ
opportunity-earlier-dates = تواريخ سابقة
opportunity-later-dates = تواريخ لاحقة
opportunity-past-shifts = المواعيد السابقة
opportunity-report-hours = الإبلاغ عن ساعاتي
opportunity-report-hours-intro = أخبر المنظمة بالمدة التي ساعدت فيها. سيؤكد ذلك أحد المنسّقين.
opportunity-report-hours-submit = الإبلاغ عن هذه الساعات
opportunity-times-in-zone = التواريخ والأوقات بحسب المنطقة الزمنية للمنصة ({ $zone }).
opportunity-add-shift = إضافة موعد
opportunity-add-shift-submit = إضافة هذا الموعد
opportunity-add-series = إضافة مواعيد متكررة
opportunity-add-series-intro = مثلًا كل ثلاثاء من 14:00 إلى 17:00 حتى نهاية مارس. يمكن بعد ذلك تعديل كل موعد على حدة.
opportunity-add-series-submit = إضافة هذه المواعيد
opportunity-status-draft = مسودة
opportunity-status-published = منشورة
opportunity-status-closed = مغلقة
opportunity-status-draft-hint = لا تراها إلا منظمتك.
opportunity-status-published-hint = يمكن للجميع العثور عليها والتسجيل فيها.
opportunity-status-closed-hint = لا تزال ظاهرة، لكن لا يمكن لأحد التسجيل فيها.
opportunity-new-title = نشر فرصة تطوع
opportunity-new-submit = حفظ فرصة التطوع
opportunity-edit-title = تعديل فرصة التطوع
opportunity-edit-submit = حفظ التغييرات
opportunity-form-cancel = إلغاء

opportunity-notice-created = تم حفظ فرصة التطوع. أضف الآن المواعيد التي يمكن للناس الحضور فيها.
opportunity-notice-saved = تم حفظ تغييراتك.
opportunity-notice-signed-up = تم تسجيلك. شكرًا لك! ستصلك رسالة تذكير في اليوم السابق.
opportunity-notice-waitlisted = هذا الموعد مكتمل: أنت الآن في قائمة الانتظار. إذا شغر مكان، فسيكون لك وسنخبرك بذلك.
opportunity-notice-left = تم إلغاء تسجيلك.
opportunity-notice-shift-added = تمت إضافة الموعد.
opportunity-notice-series-added = تمت إضافة المواعيد المتكررة.
opportunity-notice-shift-cancelled = تم إلغاء الموعد. سيُبلَّغ جميع المسجَّلين.
opportunity-notice-hours-reported = تم الإبلاغ عن ساعاتك. سيؤكدها أحد المنسّقين.

field-opportunity-title = ما الذي يجب فعله؟
field-opportunity-title-hint = بضع كلمات، مثلًا: فرز الطعام في بنك الطعام.
field-opportunity-description = أخبر المتطوعين بالمزيد
field-skills = مهارات مفيدة
field-causes = القضايا التي تخدمها
field-languages = اللغات المستخدمة هناك
field-languages-hint = حدّد اللغات التي يمكن للمتطوع استخدامها في المكان.
field-min-age = الحد الأدنى للعمر (اختياري)
field-min-age-hint = اتركه فارغًا إذا كان بإمكان أي شخص المساعدة.
field-accessibility = إمكانية الوصول (اختياري)
field-accessibility-hint = درجات، مصعد، دورات مياه، موقف سيارات، مواصلات عامة…
field-where = أين يجري ذلك؟
field-where-place = في مكان محدد
field-where-remote = عن بُعد: من أي مكان
field-where-place-hint = للمكان، أدخل عنوانه وموقعه على الخريطة (يمكنك نسخ الأرقام من تطبيق خرائط).
field-address = العنوان
field-latitude = خط العرض
field-latitude-hint = مثلًا 51.0543
field-longitude = خط الطول
field-longitude-hint = مثلًا 3.7174
field-status = من يمكنه رؤيتها؟

## المناوبات

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [zero] لم يتبقَّ أي مكان
    [one] تبقّى مكان واحد
    [two] تبقّى مكانان
    [few] تبقّت { $left } أماكن
    [many] تبقّى { $left } مكانًا
   *[other] تبقّى { $left } مكان
} من { $slots }
shift-full = مكتمل
shift-waiting = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] شخص واحد في قائمة الانتظار
    [two] شخصان في قائمة الانتظار
    [few] { $count } أشخاص في قائمة الانتظار
    [many] { $count } شخصًا في قائمة الانتظار
   *[other] { $count } شخص في قائمة الانتظار
}
shift-cancelled = ملغى
shift-sign-up = التسجيل
shift-join-waiting-list = الانضمام إلى قائمة الانتظار
shift-you-confirmed = أنت مسجَّل.
shift-you-waiting = أنت في قائمة الانتظار، في المركز { $position }.
shift-leave = إلغاء تسجيلي
shift-cancel = إلغاء هذا الموعد
shift-roster-link = من سيحضر
shift-weekday-1 = الاثنين
shift-weekday-2 = الثلاثاء
shift-weekday-3 = الأربعاء
shift-weekday-4 = الخميس
shift-weekday-5 = الجمعة
shift-weekday-6 = السبت
shift-weekday-7 = الأحد

field-shift-day = اليوم
field-start-time = يبدأ في
field-end-time = ينتهي في
field-slots = عدد الأماكن
field-frequency = كم مرة؟
field-frequency-weekly = كل أسبوع، في الأيام المحددة أدناه
field-frequency-daily = كل يوم
field-weekdays = أيام الأسبوع
field-weekdays-hint = للمواعيد الأسبوعية. إذا لم تحدد أي يوم، فسيُستخدم يوم الأسبوع الذي يقع فيه اليوم الأول.
field-first-day = اليوم الأول
field-last-day = اليوم الأخير
field-except = أيام بدون هذا الموعد (اختياري)
field-except-hint = العطل مثلًا: 2026-12-25, 2027-01-01
field-hours-day = اليوم
field-hours-minutes = كم دقيقة؟
field-hours-minutes-hint = لساعة ونصف، اكتب 90.
field-hours-note = ماذا فعلت؟ (اختياري)

## قائمة حضور المناوبة

roster-title = من سيحضر
roster-fill = الأماكن المحجوزة: { $taken } من { $slots }
roster-csv = تنزيل القائمة (CSV، لجدول بيانات)
roster-confirmed = المؤكَّدون
roster-attendance-later = يمكنك تسجيل من حضر بدءًا من 30 دقيقة قبل بدء الموعد.
roster-nobody = لم يسجّل أحد بعد.
roster-attended = حضر
roster-no-show = لم يحضر
roster-remove = إزالة
roster-waiting = قائمة الانتظار
roster-nobody-waiting = لا أحد في الانتظار.
roster-position = المركز { $position }
roster-ended = الملغاة
roster-cancelled = ألغى
roster-removed = أزاله أحد المنسّقين
roster-late = في اللحظة الأخيرة
roster-erased-name = عضو سابق
roster-edit-shift = تغيير هذا الموعد
roster-edit-hint = ليس أقل من عدد الأشخاص المؤكَّدين بالفعل.
roster-edit-submit = حفظ التغييرات
field-minutes = الدقائق
roster-notice-attendance-saved = تم حفظ الحضور.
roster-notice-removed = تمت إزالة التسجيل. أصبح المكان الآن لأول شخص في قائمة الانتظار، إن وُجد.
roster-notice-shift-saved = تم تغيير الموعد. سيُبلَّغ جميع المسجَّلين.

## مناوباتي

my-shifts-nav = مناوباتي
my-shifts-title = مناوباتي
my-shifts-total = الساعات التي قدّمتها:
my-shifts-calendar = إضافة مناوباتي إلى تقويمي
my-shifts-upcoming = القادمة
my-shifts-none-upcoming = لم تسجّل في أي شيء قادم.
my-shifts-recent = مؤخرًا
my-shifts-none-recent = لا شيء في آخر 30 يومًا.
my-shifts-attended = حضرت: { $duration }
my-shifts-no-show = سُجّل غيابك
my-shifts-done = تم
my-shifts-cancelled = ألغيتَ تسجيلك
my-shifts-removed = أزالك أحد المنسّقين
my-shifts-reports = الساعات التي أبلغت عنها
my-shifts-no-reports = لم تُبلغ عن أي ساعات.
my-shifts-report-pending = بانتظار التأكيد
my-shifts-report-approved = مؤكَّدة
my-shifts-report-declined = مرفوضة
my-shifts-notice-cancelled = تم إلغاء تسجيلك.

## لوحة متابعة المنظمة

dashboard-link = لوحة المتابعة
dashboard-title = لوحة المتابعة
dashboard-publish = نشر فرصة تطوع
dashboard-figures = بالأرقام
dashboard-upcoming-shifts = المواعيد القادمة
dashboard-upcoming-count = { $count }
dashboard-fill-rate = الأماكن المشغولة
dashboard-percent = { $percent }٪
dashboard-places = { $taken } من { $slots }
dashboard-no-places = لا أماكن في المواعيد القادمة
dashboard-hours-month = ساعات هذا الشهر
dashboard-hours-total = مجموع الساعات
dashboard-upcoming = القادمة
dashboard-no-upcoming = لا توجد مواعيد مخطط لها.
dashboard-fill = الأماكن المحجوزة: { $taken } من { $slots }{ $waiting ->
    [0] {""}
   *[other] ، في الانتظار: { $waiting }
}
dashboard-opportunities = فرصنا التطوعية
dashboard-no-opportunities = لم تنشر أي شيء بعد.
dashboard-reports = ساعات بانتظار التأكيد
dashboard-no-reports = لا توجد ساعات بانتظار تأكيدك.
dashboard-approve = تأكيد
dashboard-decline = رفض
dashboard-notice-report-approved = تم تأكيد الساعات.
dashboard-notice-report-declined = تم رفض الساعات.
dashboard-notice-report-decided-before = سبق أن اتخذ شخص آخر قرارًا بشأن هذه الساعات.

## المهارات والقضايا

terms-link = المهارات والقضايا
terms-title = المهارات والقضايا
terms-skills = المهارات
terms-causes = القضايا
terms-empty = القائمة فارغة.
terms-rename = إعادة التسمية
terms-remove = إزالة
terms-add = إضافة مهارة أو قضية
terms-add-submit = إضافة
terms-kind-skill = مهارة
terms-kind-cause = قضية
terms-notice-added = تمت الإضافة.
terms-notice-renamed = تمت إعادة التسمية.
terms-notice-removed = تمت الإزالة.
field-term-kind = أي قائمة؟
field-term-code = الرمز
field-term-code-hint = اسم قصير ثابت للبرامج: من 2 إلى 40 من الأحرف اللاتينية الصغيرة والأرقام والشرطات، مثل first-aid.

# مدة زمنية بطريقة القارئ ("1 س 15 د")؛ تصل $hours و$minutes منسّقة مسبقًا.
duration-minutes = { $minutes } د
duration-hours = { $hours } س
duration-hours-minutes = { $hours } س { $minutes } د
# A shift that has started and not yet ended.
shift-happening-now = يجري الآن
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = أضف تاريخ ميلادي
terms-intro-languages = تُصنَّف الفرص حسب هذه القوائم، ويُصفّي الناس النتائج بحسبها. لكل عنصر اسم بالإنجليزية؛ أعطه أسماء باللغات التي يقرؤها الناس هنا.
field-term-english = الاسم بالإنجليزية
terms-names-link = الأسماء بلغات أخرى
terms-names-title = أسماء «{ $name }»
terms-names-intro = أعطِ هذا العنصر اسمًا بكل لغة يقرؤها الناس هنا. إذا لم يكن للغةٍ اسم، يرى قرّاؤها الاسم باللغة { $language }، وإلا فبالإنجليزية. العناصر الافتراضية متاحة بكل اللغات مسبقًا، ما لم يُغيَّر اسمها الإنجليزي.
terms-names-other-languages = لغات أخرى
terms-names-submit = حفظ الأسماء
terms-add-name-in = الاسم باللغة { $language } (اختياري)
terms-add-name-hint = يمكنك إضافة أسماء بلغات أخرى لاحقًا.
terms-notice-named = تم حفظ الأسماء.
error-term-name-english = يُكتب الاسم الإنجليزي في حقله الخاص.
roster-came = حضور { $name }
roster-attendance-how = حُدِّد الجميع على أنهم حضروا، مع دقائق الموعد. أزِل التحديد عمّن لم يحضر، وعدّل الدقائق حيث يلزم، ثم احفظ مرة واحدة.
roster-save-all = حفظ الحضور
error-attendance-minutes-out-of-range = اكتب الدقائق عددًا صحيحًا، من 0 حتى مدة الموعد مضافًا إليها 12 ساعة.
error-too-many-marks = أرسل حضور 1,000 شخص على الأكثر في المرة الواحدة.
opportunity-create-account = إنشاء حساب
opportunity-notice-welcome = أهلًا بك! حسابك جاهز: اختر موعدًا أدناه للتسجيل.
signup-cancel-title = هل تريد إلغاء مكانك؟
signup-cancel-question = هل تريد إلغاء مكانك في «{ $title }»، { $when }؟
signup-cancel-hint = سيذهب مكانك إلى أول شخص في قائمة الانتظار، أو يعود إلى الأماكن المتاحة. يمكنك التسجيل من جديد ما دامت هناك أماكن متبقية.
signup-cancel-confirm = نعم، ألغِ مكاني
signup-cancel-keep = لا، احتفظ بمكاني
roster-remove-title = هل تريد إزالة شخص من هذا الموعد؟
roster-remove-question = هل تريد إزالة { $name } من «{ $title }»، { $when }؟
roster-remove-hint = سيُبلَّغ الشخص بذلك، وسيذهب المكان إلى أول شخص في قائمة الانتظار.
roster-remove-confirm = نعم، أزِل { $name }
roster-remove-keep = لا، أبقِ على التسجيل
