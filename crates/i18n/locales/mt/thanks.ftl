## Notices on a request's page after saying thank you.
help-page-notice-thanked = In-nota tiegħek intbagħtet. Grazzi!
help-page-notice-thanks-empty = Jekk jogħġbok ikteb ftit kliem qabel ma tibgħat ir-ringrazzjament tiegħek.
