## Invitations to a shift, and offering cover after a late cancellation.
mail-shift-invitation-subject = O invitație: { $title }
mail-shift-invitation-body = { $organisation } crede că ați fi de mare ajutor la { $title }, { $when }, și vă invită să veniți. Dacă puteți, înscrieți-vă la această tură pe pagina ei de pe { $platform }. Dacă nu puteți, nu trebuie să faceți nimic.
notification-shift-invitation = { $organisation } vă invită la { $title } ({ $when }).
mail-cover-needed-subject = Un loc de ocupat: { $title }
mail-cover-needed-body = Cineva și-a anulat târziu înscrierea la { $title }, { $when }, și nu este nimeni pe lista de așteptare. Pe pagina cu persoane sugerate pentru tură puteți invita, cu un singur clic, persoanele potrivite.
notification-cover-needed = O anulare târzie a lăsat un loc liber la { $title } ({ $when }): vedeți pe cine ați putea invita.
mail-open-link = Deschideți: { $link }
suggestion-invite = Invitați
suggestion-notice-invited = Invitația dumneavoastră a fost trimisă. Persoanele invitate nu mai apar aici.
error-taken-invitation = Această persoană este deja invitată la această tură.
