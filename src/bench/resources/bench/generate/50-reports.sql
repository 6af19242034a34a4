-- A draft monthly report of every county for each of the last twelve months, for the pre-fill
-- scenario (a report being edited counts its month afresh each time it is opened).
insert into monthly_report (county_id, month, status, due_on, created_at, created_by)
select c.id, m::date, 'DRAFT', (m + interval '1 month' + interval '4 days')::date, now(), 'bench'
  from county c
 cross join generate_series(date_trunc('month', current_date) - interval '12 months',
                            date_trunc('month', current_date) - interval '1 month', interval '1 month') m
on conflict do nothing;
