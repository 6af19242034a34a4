-- The roll-ups that triggers keep row by row, rebuilt once from the loaded rows: the triggers are
-- off during the load (DataGenerator). A feature that adds a roll-up adds its rebuild here.
delete from request_status_count;
insert into request_status_count (county_id, status, n)
select county_id, status, count(*) from help_request group by county_id, status;
-- The monthly figures of requests and cases (V30).
select rebuild_request_month_count();
select rebuild_case_month_figure();
select rebuild_registry_month_figure();
