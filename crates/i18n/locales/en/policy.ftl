## A platform's privacy notice and terms
policy-title = Privacy notice and terms
policy-of = Privacy notice and terms of { $platform }
policy-version = Version { $version }, published on { $date }.
policy-standard-note = This is the standard text: the platform's team has not written its own yet.
policy-accept = I have read and accept the privacy notice and terms of { $platform }
policy-read = Read the privacy notice and terms
sign-up-privacy = We keep your name and mail address to run your account, and never share them. Each platform shows you its privacy notice and terms before you join it.
sign-up-join-accept = Also join { $platform }, to sign up for its activities. I accept its privacy notice and terms.
policy-edit-link = Edit the privacy notice and terms
policy-edit-title = Edit the privacy notice and terms
policy-edit-intro = Write the text people accept when they join { $platform }, in each language you want. Where a language has no text, readers get the platform's language. Saving publishes a new version: people who join from then on accept it.
policy-edit-written = Written in: { $languages }.
policy-edit-choose = Write in this language
field-policy-language = Language
field-policy-body = Text
field-policy-body-hint = Separate paragraphs with an empty line. Leave it empty to remove this language.
policy-edit-save = Publish this version
notice-policy-published = The new version is published.
error-policy-not-accepted = Tick this box to join: it says you accept the privacy notice and terms.
error-taken-policy = Another version was published at the same moment. Please try again.

## The standard text, until a platform writes its own
policy-standard-who = { $platform } runs this site so that neighbours can help each other and volunteer for local organisations. Here is what we keep about you, who sees it, and the few rules that keep this place safe.
policy-standard-kept = What we keep: your name, your mail address, your password (only in a form nobody can read back), and what you choose to add: a phone number, your date of birth, your volunteer profile, your sign-ups and hours, your requests, offers and messages.
policy-standard-seen = Who sees it: other people see your name. The coordinators of a shift you sign up for see your mail address and phone number. The exact address of a request for help is shown only to the helper the requester accepts. A conversation is read only by the two people in it, and by the platform's team when one of them reports it.
policy-standard-never = What we never do: sell or give away your data, show advertising, or send your address to other services. We send you mail only about what you do here.
policy-standard-rights = Your rights: on your account page you can download everything we keep about you, correct it, or delete your account at any time. What you did then stays in the history without your name.
policy-standard-rules = The rules: be kind and honest, respect other people's privacy, and never ask for money for help given here. The team may hide what breaks these rules and suspend the accounts that do.
policy-standard-questions = Questions? Ask the team of { $platform }.
