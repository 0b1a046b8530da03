## La politique de confidentialité et les conditions d'utilisation d'une plateforme
policy-title = Politique de confidentialité et conditions d'utilisation
policy-of = Politique de confidentialité et conditions d'utilisation de { $platform }
policy-version = Version { $version }, publiée le { $date }.
policy-standard-note = Voici le texte standard : l'équipe de la plateforme n'a pas encore rédigé le sien.
policy-accept = J'ai lu et j'accepte la politique de confidentialité et les conditions d'utilisation de { $platform }
policy-read = Lire la politique de confidentialité et les conditions d'utilisation
sign-up-privacy = Nous conservons votre nom et votre adresse e-mail pour gérer votre compte, et ne les communiquons jamais à personne. Chaque plateforme vous présente sa politique de confidentialité et ses conditions d'utilisation avant que vous la rejoigniez.
sign-up-join-accept = Rejoindre aussi { $platform }, pour vous inscrire à ses activités. J'accepte sa politique de confidentialité et ses conditions d'utilisation.
policy-edit-link = Modifier la politique de confidentialité et les conditions d'utilisation
policy-edit-title = Modifier la politique de confidentialité et les conditions d'utilisation
policy-edit-intro = Rédigez le texte que les personnes acceptent en rejoignant { $platform }, dans chaque langue souhaitée. Quand une langue n'a pas de texte, les lecteurs reçoivent celui de la langue de la plateforme. L'enregistrement publie une nouvelle version : les personnes qui rejoignent la plateforme à partir de ce moment l'acceptent.
policy-edit-written = Rédigé en : { $languages }.
policy-edit-choose = Rédiger dans cette langue
field-policy-language = Langue
field-policy-body = Texte
field-policy-body-hint = Séparez les paragraphes par une ligne vide. Laissez le champ vide pour supprimer cette langue.
policy-edit-save = Publier cette version
notice-policy-published = La nouvelle version est publiée.
error-policy-not-accepted = Cochez cette case pour rejoindre la plateforme : elle indique que vous acceptez la politique de confidentialité et les conditions d'utilisation.
error-taken-policy = Une autre version a été publiée au même moment. Veuillez réessayer.

## Le texte standard, en attendant qu'une plateforme rédige le sien
policy-standard-who = { $platform } gère ce site pour que les voisins puissent s'entraider et faire du bénévolat auprès d'organisations locales. Voici ce que nous conservons à votre sujet, qui le voit, et les quelques règles qui font de ce lieu un espace sûr.
policy-standard-kept = Ce que nous conservons : votre nom, votre adresse e-mail, votre mot de passe (uniquement sous une forme que personne ne peut relire) et ce que vous choisissez d'ajouter : un numéro de téléphone, votre date de naissance, votre profil de bénévole, vos inscriptions et vos heures, vos demandes, vos offres et vos messages.
policy-standard-seen = Qui le voit : les autres personnes voient votre nom. Les coordinateurs d'un créneau auquel vous vous inscrivez voient votre adresse e-mail et votre numéro de téléphone. L'adresse exacte d'une demande d'aide n'est communiquée qu'à la personne que l'auteur de la demande a choisie pour aider. Une conversation n'est lue que par les deux personnes qui y participent, et par l'équipe de la plateforme si l'une d'elles la signale.
policy-standard-never = Ce que nous ne faisons jamais : vendre ou donner vos données, afficher de la publicité, ou transmettre votre adresse à d'autres services. Nous ne vous envoyons d'e-mails qu'au sujet de ce que vous faites ici.
policy-standard-rights = Vos droits : sur la page de votre compte, vous pouvez à tout moment télécharger tout ce que nous conservons à votre sujet, le corriger ou supprimer votre compte. Ce que vous avez fait reste alors dans l'historique, sans votre nom.
policy-standard-rules = Les règles : soyez aimable et honnête, respectez la vie privée des autres, et ne demandez jamais d'argent pour l'aide apportée ici. L'équipe peut masquer ce qui enfreint ces règles et suspendre les comptes qui les enfreignent.
policy-standard-questions = Des questions ? Adressez-vous à l'équipe de { $platform }.
