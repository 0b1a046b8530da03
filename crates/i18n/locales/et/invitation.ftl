## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = Kutse: { $title }
mail-shift-invitation-body = { $organisation } arvab, et oleksid suureks abiks – { $title }, { $when } – ja kutsub sind tulema. Kui saad, registreeru sellele vahetusele selle lehel platvormil { $platform }. Kui ei saa, ei pea sa midagi tegema.
notification-shift-invitation = { $organisation } kutsub sind: { $title } ({ $when }).
mail-cover-needed-subject = Vaba koht vajab täitmist: { $title }
mail-cover-needed-body = Keegi tühistas viimasel hetkel: { $title }, { $when }, ja ootenimekirjas ei ole kedagi. Vahetuse soovitatud inimeste lehel saad sobivaid inimesi ühe klõpsuga kutsuda.
notification-cover-needed = Viimase hetke tühistamise tõttu on vaba koht: { $title } ({ $when }). Vaata, keda sa võiksid kutsuda.
mail-open-link = Ava: { $link }
suggestion-invite = Kutsu
suggestion-notice-invited = Sinu kutse on teel. Kutsutud inimesi siin enam ei näidata.
error-taken-invitation = See inimene on sellele vahetusele juba kutsutud.
