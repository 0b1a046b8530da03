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
