# Volunteering: finding opportunities, an opportunity's page, shifts and sign-ups,
# rosters, my shifts, organisation dashboards, skills and causes.

## Finding opportunities

opportunities-title = Find something to do
opportunities-find = Find something to do
opportunities-filters = Filters
opportunities-more-filters = More filters: skill, cause, language, dates, place
opportunities-any = Any
opportunities-sort-start = Soonest first
opportunities-sort-distance = Nearest first
opportunities-search = Search
opportunities-reset = Clear all filters
opportunities-results = Opportunities
opportunities-none = Nothing matches these filters yet. Try fewer filters or a wider area.
opportunities-fix-filters = Please correct the filters above to see results.
opportunities-distance = { $distance } away
opportunities-more-shifts = { $count ->
    [one] and one more time
   *[other] and { $count } more times
}
opportunities-next-page = Next page
opportunities-list-title = What you can do with us
opportunities-none-published = Nothing to sign up for at the moment.

field-search-words = Words to look for
field-search-words-hint = For example: food bank, reading, garden.
field-skill = Skill
field-cause = Cause
field-spoken-language = Language spoken there
field-from-day = From (day)
field-to-day = Until (day)
field-near = Near this place
field-near-hint = A street, an address, a postcode or a neighbourhood. Two numbers from a map app, such as 51.05,3.72, work too.
field-near-hint-no-places = Two numbers from a map app, such as 51.05,3.72. Once the platform's team imports its streets, a street or a neighbourhood works too.
opportunities-near-place = Near { $place }.
opportunities-near-others = Or near:
error-place-not-found = No place of this platform has that name. Try a street, a postcode or a neighbourhood, or two numbers such as 51.05,3.72 from a map app.
field-within-km = Within (km)
field-remote-only = Only things I can do from home
field-sort = Order

## One opportunity

opportunity-remote = Remote: from anywhere
opportunity-address-unknown = A place to be confirmed by the organisation
opportunity-coordinator-tools = Coordinator tools
opportunity-edit = Edit
opportunity-skills = Skills
opportunity-causes = Causes
opportunity-languages = Languages spoken there
opportunity-min-age = Minimum age
opportunity-min-age-value = { $age } years
opportunity-accessibility = Access
opportunity-where = Where
opportunity-shifts = When
opportunity-not-open = This opportunity does not take sign-ups at the moment.
opportunity-sign-in-to-sign-up = Sign in to sign up
opportunity-join-first = Join this platform to sign up. It is free and takes one click.
opportunity-ongoing = There are no fixed times: help when it suits you and the organisation.
opportunity-ongoing-short = Ongoing, no fixed times
opportunity-no-upcoming = No times are planned at the moment.
opportunity-dates-nav = More dates
opportunity-earlier-dates = Earlier dates
opportunity-later-dates = Later dates
opportunity-past-shifts = Past times
opportunity-report-hours = Report my hours
opportunity-report-hours-intro = Tell the organisation how long you helped. A coordinator confirms it.
opportunity-report-hours-submit = Report these hours
opportunity-times-in-zone = Dates and times are in the platform's time zone ({ $zone }).
opportunity-add-shift = Add a time
opportunity-add-shift-submit = Add this time
opportunity-add-series = Add repeating times
opportunity-add-series-intro = For example every Tuesday from 14:00 to 17:00 until the end of March. Each time can be changed on its own afterwards.
opportunity-add-series-submit = Add these times
opportunity-status-draft = Draft
opportunity-status-published = Published
opportunity-status-closed = Closed
opportunity-status-draft-hint = Only your organisation sees it.
opportunity-status-published-hint = Everyone can find it and sign up.
opportunity-status-closed-hint = Still visible, but nobody can sign up.
opportunity-new-title = Publish an opportunity
opportunity-new-submit = Save the opportunity
opportunity-edit-title = Edit the opportunity
opportunity-edit-submit = Save the changes
opportunity-form-cancel = Cancel

opportunity-notice-created = The opportunity is saved. Now add the times when people can come.
opportunity-notice-saved = Your changes are saved.
opportunity-notice-signed-up = You are signed up. Thank you! You will get a reminder the day before.
opportunity-notice-waitlisted = This time is full: you are on the waiting list. If a place frees up, it is yours and we tell you.
opportunity-notice-left = Your sign-up is cancelled.
opportunity-notice-shift-added = The time has been added.
opportunity-notice-series-added = The repeating times have been added.
opportunity-notice-shift-cancelled = The time has been cancelled. Everyone signed up is told.
opportunity-notice-hours-reported = Your hours are reported. A coordinator will confirm them.

