# مساعدة الجيران: الطلبات والعروض والمحادثات الخاصة والإتمام.

error-category-unknown = اختر إحدى فئات المساعدة في هذه المنصة.
error-window-ends-before-start = يجب أن تكون نهاية الفترة الزمنية بعد بدايتها.
error-phone-malformed = أدخل رقم هاتف من 6 إلى 15 رقمًا، مثل +32 470 12 34 56.
error-within-km-out-of-range = يجب أن تكون المسافة أكبر من 0 وألا تتجاوز 25 كم.
error-help-minutes-out-of-range = يجب ألا تقل الدقائق عن 1 وألا تتجاوز الفترة الزمنية للطلب.
error-request-closed = هذا الطلب انتهى بالفعل.
error-request-not-open = لم يعد هذا الطلب يقبل عروض المساعدة.
error-request-not-accepted = لم يُقبل أي عرض لهذا الطلب بعد.
error-taken-offer = لقد عرضت بالفعل المساعدة في هذا الطلب.
error-taken-completed = تم بالفعل وضع علامة على هذا الطلب بأنه منجز.
error-unknown-request = هذا الطلب غير موجود.
error-unknown-offer = هذا العرض غير موجود أو لم يعد مفتوحًا.
error-unknown-category = فئة المساعدة هذه غير موجودة.

## صفحات مساعدة الجيران.

help-page-nav = مساعدة الجيران
help-page-platform-link = مساعدة الجيران
help-page-list-title = مساعدة الجيران
help-page-list-intro = يساعد الجيران بعضهم بعضًا في الأمور الصغيرة. اطلب المساعدة، أو اعرض مساعدتك.
help-page-ask-button = اطلب المساعدة
help-page-mine-link = طلباتي وعروضي
help-page-filters = اختر الطلبات التي تريد عرضها
help-page-field-category-filter = نوع المساعدة
help-page-any-category = أي نوع من المساعدة
help-page-field-distance = المسافة
help-page-within = في حدود { $distance }
help-page-show = اعرض
help-page-results = الطلبات
help-page-none = لا أحد يطلب هذا النوع من المساعدة الآن.
help-page-fix-filters = غيّر اختياراتك في الأعلى لترى الطلبات.
help-page-next-page = مزيد من الطلبات
help-page-distance = على بعد { $distance } تقريبًا
help-page-area = المنطقة حول { $lat }، { $lon }
help-page-area-unknown = المنطقة غير معروفة
help-page-asked-on = طُلب في { $date }

help-page-status-open = في انتظار من يساعد
help-page-status-accepted = تم اختيار من يساعد
help-page-status-completed = تم
help-page-status-cancelled = أُلغي
help-page-offer-open = لقد عرضت المساعدة. في انتظار الرد.
help-page-offer-accepted = تم قبول عرضك.
help-page-offer-declined = شخص آخر يساعد هذه المرة.
help-page-offer-line-open = في انتظار ردك
help-page-offer-line-accepted = مقبول
help-page-offer-line-declined = لم يُختر

help-page-when = متى
help-page-where = أين
help-page-address-private = لا يُعطى العنوان الدقيق إلا لمن يتم اختياره للمساعدة.
help-page-exact-point = النقطة على الخريطة: { $point }
help-page-requester = صاحب الطلب
help-page-on-behalf = لأجل
help-page-consent = وافق { $by } في { $date } ({ $how })
help-page-helper = المساعد
help-page-time-given = الوقت المقدَّم
help-page-completed-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
help-page-erased-name = عضو سابق
help-page-messages-link = الرسائل
help-page-sign-in-to-offer = سجّل الدخول لتعرض المساعدة
help-page-join-first = انضم إلى هذه المنصة لتعرض المساعدة.
help-page-offer-title = اعرض المساعدة
help-page-field-offer-message = رسالة قصيرة (يمكنك تركها فارغة)
help-page-field-offer-message-hint = مثلًا: متى يمكنك الحضور.
help-page-offer-submit = اعرض المساعدة
help-page-offers-title = الأشخاص الذين عرضوا المساعدة
help-page-no-offers = لا توجد عروض بعد. سنخبرك عندما يعرض أحد المساعدة.
help-page-accept = اقبل
help-page-done-title = ضع علامة «تم»
help-page-done-intro = هل قُدّمت المساعدة؟ اذكر كم استغرقت من الوقت. يحصل من ساعدك على هذا الوقت رصيدًا له.
help-page-field-minutes = كم دقيقة استغرقت؟
help-page-field-minutes-hint = من 1 إلى { $max } دقيقة. 60 دقيقة تساوي ساعة واحدة.
help-page-done-submit = ضع علامة «تم»
help-page-cancel-link = ألغِ طلبي
help-page-cancel-title = إلغاء طلبي
help-page-cancel-question = هل تريد إلغاء «{ $title }»؟
help-page-cancel-hint = سيرى من عرضوا المساعدة أنك لم تعد بحاجة إليها.
help-page-cancel-confirm = نعم، ألغِه
help-page-cancel-keep = لا، أبقِه

