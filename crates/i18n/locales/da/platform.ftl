# Forsiden og en platforms side.

home-title = Hjælp i nærheden
home-intro = Find en lokal platform for frivilligt arbejde og hjælp mellem naboer, eller bliv medlem af den, hvor du bor.
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
