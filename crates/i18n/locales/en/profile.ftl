# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = My profile
profile-title = My volunteer profile
profile-intro = Say what you can do, what you care about and when you are free. Coordinators near you can then find you, and you see the shifts that suit you.
profile-notice-saved = Your profile is saved.
profile-no-platform = Join a platform first: the skills and causes to pick from are its lists.
profile-skills = What I can do
profile-causes = What I care about
profile-languages = Languages I speak
profile-home = Where I live
profile-home-hint = Only you see this point. It is used to measure how far a place is from you.
profile-within-km = How far I will travel, in km
profile-within-km-hint = More than 0 and at most 500.
profile-availability = When I am free
profile-availability-hint = In the platform's local time, as HH:MM (24:00 for midnight). Leave a day empty when you are not free. Up to two time windows a day.
profile-weekday = Day
profile-from = From
profile-to = To
profile-window = Time window { $number }
profile-choices = Suggestions and mail
profile-no-suggestions = Do not suggest me to coordinators, and do not suggest shifts to me
profile-no-mails = Send me no mail about suggestions
profile-save = Save my profile
profile-see-suggestions = See the shifts that suit me

suggestion-my-title = Shifts for me
suggestion-my-intro = Shifts to come with places left that fit my profile, best fit first.
suggestion-my-none = Nothing coming up suits your profile right now.
suggestion-my-no-profile = Write your volunteer profile to get suggestions.
suggestion-my-opted-out = You asked not to get suggestions. You can change this in your profile.
suggestion-edit-profile = Edit my profile
suggestion-score = Fit: { $score } out of 100
suggestion-shift-title = Suggested people
suggestion-shift-intro = Members of the platform who are free then, live within their travel range, are old enough and have not signed up yet. Best fit first.
suggestion-shift-none = Nobody suits this shift right now.
suggestion-shift-closed = This shift is cancelled or has started: there is nobody to suggest.
suggestion-back-to-roster = Back to the roster
suggestion-roster-link = Suggested people for this shift

suggestion-reason-skill = knows { $skill }
suggestion-reason-uses-skill = uses your skill: { $skill }
suggestion-reason-cause = cares about { $cause }
suggestion-reason-for-cause = for a cause you care about: { $cause }
suggestion-reason-speaks = speaks { $language }
suggestion-reason-in-language = in { $language }
suggestion-reason-distance = { $distance } away
suggestion-reason-remote = can be done from anywhere
suggestion-reason-free-on = free on { $weekday }
suggestion-reason-when-free = on { $weekday }, when you are free
suggestion-reason-reliable = came to { $attended } of { $total } { $total ->
    [one] shift
   *[other] shifts
}

suggestion-language-bg = Bulgarian
suggestion-language-cs = Czech
suggestion-language-da = Danish
suggestion-language-de = German
suggestion-language-el = Greek
suggestion-language-en = English
suggestion-language-es = Spanish
suggestion-language-et = Estonian
suggestion-language-fi = Finnish
suggestion-language-fr = French
suggestion-language-ga = Irish
suggestion-language-hr = Croatian
suggestion-language-hu = Hungarian
suggestion-language-it = Italian
suggestion-language-lt = Lithuanian
suggestion-language-lv = Latvian
suggestion-language-mt = Maltese
suggestion-language-nl = Dutch
suggestion-language-pl = Polish
suggestion-language-pt = Portuguese
suggestion-language-ro = Romanian
suggestion-language-sk = Slovak
suggestion-language-sl = Slovenian
suggestion-language-sv = Swedish
suggestion-language-ar = Arabic
suggestion-language-tr = Turkish
suggestion-language-uk = Ukrainian