field-opportunity-title = What needs doing?
field-opportunity-title-hint = A few words, for example: Sort food at the food bank.
field-opportunity-description = Tell volunteers more
field-skills = Skills that help
field-causes = Causes it serves
field-languages = Languages spoken there
field-languages-hint = Tick the languages a volunteer can use on site.
field-min-age = Minimum age (optional)
field-min-age-hint = Leave empty if anyone can help.
field-accessibility = Access (optional)
field-accessibility-hint = Steps, lift, toilets, parking, public transport…
field-where = Where does it happen?
field-where-place = At a place
field-where-remote = Remote: from anywhere
field-where-place-hint = For a place, give its address and its position on the map (you can copy the numbers from a map app).
field-address = Address
field-latitude = Latitude
field-latitude-hint = For example 51.0543
field-longitude = Longitude
field-longitude-hint = For example 3.7174
field-status = Who can see it?

## Shifts

shift-when = { $start } – { $end }
shift-places-left = { $left ->
    [one] 1 place left
   *[other] { $left } places left
} of { $slots }
shift-full = Full
shift-waiting = { $count ->
    [one] 1 person on the waiting list
   *[other] { $count } people on the waiting list
}
shift-cancelled = Cancelled
shift-sign-up = Sign up
shift-join-waiting-list = Join the waiting list
shift-you-confirmed = You are signed up.
shift-you-waiting = You are on the waiting list, position { $position }.
shift-leave = Cancel my sign-up
shift-cancel = Cancel this time
shift-roster-link = Who is coming
shift-weekday-1 = Monday
shift-weekday-2 = Tuesday
shift-weekday-3 = Wednesday
shift-weekday-4 = Thursday
shift-weekday-5 = Friday
shift-weekday-6 = Saturday
shift-weekday-7 = Sunday

field-shift-day = Day
field-start-time = Starts at
field-end-time = Ends at
field-slots = Number of places
field-frequency = How often?
field-frequency-weekly = Every week, on the days ticked below
field-frequency-daily = Every day
field-weekdays = Days of the week
field-weekdays-hint = For weekly times. If none is ticked, the day of the week of the first day is used.
field-first-day = First day
field-last-day = Last day
field-except = Days without this time (optional)
field-except-hint = Holidays, for example: 2026-12-25, 2027-01-01
field-hours-day = Day
field-hours-minutes = How many minutes?
field-hours-minutes-hint = For one and a half hours, write 90.
field-hours-note = What did you do? (optional)

## A shift's roster

roster-title = Who is coming
roster-fill = { $taken } of { $slots } places taken
roster-csv = Download the list (CSV, for a spreadsheet)
roster-confirmed = Confirmed
roster-attendance-later = You can mark who came from 30 minutes before the start.
roster-nobody = Nobody has signed up yet.
roster-attended = Came
roster-no-show = Did not come
roster-remove = Remove
roster-waiting = Waiting list
roster-nobody-waiting = Nobody is waiting.
roster-position = position { $position }
roster-ended = Cancelled
roster-cancelled = cancelled
roster-removed = removed by a coordinator
roster-late = late
roster-erased-name = A former member
roster-edit-shift = Change this time
roster-edit-hint = Not fewer than the people already confirmed.
roster-edit-submit = Save the changes
field-minutes = Minutes
roster-notice-attendance-saved = Attendance saved.
roster-notice-removed = The sign-up has been removed. The first person waiting, if any, now has the place.
roster-notice-shift-saved = The time has been changed. Everyone signed up is told.

## My shifts

my-shifts-nav = My shifts
my-shifts-title = My shifts
my-shifts-total = Hours I have given:
my-shifts-calendar = Add my shifts to my calendar
my-shifts-upcoming = Coming up
my-shifts-none-upcoming = You have not signed up for anything coming up.
my-shifts-recent = Recently
my-shifts-none-recent = Nothing in the last 30 days.
my-shifts-attended = You came: { $duration }
my-shifts-no-show = Marked as not there
my-shifts-done = Done
my-shifts-cancelled = You cancelled
my-shifts-removed = Removed by a coordinator
my-shifts-reports = Hours I reported
my-shifts-no-reports = You have not reported any hours.
my-shifts-report-pending = waiting for confirmation
my-shifts-report-approved = confirmed
my-shifts-report-declined = declined
my-shifts-notice-cancelled = Your sign-up is cancelled.

