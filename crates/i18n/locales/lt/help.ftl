# Kaimynų pagalba: prašymai, pasiūlymai, privatūs pokalbiai ir užbaigimas.
error-category-unknown = Pasirinkite vieną iš šios platformos pagalbos kategorijų.
error-window-ends-before-start = Laiko intervalo pabaiga turi būti vėlesnė nei jo pradžia.
error-phone-malformed = Įveskite telefono numerį iš 6–15 skaitmenų, pavyzdžiui, +32 470 12 34 56.
error-within-km-out-of-range = Atstumas turi būti didesnis nei 0 ir ne didesnis nei 25 km.
error-help-minutes-out-of-range = Minučių turi būti bent 1 ir ne daugiau, nei trunka prašymo laiko intervalas.
error-request-closed = Šis prašymas jau baigtas.
error-request-not-open = Šiam prašymui pasiūlymai nebepriimami.
error-request-not-accepted = Šiam prašymui dar nepriimtas joks pasiūlymas.
error-taken-offer = Jau pasiūlėte pagalbą pagal šį prašymą.
error-taken-completed = Šis prašymas jau pažymėtas kaip įvykdytas.
error-unknown-request = Tokio prašymo nėra.
error-unknown-offer = Tokio pasiūlymo nėra arba jis nebėra atviras.
error-unknown-category = Tokios pagalbos kategorijos nėra.
