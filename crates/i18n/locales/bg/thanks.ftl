## Notices on a request's page after saying thank you.
help-page-notice-thanked = Бележката ви е изпратена. Благодарим ви!
help-page-notice-thanks-empty = Моля, напишете няколко думи, преди да изпратите благодарността си.
