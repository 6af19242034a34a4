-- Every accepted or closed request is a case of its county's station and one of its lawyers; closed
-- ones have an outcome (and, when the worker rated, the rating).
insert into legal_case (id, case_no, request_id, tracking_no, county_id, team_id, lawyer_account_id, status, outcome, closing_note,
    opened_at, opened_by, closed_at, closed_by, rating_score, rating_comment, follow_up_due, category, employer_name,
    employer_key, workers_helped, migrant_workers, amount_claimed, amount_agreed, last_activity_at, version, search_text)
overriding system value
select b.case_offset + x.n, x.case_no,
       x.id, x.tracking_no, x.county_id, l.team_id, l.account_id,
       case when x.status = 'CLOSED' then 'CLOSED' else 'OPEN' end,
       case when x.status = 'CLOSED' then
           case when pg_temp.r(x.id, 'outcome') < 0.45 then 'MEDIATION' when pg_temp.r(x.id, 'outcome') < 0.55 then 'ARBITRATION'
                when pg_temp.r(x.id, 'outcome') < 0.60 then 'JUDGMENT' when pg_temp.r(x.id, 'outcome') < 0.85 then 'DIRECT_PAYMENT'
                when pg_temp.r(x.id, 'outcome') < 0.90 then 'WITHDRAWN' when pg_temp.r(x.id, 'outcome') < 0.95 then 'REFERRED'
                else 'NOT_RESOLVED' end end,
       case when x.status = 'CLOSED' then '已办结。' end,
       x.first_contact_at, 'city',
       case when x.status = 'CLOSED' then x.first_contact_at + interval '30 days' end,
       case when x.status = 'CLOSED' then 'bench' end,
       x.rating_score, x.rating_comment,
       x.rating_score is not null and x.rating_score <= 2 and pg_temp.r(x.id, 'follow-up') < 0.3,
       x.category, x.employer_name, x.employer_key, x.workers_affected,
       case when x.migrant_worker then x.workers_affected else 0 end,
       x.amount_owed,
       case when x.status = 'CLOSED' and x.amount_owed is not null and pg_temp.r(x.id, 'agreed') < 0.7
            then round(x.amount_owed * (0.7 + 0.3 * pg_temp.r(x.id, 'agreed-share'))::numeric, 2) end,
       case when x.status = 'CLOSED' then x.first_contact_at + interval '30 days'
            else x.first_contact_at + pg_temp.r(x.id, 'activity') * interval '10 days' end,
       0,
       -- As the application writes it when a case is opened: numbers, employer and names, lower case.
       lower(x.case_no || ' ' || x.tracking_no || ' ' || x.employer_name || ' ' || x.contact_name || ' '
             || coalesce(x.roster_names, ''))
from bench_base b
cross join lateral (
    select y.*, 'AJ-' || extract(year from y.first_contact_at at time zone 'Asia/Shanghai') || '-'
               || lpad(y.n::text, 7, '0') as case_no
    from (select h.*, row_number() over (order by h.id) as n
          from help_request h where h.id > b.request_offset and h.status in ('ACCEPTED', 'CLOSED')) y
) x
join bench_lawyer l on l.county_id = x.county_id
    and l.n = floor(pg_temp.r(x.id, 'lawyer') * ${lawyers_per_county})::int;

create temp table bench_case as
select c.id, c.case_no, c.status, c.outcome, c.category, c.opened_at, c.closed_at, c.amount_claimed, c.amount_agreed,
       c.employer_name
from legal_case c, bench_base b where c.id > b.case_offset;

-- Tracks: about half of the cases went to mediation, one in ten to arbitration; their clocks.
insert into case_step (case_id, track, step, step_date, note, recorded_by, recorded_at)
select c.id, 'MEDIATION', 'MEDIATION_APPLIED', (c.opened_at at time zone 'Asia/Shanghai')::date + 3, null, 'bench',
       c.opened_at + interval '3 days'
from bench_case c where pg_temp.r(c.id, 'mediation') < 0.5;

