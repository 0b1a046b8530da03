## Platform administration of neighbour help.
terms-help-categories = Kategoriji tal-għajnuna bejn il-ġirien
terms-kind-help-category = Kategorija tal-għajnuna bejn il-ġirien
error-seed-needs-centre = Din il-pjattaforma m'għandhiex ċentru: agħtiha wieħed (LAT,LON) qabel ma timliha b'dejta tal-bidu.
