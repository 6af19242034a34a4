-- Counting open cases on every start page read the table (125 ms with a million cases): the
-- count needs the id, so the partial index carries it and the count is an index-only scan.
drop index ix_legal_case_open;
create index ix_legal_case_open on legal_case (county_id, id) where status = 'OPEN';
