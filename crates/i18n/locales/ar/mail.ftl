# رسائل البريد حول التسجيلات والمناوبات. المتغيرات: $name (المستلم)، $title (فرصة
# التطوع)، $organisation، $when (اليوم والساعات، مكتوبة مسبقًا بالطريقة المألوفة للقارئ)،
# $position (الترتيب في قائمة الانتظار)، $platform (اسم المنصة).

mail-greeting = مرحبًا { $name }،
mail-when = { $start } – { $end }
mail-place = المكان: { $address }
mail-signature = شكرًا لمساعدتك!
mail-footer = تصلك هذه الرسالة لأنك سجّلت في مناوبة على { $platform }. تجد جميع إشعاراتك في حسابك.

mail-signup-confirmed-subject = لديك مكان: { $title }
mail-signup-confirmed-body = تم تأكيد مكانك في «{ $title }» مع { $organisation }: { $when }. إذا لم تعد تستطيع الحضور، فيُرجى إلغاء تسجيلك ليتمكن شخص آخر من أخذ مكانك.

mail-signup-waitlisted-subject = أنت في قائمة الانتظار: { $title }
mail-signup-waitlisted-body = «{ $title }» مع { $organisation } ({ $when }) مكتمل حاليًا. ترتيبك { $position } في قائمة الانتظار، وسنكتب إليك فور أن يصبح أحد الأماكن من نصيبك.

mail-signup-promoted-subject = شغر مكان من أجلك: { $title }
mail-signup-promoted-body = خبر سار: شغر مكان، وهو لك. تم الآن تأكيد تسجيلك في «{ $title }» مع { $organisation }: { $when }.

mail-signup-removed-subject = تمت إزالة تسجيلك: { $title }
mail-signup-removed-body = أزال منسّقو { $organisation } تسجيلك في «{ $title }» ({ $when }). إذا كنت تعتقد أن هذا خطأ، فيُرجى التواصل معهم.

mail-shift-changed-subject = موعد جديد: { $title }
mail-shift-changed-body = تغيّرت المناوبة التي سجّلت فيها في «{ $title }» مع { $organisation }. موعدها الآن: { $when }. إذا لم يعد ذلك يناسبك، فيُرجى إلغاء تسجيلك.

mail-shift-cancelled-subject = أُلغيت: { $title }
mail-shift-cancelled-body = أُلغيت مناوبة «{ $title }» لدى { $organisation } التي كانت مقررة في { $when }. لا داعي للحضور. شكرًا لاستعدادك للمساعدة.

mail-shift-reminder-subject = تذكير: { $title }
mail-shift-reminder-body = تذكير ودّي: ننتظرك في «{ $title }» مع { $organisation }، { $when }. إذا لم تستطع الحضور في النهاية، فيُرجى إلغاء تسجيلك ليتمكن شخص آخر من أخذ مكانك.

## مساعدة الجيران. لا عنوان أبدًا: قد تُقرأ الرسالة في أي مكان.
mail-help-signature = شكرًا لأنك جار طيب!
mail-help-footer = تصلك هذه الرسالة لأنك تشارك في مساعدة الجيران على { $platform }. كل إشعاراتك موجودة في حسابك.
mail-offer-received-subject = عرض أحدهم المساعدة: { $title }
mail-offer-received-body = عرض أحد الجيران المساعدة في طلبك «{ $title }». افتح الطلب لقراءة رسالته، واقبل عرضه إذا كان يناسبك.
mail-offer-accepted-subject = تم قبول عرضك: { $title }
mail-offer-accepted-body = خبر سار: تم قبول عرضك للمساعدة في «{ $title }» ({ $when }). يمكنك الآن رؤية العنوان والكتابة إلى الشخص في محادثة الطلب.
mail-offer-declined-subject = شكرًا على عرضك: { $title }
mail-offer-declined-body = شكرًا لأنك عرضت المساعدة في «{ $title }». هذه المرة تمّت تلبية الطلب بطريقة أخرى، لذلك لا حاجة إلى مساعدتك فيه. لطفك محلّ تقدير: هناك جيران آخرون يطلبون المساعدة، ونأمل أن تجد طلبًا يمكنك المساعدة فيه.
mail-request-nearby-subject = جار قريب منك يحتاج إلى مساعدة: { $title }
mail-request-nearby-body = طلب جديد يناسب ما قلت إنك تستطيع فعله: «{ $title }» ({ $when }). افتحه لمعرفة المزيد، واعرض مساعدتك إن استطعت.
mail-help-thanked-subject = كلمة شكر على «{ $title }»
mail-help-thanked-body = ترك لك الشخص الذي ساعدته، أو الذي ساعدك، في «{ $title }» ملاحظة. افتح الطلب لقراءتها.
mail-moderation-warning-subject = رسالة من فريق { $platform }
mail-moderation-warning-body = قرأ الفريق الذي يدير { $platform } ما كتبته، ويطلب منك تغيير طريقة مشاركتك. السبب: { $reason }. إذا تكرّر ذلك، فقد يُعلَّق حسابك.
mail-open-this = افتح الرابط التالي:
mail-message-received-subject = رسالة من { $from } بشأن «{ $title }»
mail-message-received-body = { $count ->
    [zero] لا رسائل جديدة لك من { $from } بشأن «{ $title }». يمكنك قراءة المحادثة والرد على { $platform }.
    [one] وصلتك رسالة من { $from } بشأن «{ $title }». اقرأها وردّ على { $platform }.
    [two] وصلتك رسالتان جديدتان من { $from } بشأن «{ $title }». اقرأهما وردّ على { $platform }.
    [few] وصلتك { $count } رسائل جديدة من { $from } بشأن «{ $title }». اقرأها وردّ على { $platform }.
    [many] وصلتك { $count } رسالة جديدة من { $from } بشأن «{ $title }». اقرأها وردّ على { $platform }.
   *[other] وصلتك { $count } رسالة جديدة من { $from } بشأن «{ $title }». اقرأها وردّ على { $platform }.
}