help-page-ask-title = اطلب المساعدة
help-page-join-to-ask = انضم إلى هذه المنصة لتطلب المساعدة.
help-page-question-category = في أي شيء تحتاج إلى المساعدة؟
help-page-next = التالي
help-page-chosen-category = أنت تطلب: { $category }
help-page-change-category = غيّر
help-page-section-what = ماذا
help-page-field-title = في كلمات قليلة
help-page-field-title-hint = مثلًا: مشتريات من المتجر القريب
help-page-field-description = أخبرنا بالمزيد
help-page-field-description-hint = ما المطلوب، وكل ما ينبغي أن يعرفه من سيساعد.
help-page-section-where = أين
help-page-where-private = لا يرى العنوان إلا المساعد الذي تختاره. يرى الآخرون المنطقة فقط.
help-page-field-address = العنوان
help-page-place-hint = يساعد المكان على الخريطة الجيران القريبين على العثور على طلبك. يمكنك نسخ الرقمين من تطبيق خرائط.
help-page-use-my-position = استخدم موقعي الحالي
help-page-position-failed = تعذّر العثور على موقعك. اكتب الرقمين بنفسك.
help-page-section-when = متى
help-page-field-from-day = من (اليوم)
help-page-field-from-time = من (الساعة)
help-page-field-until-day = حتى (اليوم)
help-page-field-until-time = حتى (الساعة)
help-page-on-behalf-summary = أطلب المساعدة لشخص آخر
help-page-on-behalf-intro = املأ هذا فقط إذا كنت تطلب المساعدة لشخص آخر وبموافقته.
help-page-field-on-behalf-name = اسم الشخص
help-page-field-on-behalf-phone = رقم هاتف الشخص
help-page-field-on-behalf-phone-hint = مثلًا +32 470 12 34 56
help-page-field-consent-given-by = من الذي وافق؟
help-page-field-consent-given-by-hint = الشخص نفسه، أو من يحق له أن يقرر عنه.
help-page-field-consent-day = متى وافق؟
help-page-field-consent-how = كيف وافق؟
help-page-field-consent-how-hint = مثلًا: بالهاتف، أو شخصيًا، أو كتابةً.
help-page-ask-submit = اطلب المساعدة
help-page-ask-cancel = رجوع

help-page-messages-title = الرسائل
help-page-messages-with = مع { $name }
help-page-messages-private = لا يستطيع قراءة هذه الرسائل سواكما.
help-page-no-messages = لا توجد رسائل بعد.
help-page-message-erased = (حُذفت الرسالة)
help-page-write-title = اكتب رسالة
help-page-field-message = رسالتك
help-page-send = أرسل
help-page-back-to-request = العودة إلى الطلب

help-page-mine-title = طلباتي وعروضي
help-page-mine-requests = ما طلبته
help-page-mine-no-requests = لم تطلب المساعدة بعد.
help-page-mine-offers = حيث عرضت المساعدة
help-page-mine-no-offers = لم تعرض المساعدة بعد.
help-page-mine-see-offers = انظر من عرض المساعدة
help-page-mine-talk-and-finish = اكتب إلى من يساعدك، أو ضع علامة «تم»
help-page-mine-talk = اكتب رسالة
help-page-mine-offer-done = لقد ساعدت. شكرًا لك!

help-page-notice-asked = طلبك منشور الآن. سنخبرك عندما يعرض أحد المساعدة.
help-page-notice-offered = شكرًا لك! سيرى الشخص عرضك.
help-page-notice-accepted = لقد قبلت العرض. يرى من يساعدك العنوان الآن.
help-page-notice-cancelled = تم إلغاء طلبك.
help-page-notice-completed = تم! حصل من ساعدك على الوقت رصيدًا له.
help-page-notice-sent = تم إرسال رسالتك.
