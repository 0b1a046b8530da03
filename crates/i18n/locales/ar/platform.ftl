# الصفحة الرئيسية وصفحة المنصة.

home-title = مساعدة بالقرب منك
home-intro = اعثر على منصة محلية للتطوع ومساعدة الجيران، أو انضم إلى المنصة الموجودة حيث تعيش.
home-my-platforms = منصاتي
home-all-platforms = جميع المنصات
home-no-platforms = لا توجد منصة هنا بعد.

platform-you-member = أنت عضو في هذه المنصة.
platform-you-admin = أنت ضمن الفريق الذي يدير هذه المنصة.
platform-join = الانضمام إلى هذه المنصة
platform-sign-up-to-join = أنشئ حسابًا للانضمام
platform-my-organisations = منظماتي
platform-organisations = المنظمات
platform-no-organisations = لم تنضم أي منظمة بعد.
platform-new-organisation = تسجيل منظمة
