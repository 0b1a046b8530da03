# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = ملفي الشخصي
profile-title = ملفي التطوعي
profile-intro = قل ما تستطيع فعله وما يهمّك ومتى يكون لديك وقت فراغ. عندها يستطيع المنسّقون القريبون منك أن يجدوك، وترى أنت المناوبات التي تناسبك.
profile-notice-saved = تم حفظ ملفك.
profile-no-platform = انضم إلى منصة أولًا: المهارات والقضايا التي تختار منها مأخوذة من قوائمها.
profile-skills = ما أستطيع فعله
profile-causes = ما يهمّني
profile-languages = اللغات التي أتحدثها
profile-home = أين أسكن
profile-home-hint = أنت وحدك ترى هذه النقطة. تُستخدم لقياس بُعد أي مكان عنك.
profile-within-km = المسافة التي أستطيع قطعها، بالكيلومتر
profile-within-km-hint = أكثر من 0 و500 على الأكثر.
profile-availability = أوقات فراغي
profile-week-hint = ضع علامة على أجزاء الأسبوع التي يكون لديك فيها وقت فراغ عادةً، بالتوقيت المحلي للمنصة. اترك الكل فارغًا إذا كان ذلك يتغيّر من أسبوع لآخر.
profile-part-morning = الصباح
profile-part-afternoon = بعد الظهر
profile-part-evening = المساء
profile-part-hours = من { $from } إلى { $to }
profile-part-of-day = { $day }، { $part }
profile-precise = أوقات أدق
profile-precise-hint = لساعات أخرى: فترتان زمنيتان على الأكثر في اليوم. تُضاف إلى ما وضعت عليه علامة في الأعلى.
profile-weekday = اليوم
profile-from = من
profile-to = إلى
profile-window = الفترة الزمنية { $number }
profile-choices = الاقتراحات والرسائل
profile-no-suggestions = لا تقترحني على المنسّقين، ولا تقترح عليّ مناوبات
profile-no-mails = لا ترسل إليّ رسائل عن الاقتراحات
profile-save = حفظ ملفي
profile-see-suggestions = عرض المناوبات التي تناسبني

suggestion-my-title = مناوبات لي
suggestion-my-intro = مناوبات قادمة فيها أماكن شاغرة وتناسب ملفي، الأنسب أولًا.
suggestion-my-none = لا شيء قادم يناسب ملفك في الوقت الحالي.
suggestion-my-no-profile = املأ ملفك التطوعي لتصلك اقتراحات.
suggestion-my-opted-out = طلبت ألا تصلك اقتراحات. يمكنك تغيير ذلك في ملفك.
suggestion-edit-profile = تعديل ملفي
suggestion-score = درجة التوافق: { $score } من 100
suggestion-shift-title = أشخاص مقترحون
suggestion-shift-intro = أعضاء في المنصة لديهم وقت فراغ في ذلك الوقت، ويسكنون ضمن المسافة التي يستطيعون قطعها، وبلغوا السن المطلوبة، ولم يسجّلوا بعد. الأنسب أولًا.
suggestion-shift-none = لا أحد يناسب هذه المناوبة في الوقت الحالي.
suggestion-shift-closed = هذه المناوبة أُلغيت أو بدأت: لا يوجد من يمكن اقتراحه.
suggestion-back-to-roster = العودة إلى قائمة المسجّلين
suggestion-roster-link = أشخاص مقترحون لهذه المناوبة

suggestion-reason-skill = يجيد: { $skill }
suggestion-reason-uses-skill = تستفيد من مهارتك: { $skill }
suggestion-reason-cause = يهتم بقضية: { $cause }
suggestion-reason-for-cause = لقضية تهمّك: { $cause }
suggestion-reason-speaks = يتحدث { $language }
suggestion-reason-in-language = باللغة { $language }
suggestion-reason-distance = على بُعد { $distance }
suggestion-reason-remote = يمكن القيام بها من أي مكان
suggestion-reason-free-on = متفرغ يوم { $weekday }
suggestion-reason-when-free = يوم { $weekday }، حين يكون لديك وقت فراغ
suggestion-reason-reliable = حضر { $attended } من أصل { $total } { $total ->
    [zero] مناوبة
    [one] مناوبة
    [two] مناوبتين
    [few] مناوبات
    [many] مناوبة
   *[other] مناوبة
}

suggestion-language-bg = البلغارية
suggestion-language-cs = التشيكية
suggestion-language-da = الدنماركية
suggestion-language-de = الألمانية
suggestion-language-el = اليونانية
suggestion-language-en = الإنجليزية
suggestion-language-es = الإسبانية
suggestion-language-et = الإستونية
suggestion-language-fi = الفنلندية
suggestion-language-fr = الفرنسية
suggestion-language-ga = الأيرلندية
suggestion-language-hr = الكرواتية
suggestion-language-hu = المجرية
suggestion-language-it = الإيطالية
suggestion-language-lt = الليتوانية
suggestion-language-lv = اللاتفية
suggestion-language-mt = المالطية
suggestion-language-nl = الهولندية
suggestion-language-pl = البولندية
suggestion-language-pt = البرتغالية
suggestion-language-ro = الرومانية
suggestion-language-sk = السلوفاكية
suggestion-language-sl = السلوفينية
suggestion-language-sv = السويدية
suggestion-language-ar = العربية
suggestion-language-tr = التركية
suggestion-language-uk = الأوكرانية
