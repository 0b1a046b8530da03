# السجل: أرصدة الوقت وأرصدة المقايضة، التحويلات، عمليات العكس، حدود الرصيد.

error-credit-limit = سيؤدي هذا إلى نزول الرصيد تحت حد الرصيد المسموح به.
error-already-reversed = تم عكس هذا القيد بالفعل.
error-is-reversal = لا يمكن عكس عملية هي نفسها عملية عكس.
error-amount-out-of-range = أدخل عددًا صحيحًا من 1 إلى 1,000,000.
error-unit-unknown = اختر الوقت أو المقايضة.
error-unknown-unit = هذه الوحدة غير موجودة؛ استخدم الوقت أو المقايضة.
error-same-account = يجب أن يكون الدافع والمستفيد حسابين مختلفين.
error-unknown-entry = هذا القيد غير موجود في السجل.
error-credit-limit-out-of-range = أدخل عددًا صحيحًا من 0 إلى 1,000,000.

## صفحات الأرصدة.

credits-page-mine-link = أرصدة الوقت الخاصة بي
credits-page-mine-title = أرصدة الوقت الخاصة بي
credits-page-mine-intro = عندما تساعد أحد الجيران، تكسب الوقت الذي قدّمته. وعندما يساعدك أحد، تعطي من وقتك.
credits-page-balances = رصيدي
credits-page-no-balance = لا توجد أرصدة بعد.
credits-page-entries = السجل
credits-page-no-entries = لا شيء بعد.
credits-page-unit-time = الوقت
credits-page-unit-barter = أرصدة المقايضة
credits-page-barter-amount = { $amount ->
    [zero] { $amount } نقطة
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $amount } نقاط
    [many] { $amount } نقطة
   *[other] { $amount } نقطة
}
credits-page-kind-help = مساعدة الجيران
credits-page-kind-barter = مقايضة
credits-page-kind-reversal = تصحيح
credits-page-from = من
credits-page-to = إلى
credits-page-organisation-title = أرصدة المقايضة
credits-page-organisation-intro = تدفع منظمات المنصة بعضها لبعض مقابل الخدمات بأرصدة المقايضة.
credits-page-balance = الرصيد
credits-page-csv = نزّله كجدول بيانات (CSV)
credits-page-pay-title = ادفع لمنظمة أخرى
credits-page-pay-intro = تُخصم النقاط من رصيدك فورًا.
credits-page-field-to = المنظمة التي تدفع لها
credits-page-choose-organisation = اختر منظمة
credits-page-field-amount = عدد النقاط
credits-page-field-amount-hint = عدد صحيح، مثلًا 30
credits-page-field-memo = مقابل ماذا
credits-page-field-memo-hint = مثلًا: شاحنة صغيرة للمعرض
credits-page-pay-submit = ادفع
credits-page-notice-paid = تم إرسال النقاط.
credits-page-link = أرصدة المقايضة
# رصيد وقت تحت الصفر، بصيغة محايدة: $duration مثل "2 س 20 د".
credits-page-received-more = تلقّيت { $duration } أكثر مما قدّمت
credits-page-how = ساعة المساعدة تُحتسب ساعة، أيًّا كان من يقدّمها. أرصدة الوقت ليست مالًا، والرصيد تحت الصفر ليس دَينًا: هو يعني فقط أن الجيران ساعدوك أكثر حتى الآن.
