# الإشعارات داخل التطبيق، وصفحة صندوق الصادر لمن يديرون المنصة.

nav-notifications = الإشعارات
nav-notifications-unread = { $count ->
    [zero] لا إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}

notifications-title = الإشعارات
notifications-intro = ما حدث لتسجيلاتك ومناوباتك، الأحدث أولًا.
notifications-empty = لا شيء بعد. عندما يتغيّر شيء في تسجيلاتك، ستجده هنا.
notifications-new = جديد

notification-signup-confirmed = تم تأكيد مكانك في «{ $title }» ({ $when }).
notification-signup-waitlisted = ترتيبك { $position } في قائمة انتظار «{ $title }» ({ $when }).
notification-signup-promoted = شغر مكان: تم الآن تأكيد تسجيلك في «{ $title }» ({ $when }).
notification-signup-removed = أزال المنسّقون تسجيلك في «{ $title }» ({ $when }).
notification-shift-changed = تغيّرت مناوبة «{ $title }». موعدها الآن: { $when }.
notification-shift-cancelled = أُلغيت مناوبة «{ $title }» ({ $when }).
notification-shift-reminder = تذكير: ننتظرك في «{ $title }»، { $when }.
notification-other = تغيّر شيء في تسجيلاتك.

outbox-title = صندوق الصادر
outbox-intro = تُحفظ هنا كل رسالة بريد ترسلها { $platform }. الرسائل المعلَّمة بـ«لم تُرسَل» تنتظر لأنه لم يُضبط أي خادم بريد: اقرأها هنا وأعد توجيهها إذا لزم الأمر.
outbox-empty = لا توجد رسائل بعد.
outbox-to = إلى
outbox-written = تاريخ الكتابة
outbox-status = الحالة
outbox-sent = أُرسلت
outbox-not-sent = لم تُرسَل
outbox-read = قراءة الرسالة
notification-offer-received = عرض أحدهم المساعدة في «{ $title }».
notification-offer-accepted = تم قبول عرضك للمساعدة في «{ $title }».
notification-offer-declined = شكرًا لأنك عرضت المساعدة في «{ $title }»: هذه المرة تمّت تلبيته بطريقة أخرى.
notification-request-nearby = جار قريب منك يحتاج إلى مساعدة: «{ $title }».
notification-help-thanked = تلقيت كلمة شكر على «{ $title }».
notification-moderation-warning = أرسل إليك فريق { $platform } تحذيرًا: { $reason }
outbox-filter-recipient = عنوان المستلم
outbox-filter-submit = عرض
outbox-state-all = كل الرسائل
outbox-none-match = لا توجد رسالة مطابقة. جرّب جزءًا من العنوان، أو كل الرسائل.
outbox-older = رسائل أقدم
outbox-site-title = رسائل تخص الحسابات
outbox-site-intro = الرسائل التي تخص حسابات الأشخاص نفسها، مثل رابط لاختيار كلمة مرور جديدة، لا تتبع أي منصة. وبدون خادم بريد تنتظر هنا. الرابط في مثل هذه الرسالة يفتح الحساب الذي كُتبت من أجله: لا تمرّره إلا إلى صاحب الحساب.
error-outbox-state-unknown = اختر كل الرسائل، المرسلة أو غير المرسلة.
outbox-filters = البحث عن رسالة
notification-message-received = { $count ->
    [zero] لا رسائل جديدة لك من { $from } بشأن «{ $title }».
    [one] وصلتك رسالة من { $from } بشأن «{ $title }».
    [two] وصلتك رسالتان جديدتان من { $from } بشأن «{ $title }».
    [few] وصلتك { $count } رسائل جديدة من { $from } بشأن «{ $title }».
    [many] وصلتك { $count } رسالة جديدة من { $from } بشأن «{ $title }».
   *[other] وصلتك { $count } رسالة جديدة من { $from } بشأن «{ $title }».
}
