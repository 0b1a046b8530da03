# الصفحة الرئيسية وصفحة المنصة.

home-title = مساعدة بالقرب منك
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
home-part-of = جزء من منصة { $platform }
home-figure-opportunities = { $count ->
    [zero] لا أنشطة لها مواعيد قادمة
    [one] نشاط واحد له مواعيد قادمة
    [two] نشاطان لهما مواعيد قادمة
    [few] { $count } أنشطة لها مواعيد قادمة
    [many] { $count } نشاطًا له مواعيد قادمة
   *[other] { $count } نشاط له مواعيد قادمة
}
home-figure-requests = { $count ->
    [zero] لا جيران يطلبون المساعدة
    [one] جار واحد يطلب المساعدة
    [two] جاران يطلبان المساعدة
    [few] { $count } جيران يطلبون المساعدة
    [many] { $count } جارًا يطلبون المساعدة
   *[other] { $count } جار يطلبون المساعدة
}
home-figure-members = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
home-what = Entraide منصة تتيح لكل مدينة أو حيّ أن يدير بنفسه العمل التطوعي ومساعدة الجيران: اعثر على ما يمكنك فعله بالقرب منك، أو اطلب يد العون.
