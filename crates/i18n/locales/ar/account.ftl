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
