## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = دعوة: { $title }
mail-shift-invitation-body = ترى { $organisation } أنك ستكون عونًا كبيرًا في «{ $title }»، { $when }، وتدعوك إلى الحضور. إذا استطعت، فسجّل في هذه المناوبة من صفحتها على { $platform }. وإذا لم تستطع، فلا داعي لفعل أي شيء.
notification-shift-invitation = تدعوك { $organisation } إلى «{ $title }» ({ $when }).
mail-cover-needed-subject = مكان شاغر: { $title }
mail-cover-needed-body = ألغى أحدهم تسجيله في اللحظة الأخيرة في «{ $title }»، { $when }، ولا يوجد أحد في قائمة الانتظار. في صفحة الأشخاص المقترحين لهذه المناوبة يمكنك دعوة الأشخاص المناسبين بنقرة واحدة.
notification-cover-needed = ترك إلغاء في اللحظة الأخيرة مكانًا شاغرًا في «{ $title }» ({ $when }): اطّلع على من يمكنك دعوته.
mail-open-link = افتح: { $link }
suggestion-invite = دعوة
suggestion-notice-invited = دعوتك في طريقها. لم يعد الأشخاص المدعوون يظهرون هنا.
error-taken-invitation = هذا الشخص مدعو بالفعل إلى هذه المناوبة.
