# المنظمات.

organisation-new-title = تسجيل منظمة
organisation-new-submit = تسجيل المنظمة
organisation-verified = موثّقة
organisation-verify = وضع علامة التوثيق
organisation-unverify = إزالة علامة التوثيق
organisation-members = الأعضاء
organisation-leave = مغادرة
organisation-remove-member = إزالة
organisation-add-member = إضافة عضو
organisation-add-member-submit = إضافة
field-organisation-name = اسم المنظمة
field-organisation-kind = نوع المنظمة
field-organisation-description = ما الذي تقوم به؟
field-member-email = البريد الإلكتروني للشخص
field-member-email-hint = يجب أن يكون لديه حساب على Entraide أولًا.
field-member-role = الدور
organisation-member-since = منذ { $date }
