-- A likely duplicate's county beside its id: a county officer hears of a duplicate only in their
-- own county (the triage flag, the receipt), the city of every one, without loading the other.
ALTER TABLE help_request ADD COLUMN likely_duplicate_county_id BIGINT;

UPDATE help_request h
   SET likely_duplicate_county_id = o.county_id
  FROM help_request o
 WHERE h.likely_duplicate_of = o.id;
