-- The roll-ups that triggers keep row by row, rebuilt once from the loaded rows: the triggers are
-- off during the load (DataGenerator). A feature that adds a roll-up adds its rebuild here.
delete from request_status_count;
insert into request_status_count (county_id, status, n)
select county_id, status, count(*) from help_request group by county_id, status;
