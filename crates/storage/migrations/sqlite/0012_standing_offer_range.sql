-- Standing offers reach at least 1 km, wider than an approximate place (a cell of about
-- 0.9 km across): smaller ranges could narrow a request down to less than everyone sees.

UPDATE standing_offers SET within_km = 1.0 WHERE within_km < 1.0;
