## Platform administration of neighbour help.
terms-help-categories = Neighbour-help categories
terms-kind-help-category = A neighbour-help category
error-seed-needs-centre = This platform has no centre: give it one (LAT,LON) before seeding it.
