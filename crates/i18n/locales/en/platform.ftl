# The home page and a platform's page.

home-title = Help nearby
home-intro = Find a local platform for volunteering and neighbour help, or join the one where you live.
home-my-platforms = My platforms
home-all-platforms = All platforms
home-no-platforms = There is no platform here yet.

platform-you-member = You are a member of this platform.
platform-you-admin = You are part of the team that runs this platform.
platform-join = Join this platform
platform-sign-up-to-join = Create an account to join
platform-my-organisations = My organisations
platform-organisations = Organisations
platform-no-organisations = No organisation has joined yet.
platform-new-organisation = Register an organisation