insert into case_step (case_id, track, step, step_date, note, recorded_by, recorded_at)
select c.id, 'MEDIATION', case when c.outcome = 'MEDIATION' then 'MEDIATION_AGREED' else 'MEDIATION_FAILED' end,
       (c.opened_at at time zone 'Asia/Shanghai')::date + 12, null, 'bench', c.opened_at + interval '12 days'
from bench_case c where pg_temp.r(c.id, 'mediation') < 0.5 and c.status = 'CLOSED';

insert into case_clock_event (case_id, rule, kind, event_date, note, recorded_by, recorded_at)
select s.case_id, 'MEDIATION', case when s.step = 'MEDIATION_APPLIED' then 'STARTED' else 'MET' end, s.step_date, null,
       'bench', s.recorded_at
from case_step s join bench_case c on c.id = s.case_id;

insert into case_step (case_id, track, step, step_date, note, recorded_by, recorded_at)
select c.id, 'ARBITRATION', a.step, (c.opened_at at time zone 'Asia/Shanghai')::date + a.day, null, 'bench',
       c.opened_at + a.day * interval '1 day'
from bench_case c
cross join (values ('ARBITRATION_APPLIED', 14), ('ARBITRATION_ACCEPTED', 18), ('ARBITRATION_AWARD', 28)) a(step, day)
where pg_temp.r(c.id, 'arbitration') < 0.1 and (c.status = 'CLOSED' or a.step <> 'ARBITRATION_AWARD');

-- The contact log: a call to the worker on every case, a note on most.
insert into case_entry (case_id, kind, contact_channel, contact_party, entry_date, text, recorded_by, recorded_at)
select c.id, 'CONTACT', 'PHONE', 'WORKER', (c.opened_at at time zone 'Asia/Shanghai')::date,
       '电话联系职工，了解情况并告知办理流程。', 'bench', c.opened_at + interval '2 hours'
from bench_case c;

insert into case_entry (case_id, kind, contact_channel, contact_party, entry_date, text, recorded_by, recorded_at)
select c.id, 'NOTE', null, null, (c.opened_at at time zone 'Asia/Shanghai')::date + 5,
       pg_temp.pick(array['单位负责人同意协商。','单位拒不配合，准备申请仲裁。','总包单位同意先行垫付。','职工补充了考勤记录。'], pg_temp.r(c.id, 'note')),
       'bench', c.opened_at + interval '5 days'
from bench_case c where pg_temp.r(c.id, 'has-note') < 0.7;

-- Money: resolved wage cases were paid in one to three instalments; some got an emergency advance.
insert into case_payment (case_id, kind, paid_on, amount, payer, worker_name, note, recorded_by, recorded_at)
select c.id, 'PAYMENT', (c.opened_at at time zone 'Asia/Shanghai')::date + 14 + 7 * k,
       round(coalesce(c.amount_agreed, c.amount_claimed) / p.parts, 2), c.employer_name, null, null, 'bench',
       c.opened_at + (14 + 7 * k) * interval '1 day'
from bench_case c
cross join lateral (select 1 + floor(pg_temp.r(c.id, 'parts') * 3)::int as parts) p
cross join generate_series(0, 2) k
where c.category = 'WAGES' and c.status = 'CLOSED' and c.amount_claimed is not null
  and c.outcome in ('MEDIATION', 'ARBITRATION', 'JUDGMENT', 'DIRECT_PAYMENT') and k < p.parts;

insert into case_payment (case_id, kind, paid_on, amount, payer, worker_name, note, recorded_by, recorded_at)
select c.id, 'ADVANCE', (c.opened_at at time zone 'Asia/Shanghai')::date + 7, round(least(c.amount_claimed, 5000), 2),
       '区县总工会', null, '应急周转金', 'bench', c.opened_at + interval '7 days'
from bench_case c where c.category = 'WAGES' and c.amount_claimed is not null and pg_temp.r(c.id, 'advance') < 0.05;

select setval('legal_case_number_seq', (select max(id) from legal_case));
select setval(pg_get_serial_sequence('legal_case', 'id'), (select max(id) from legal_case));
