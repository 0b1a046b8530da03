## Notices on a request's page after saying thank you.
help-page-notice-thanked = Tá do nóta seolta. Go raibh maith agat!
help-page-notice-thanks-empty = Scríobh cúpla focal, le do thoil, sula seolann tú do bhuíochas.
