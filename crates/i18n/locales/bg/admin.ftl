## Platform administration of neighbour help.
terms-help-categories = Категории за съседска помощ
terms-kind-help-category = Категория за съседска помощ
error-seed-needs-centre = Тази платформа няма център: задайте ѝ такъв (LAT,LON), преди да я заредите с начални данни.
