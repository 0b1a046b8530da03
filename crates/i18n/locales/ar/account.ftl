# التسجيل والدخول والخروج؛ صفحة الحساب.

sign-up-title = أنشئ حسابك
sign-up-intro = لن يستغرق ذلك أكثر من دقيقة. لا نطلب إلا ما نحتاج إليه.
sign-up-submit = إنشاء حسابي
sign-up-have-account = هل لديك حساب بالفعل؟
sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-no-account = أول زيارة لك؟

field-display-name = اسمك
field-display-name-hint = الاسم الذي سيراه الآخرون.
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 10 أحرف على الأقل. بضع كلمات يسهل عليك تذكّرها خيار جيد.
field-birth-date = تاريخ الميلاد (اختياري)
field-birth-date-hint = لبعض الأنشطة حدّ أدنى للعمر. لا نستخدم تاريخ ميلادك إلا للتحقق من ذلك.
field-language = اللغة
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-password-confirm = كلمة المرور، للتأكيد

account-title = حسابي
account-platforms = منصاتي
account-no-platforms = لم تنضم إلى أي منصة بعد.
account-language = اللغة
account-language-submit = حفظ اللغة
account-password = تغيير كلمة المرور
account-password-submit = تغيير كلمة المرور
account-tokens = وصول التطبيقات
account-tokens-intro = التطبيقات والبرامج النصية التي تعمل نيابةً عنك تستخدم هذه المفاتيح. ألغِ أي مفتاح لم تعد تستخدمه.
account-no-tokens = لا يملك أي تطبيق صلاحية الوصول.
account-token-revoked = ملغى
account-token-revoke = إلغاء
account-calendar = التقويم
account-calendar-intro = يمكن أن تظهر مناوباتك المؤكَّدة في تطبيق التقويم الذي تستخدمه بالفعل، على هاتفك أو حاسوبك. اشترك هناك في رابط تقويمك الخاص («إضافة تقويم من عنوان ويب»): يتحقق التطبيق منه تلقائيًا ويعرض المناوبات الجديدة والتغييرات والإلغاءات.
account-calendar-link = رابط تقويمك الخاص
account-calendar-link-hint = انسخه الآن إلى تطبيق التقويم. حفاظًا على أمانك لا نحتفظ به، لذا لا يمكننا عرضه مرة أخرى.
account-calendar-active = لديك رابط تقويم خاص. إذا فقدته، فأنشئ رابطًا جديدًا.
account-calendar-none = ليس لديك رابط تقويم خاص بعد.
account-calendar-secret = يستطيع أي شخص لديه الرابط رؤية مناوباتك، لذا احتفظ به لنفسك. إذا حصل عليه شخص آخر، فأنشئ رابطًا جديدًا: يتوقف الرابط القديم عن العمل فورًا.
account-calendar-create = إنشاء رابطي الخاص
account-calendar-replace = إنشاء رابط جديد
account-calendar-revoke = إيقاف رابطي
account-calendar-download = تنزيل مناوباتي كملف تقويم
account-data = بياناتي
account-data-intro = نزّل كل ما تحفظه هذه المنصة عنك، في ملف يمكن للبرامج الأخرى قراءته.
account-data-download = تنزيل بياناتي
account-delete = حذف حسابي
account-delete-intro = سيُمحى اسمك وبريدك الإلكتروني وتاريخ ميلادك، ولن تتمكن من تسجيل الدخول بعد ذلك. ما قدّمته للآخرين يبقى في السجل، دون اسمك. لا يمكن التراجع عن ذلك.
account-delete-submit = حذف حسابي نهائيًا

notice-welcome = أهلًا بك! حسابك جاهز.
notice-signed-out = تم تسجيل خروجك. إلى اللقاء قريبًا!
notice-account-deleted = تم حذف حسابك.
notice-password-changed = تم تغيير كلمة المرور. وتم تسجيل خروجك من جميع الجلسات الأخرى.
notice-language-changed = تم حفظ لغتك.
notice-token-revoked = تم إلغاء المفتاح.
notice-calendar-created = رابط تقويمك الخاص جاهز: انسخه الآن من قسم التقويم.
notice-calendar-revoked = تم إيقاف رابط تقويمك الخاص. لن تتلقى تطبيقات التقويم التي كانت تستخدمه مناوباتك بعد الآن.

# موجز التقويم الخاص، الذي تقرؤه تطبيقات التقويم.
error-unknown-calendar-feed = لا يوجد تقويم على هذا العنوان. ربما تم إيقاف الرابط أو استبداله.
problem-host-missing = لا يحدد الطلب الموقع المقصود (الترويسة Host مفقودة أو غير صحيحة الصيغة).
account-birth-date = تاريخ الميلاد
account-birth-date-submit = حفظ تاريخ الميلاد
notice-birth-date-saved = تم حفظ تاريخ ميلادك.

