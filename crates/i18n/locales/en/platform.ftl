# The home page and a platform's page.

home-title = Help nearby
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
home-part-of = Part of { $platform }
home-figure-opportunities = { $count ->
    [one] One activity with times coming up
   *[other] { $count } activities with times coming up
}
home-figure-requests = { $count ->
    [one] one neighbour asking for help
   *[other] { $count } neighbours asking for help
}
home-figure-members = { $count ->
    [one] one member
   *[other] { $count } members
}
home-what = Entraide is where a town or a neighbourhood runs its own volunteering and neighbour help: find something to do near you, or ask for a hand.
