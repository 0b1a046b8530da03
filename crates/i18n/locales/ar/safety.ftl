## العروض الدائمة والشكر والحظر والبلاغات والإشراف.

error-blocked = أحدكما حظر الآخر: لا يمكنك إرسال عروض أو رسائل إلى هذا الشخص.
error-account-suspended = هذا الحساب معلَّق. يُرجى التواصل مع الأشخاص الذين يديرون هذا الموقع إذا كنت تعتقد أن هذا خطأ.
error-platform-suspended = علّق فريق هذه المنصة مشاركتك هنا: لا يزال بإمكانك القراءة، لكن لا يمكنك طلب المساعدة أو عرضها أو التسجيل أو الكتابة. يُرجى التواصل معهم إذا كنت تعتقد أن هذا خطأ.
error-moderate-admin = لا يمكن تحذير مسؤولي المنصة أو تعليق حساباتهم هنا. يمكن للأشخاص الذين يديرون الموقع المساعدة.
error-block-self = لا يمكنك حظر نفسك.
error-report-kind-unknown = اختر ما تُبلغ عنه: طلب أو عرض أو رسالة.
error-report-target-unknown = لا يوجد هنا ما يُبلَّغ عنه، أو لا يمكنك رؤيته.
error-moderation-action-unknown = اختر أحد الإجراءات: إخفاء أو تحذير أو تعليق أو إعادة أو رفض.
error-moderate-self = لا يمكنك تحذير نفسك أو تعليق حسابك.
error-standing-km-out-of-range = اختر مسافة من 1 إلى 10 كم.
error-request-not-completed = يمكنك تقديم الشكر بعد أن تُعلَّم المساعدة بأنها تمّت.
error-taken-thanks = لقد تركت بالفعل كلمة شكر على هذا الطلب.
error-unknown-standing-offer = لا يوجد عرض دائم كهذا.
error-unknown-block = لم تحظر هذا الشخص.
error-category-in-use = هناك طلبات أو عروض دائمة تستخدم هذه الفئة، لذلك لا يمكن حذفها. غيّر اسمها بدلًا من ذلك.

## العروض الدائمة
standing-title = ما يمكنني فعله لجيراني
standing-intro = قل مرة واحدة بماذا يمكنك المساعدة، وأين، وفي أي أيام. عندما يطلب أحد الجيران مساعدة تناسب ذلك، نُخبرك. لا أحد يرى المكان الذي تنطلق منه.
standing-mine = عروضي الدائمة
standing-none = ليس لديك أي عرض دائم بعد.
standing-withdraw = إيقاف هذا العرض
standing-new = عرض دائم جديد
standing-what = بماذا يمكنك المساعدة؟
standing-any-help = أي نوع من المساعدة
standing-every-day = كل يوم
standing-within = في حدود { $distance }
standing-days = في أي أيام؟
standing-days-hint = لا تختر أي يوم إذا كان العرض لكل الأيام.
standing-km = إلى أي مسافة يمكنك الذهاب، بالكيلومتر؟
standing-km-hint = حتى 10 كم. الكيلومتر الواحد نحو 15 دقيقة سيرًا على الأقدام.
standing-point-hint = المكان الذي تنطلق منه، مثل منزلك. أنت وحدك تراه.
standing-note = بضع كلمات (اختياري)
standing-note-hint = مثلًا: لديّ سيارة، أو أستطيع حمل الأكياس الثقيلة.
standing-publish = نشر عرضي
standing-notice-published = تم نشر عرضك الدائم. سنُخبرك بالطلبات التي تناسبه.
standing-notice-withdrawn = تم سحب عرضك الدائم.
help-page-standing-link = ما يمكنني فعله لجيراني

## الشكر
thanks-title = قل شكرًا
thanks-intro = تمّت المساعدة. يمكنك ترك ملاحظة خاصة قصيرة للشخص الآخر.
thanks-label = ملاحظتك
thanks-submit = إرسال شكري
thanks-received = رسائل الشكر

## البلاغات
report-title = الإبلاغ عن مشكلة
report-intro = أنت تُبلغ الفريق الذي يدير هذه المنصة عن: { $what }.
report-what-request = طلب
report-what-offer = عرض
report-what-message = رسالة
report-reason = ما المشكلة؟
report-reason-hint = يقرأ الفريق كل بلاغ. الشخص الذي تُبلغ عنه لا يرى اسمك.
report-submit = إرسال البلاغ
report-sent = شكرًا لك. سينظر الفريق في بلاغك. إذا كان هذا الشخص يُزعجك، يمكنك أيضًا حظره.
report-link = الإبلاغ عن مشكلة

## الحظر
block-title = حظر شخص
block-question = هل تريد حظر { $name }؟
block-explained = بعد الحظر، لا يستطيع هذا الشخص أن يعرض عليك المساعدة أو أن يكتب إليك، ولا تستطيع أنت أن تعرض عليه المساعدة أو أن تكتب إليه. لن يتم إخباره بذلك.
block-submit = نعم، احظر هذا الشخص
block-cancel = لا، رجوع
block-link = حظر هذا الشخص
blocks-title = الأشخاص الذين حظرتهم
blocks-intro = الأشخاص الذين حظرتهم لا يستطيعون أن يعرضوا عليك المساعدة أو أن يكتبوا إليك.
blocks-none = لم تحظر أحدًا.
blocks-unblock = إلغاء الحظر
blocks-notice-blocked = تم حظر هذا الشخص.
blocks-notice-unblocked = لم يعد هذا الشخص محظورًا.

## الإشراف
moderation-title = الإشراف
moderation-intro = بلاغات الأعضاء، الأقدم أولًا. يُسجَّل كل إجراء مع اسمك وسببك.
moderation-reports = بلاغات تنتظر المراجعة
moderation-empty = لا توجد بلاغات تنتظر المراجعة.
moderation-suspended = معلَّق
moderation-hidden = مخفي
moderation-open-request = فتح الطلب
moderation-reported-by = أبلغ عنه: { $name }
moderation-reason = السبب
moderation-hide = إخفاؤه
moderation-warn = تحذير الكاتب
moderation-suspend = تعليق حساب الكاتب
moderation-dismiss = لا توجد مشكلة
moderation-reinstate = رفع التعليق
moderation-log = ما فعله الفريق
moderation-log-empty = لا شيء بعد.
moderation-log-when = متى
moderation-log-who = من
moderation-log-what = ماذا
moderation-log-person = الشخص
moderation-log-undo = تراجع
moderation-done-hide = أخفى محتوى
moderation-done-warn = حذّر
moderation-done-suspend = علّق حسابًا
moderation-done-reinstate = رفع تعليقًا
moderation-done-dismiss = أغلق بلاغًا
moderation-notice-hide = تم إخفاء المحتوى.
moderation-notice-warn = تم تحذير الكاتب.
moderation-notice-suspend = تم تعليق الحساب وتسجيل خروجه.
moderation-notice-reinstate = تم رفع التعليق.
moderation-notice-dismiss = تم إغلاق البلاغ.
moderation-link = الإشراف
# Leaves the report form for the page the person was reading.
report-cancel = رجوع