## An organisation's dashboard

dashboard-link = Dashboard
dashboard-title = Dashboard
dashboard-publish = Publish an opportunity
dashboard-figures = In figures
dashboard-upcoming-shifts = Times coming up
dashboard-upcoming-count = { $count }
dashboard-fill-rate = Places filled
dashboard-percent = { $percent }%
dashboard-places = { $taken } of { $slots }
dashboard-no-places = No places coming up
dashboard-hours-month = Hours this month
dashboard-hours-total = Hours in total
dashboard-upcoming = Coming up
dashboard-no-upcoming = No times are planned.
dashboard-fill = { $taken } of { $slots } places taken{ $waiting ->
    [0] {""}
   *[other] , { $waiting } waiting
}
dashboard-opportunities = Our opportunities
dashboard-no-opportunities = You have not published anything yet.
dashboard-reports = Hours to confirm
dashboard-no-reports = No hours are waiting for you.
dashboard-approve = Confirm
dashboard-decline = Decline
dashboard-notice-report-approved = The hours are confirmed.
dashboard-notice-report-declined = The hours are declined.
dashboard-notice-report-decided-before = Someone had already decided on these hours.

## Skills and causes

terms-link = Skills and causes
terms-title = Skills and causes
terms-skills = Skills
terms-causes = Causes
terms-empty = The list is empty.
terms-rename = Rename
terms-remove = Remove
terms-add = Add a skill or a cause
terms-add-submit = Add
terms-kind-skill = A skill
terms-kind-cause = A cause
terms-notice-added = Added.
terms-notice-renamed = Renamed.
terms-notice-removed = Removed.
field-term-kind = Which list?
field-term-code = Code
field-term-code-hint = A short fixed name for programs: 2 to 40 lowercase letters, digits and hyphens, like first-aid.

# A length of time, the reader's way ("1 h 15 min"); $hours and $minutes come formatted.
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
# A shift that has started and not yet ended.
shift-happening-now = Happening now
# Beside a sign-up refused for want of a date of birth: opens the account page there.
opportunity-add-birth-date = Add my date of birth
terms-intro-languages = Opportunities pick from these lists, and people filter by them. Every entry has a name in English; give it names in the languages people here read.
field-term-english = Name in English
terms-names-link = Names in other languages
terms-names-title = Names of “{ $name }”
terms-names-intro = Give this entry a name in each language people here read. Where a language has none, its readers see the name in { $language }, else in English. The usual entries read in every language already, until their English name is changed.
terms-names-other-languages = Other languages
terms-names-submit = Save the names
terms-add-name-in = Name in { $language } (optional)
terms-add-name-hint = You can give names in other languages afterwards.
terms-notice-named = The names have been saved.
error-term-name-english = The English name goes in its own field.
roster-came = { $name } came
roster-attendance-how = Everyone is ticked as come, with the shift’s minutes. Untick whoever did not come, change the minutes where needed, then save once.
roster-save-all = Save attendance
error-attendance-minutes-out-of-range = Give the minutes as a whole number, from 0 up to the shift’s length plus 12 hours.
error-too-many-marks = Send the attendance of at most 1,000 people at once.
opportunity-create-account = Create an account
opportunity-notice-welcome = Welcome! Your account is ready: choose a time below to sign up.
signup-cancel-title = Cancel your place?
signup-cancel-question = Cancel your place at “{ $title }”, { $when }?
signup-cancel-hint = Your place goes to the first person waiting, or back to the free places. You can sign up again while places are left.
signup-cancel-confirm = Yes, cancel my place
signup-cancel-keep = No, keep my place
roster-remove-title = Remove someone from this time?
roster-remove-question = Remove { $name } from “{ $title }”, { $when }?
roster-remove-hint = They are told, and their place goes to the first person waiting.
roster-remove-confirm = Yes, remove { $name }
roster-remove-keep = No, keep them
