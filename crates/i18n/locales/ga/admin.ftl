## Platform administration of neighbour help.
terms-help-categories = Catagóirí cabhrach chomharsanachta
terms-kind-help-category = Catagóir cabhrach chomharsanachta
error-seed-needs-centre = Níl lár ag an ardán seo: tabhair ceann dó (LAT,LON) sula líonfaidh tú é le sonraí tosaigh.
