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
