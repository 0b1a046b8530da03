## Platform administration of neighbour help.
terms-help-categories = Категорії сусідської допомоги
terms-kind-help-category = Категорія сусідської допомоги
error-seed-needs-centre = Ця платформа не має центру: задайте його (LAT,LON), перш ніж заповнювати її тестовими даними.
