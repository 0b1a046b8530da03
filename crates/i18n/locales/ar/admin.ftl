## Platform administration of neighbour help.
terms-help-categories = فئات مساعدة الجيران
terms-kind-help-category = فئة من فئات مساعدة الجيران
error-seed-needs-centre = ليس لهذه المنصة مركز: حدّد لها مركزًا (LAT,LON) قبل ملئها بالبيانات الأولية.
