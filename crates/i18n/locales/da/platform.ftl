# Forsiden og en platforms side.

home-title = Hjælp i nærheden
home-my-platforms = Mine platforme
home-all-platforms = Alle platforme
home-no-platforms = Der er ingen platform her endnu.

platform-you-member = Du er medlem af denne platform.
platform-you-admin = Du er en del af det team, der driver denne platform.
platform-join = Bliv medlem af denne platform
platform-sign-up-to-join = Opret en konto for at blive medlem
platform-my-organisations = Mine organisationer
platform-organisations = Organisationer
platform-no-organisations = Ingen organisation er kommet med endnu.
platform-new-organisation = Registrer en organisation
home-part-of = En del af { $platform }
home-figure-opportunities = { $count ->
    [one] Én aktivitet med kommende tidspunkter
   *[other] { $count } aktiviteter med kommende tidspunkter
}
home-figure-requests = { $count ->
    [one] én nabo, der beder om hjælp
   *[other] { $count } naboer, der beder om hjælp
}
home-figure-members = { $count ->
    [one] ét medlem
   *[other] { $count } medlemmer
}
home-what = Entraide er stedet, hvor en by eller et kvarter selv driver sit frivillige arbejde og sin nabohjælp: find noget at lave i nærheden, eller bed om en hjælpende hånd.