## الاسم والهاتف وعنوان البريد الإلكتروني في صفحة الحساب
account-details = اسمك ورقم هاتفك
account-details-submit = حفظ الاسم والهاتف
field-phone = رقم الهاتف (اختياري)
field-phone-hint = لا يراه إلا منسّقو المناوبات التي تسجّل فيها، ليتواصلوا معك بشأن مناوبة.
notice-details-saved = تم حفظ اسمك ورقم هاتفك.
account-email = عنوان البريد الإلكتروني
account-email-current = تسجّل الدخول بالعنوان { $email }.
account-email-unconfirmed = هذا العنوان لم يُؤكَّد بعد. افتح الرابط الذي أرسلناه إليه: وحتى ذلك الحين، لا يمكننا أن نرسل إليك أي رسالة.
account-email-pending = طلبت استخدام { $email } بدلًا من عنوانك الحالي. افتح الرابط الذي أرسلناه إلى العنوان الجديد؛ وحتى ذلك الحين، تواصل تسجيل الدخول بالعنوان الحالي.
account-email-resend = إرسال الرابط مرة أخرى
account-email-have-code = لديّ رمز من الرسالة
account-email-change = تغيير عنوان بريدي الإلكتروني
account-email-how = نرسل رابطًا إلى العنوان الجديد. ولا يحلّ محلّ العنوان الحالي إلا عندما تفتح ذلك الرابط.
field-new-email = عنوان البريد الإلكتروني الجديد
field-email-password = كلمة المرور، للتأكيد
account-email-submit = إرسال الرابط
notice-email-link-sent = أرسلنا إليك رابطًا. افتحه من صندوق بريدك لتأكيد العنوان.
notice-email-confirmed = تم تأكيد عنوان بريدك الإلكتروني.
banner-email-unconfirmed = يُرجى تأكيد عنوان بريدك الإلكتروني { $email }: افتح الرابط الذي أرسلناه إليك. وحتى ذلك الحين، لا يمكننا أن نرسل إليك أي رسالة.
banner-email-unconfirmed-link = لم يصلك؟

## تأكيد العنوان بالرابط المرسَل
email-confirm-title = أكّد عنوان بريدك الإلكتروني
email-confirm-text = هل { $email } هو عنوانك؟ اضغط على الزر لتأكيده: سيستخدمه حسابك لتسجيل الدخول وللرسائل.
email-confirm-submit = نعم، أكّد عنواني
field-confirm-code = الرمز من الرسالة
field-confirm-code-hint = الصق الرمز الطويل من الرسالة التي أرسلناها إليك.
email-confirmed-title = تم تأكيد عنوانك
email-confirmed-text = من الآن فصاعدًا نرسل رسائلك إلى { $email }، وتسجّل الدخول به.
email-confirmed-continue = متابعة
email-confirm-expired-title = هذا الرابط لم يعد يعمل
email-confirm-expired-text = يعمل رابط تأكيد العنوان مرة واحدة، لمدة { $days } أيام. اطلب رابطًا جديدًا من صفحة حسابك: لن يستغرق ذلك سوى دقيقة.
email-confirm-ask-again = طلب رابط جديد
email-confirm-taken-title = هذا العنوان مستخدم بالفعل
email-confirm-taken-text = يستخدم حساب آخر الآن { $email }، لذا لا يمكن أن يكون لك أيضًا. يحتفظ حسابك بالعنوان الذي كان لديه.

## رسالة الرابط
mail-confirm-subject = أكّد عنوان بريدك الإلكتروني
mail-confirm-body = أهلًا بك في Entraide! لتصلك بالبريد أخبار مناوباتك وطلبات جيرانك، أكّد أن هذا العنوان عنوانك.
mail-confirm-new-body = طلبت استخدام هذا العنوان لحسابك في Entraide. أكّده لتسجّل الدخول به وتصلك رسائلك هنا.
mail-confirm-link = لتأكيده، افتح هذا الرابط خلال 7 أيام:
mail-confirm-code = لتأكيده، سجّل الدخول إلى الموقع، وافتح «حسابي»، واختر «لديّ رمز من الرسالة»، والصق هذا الرمز خلال 7 أيام:
mail-confirm-ignore = إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة: لن يتغيّر شيء.
mail-confirm-footer = تصلك هذه الرسالة لأن هذا العنوان أُعطي لحساب على Entraide.

## رسالة إلى عنوان لم يعد الحساب يستخدمه
mail-email-changed-subject = تم تغيير عنوان بريدك الإلكتروني
mail-email-changed-body = لم يعد حسابك في Entraide يستخدم { $previous }: من الآن فصاعدًا تسجّل الدخول بالعنوان { $email }، وإليه نرسل رسائلك.
mail-email-changed-not-you = إذا لم تفعل ذلك بنفسك، فربما يستخدم شخص ما حسابك. اكتب فورًا إلى فريق منصتك: يمكنه مساعدتك على استعادته.
mail-email-changed-footer = تصلك هذه الرسالة لأن هذا العنوان كان عنوان حساب على Entraide.
