## Platform administration of neighbour help.
terms-help-categories = Komşu yardımı kategorileri
terms-kind-help-category = Bir komşu yardımı kategorisi
error-seed-needs-centre = Bu platformun bir merkezi yok: test verileriyle doldurmadan önce ona bir merkez verin (LAT,LON).
