## Notices on a request's page after saying thank you.
help-page-notice-thanked = Το σημείωμά σας στάλθηκε. Σας ευχαριστούμε!
help-page-notice-thanks-empty = Παρακαλούμε γράψτε λίγα λόγια πριν στείλετε τις ευχαριστίες σας.
