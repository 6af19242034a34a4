-- The figures of a month, per county (the monthly report's pre-fill, the city dashboard): counting
-- a year of a million cases per county and month at every dashboard view would be slow, so the
-- counts are kept in roll-ups by triggers in the same transaction as the change, as
-- request_status_count is (V15). A month is the portal's time zone's (portal_zone, one row, which
-- the portal keeps equal to its portal.time-zone and rebuilds the roll-ups when it changes).
create table portal_zone (
    zone  varchar(60) not null
);
insert into portal_zone (zone) values ('Asia/Shanghai');

create function portal_month(t timestamptz) returns date language sql stable as $$
    select date_trunc('month', t at time zone (select zone from portal_zone limit 1))::date
$$;

-- intake: help requests received, by the month they were submitted.
create table request_month_count (
    county_id  bigint  not null,
    month      date    not null,
    n          bigint  not null,
    constraint pk_request_month_count primary key (county_id, month)
);

create function request_month_count_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update request_month_count set n = n - 1
         where county_id = old.county_id and month = portal_month(old.submitted_at);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into request_month_count (county_id, month, n) values (new.county_id, portal_month(new.submitted_at), 1)
        on conflict (county_id, month) do update set n = request_month_count.n + 1;
    end if;
    return null;
end $$;

create trigger tr_request_month_count_insert_delete after insert or delete on help_request
    for each row execute function request_month_count_change();
create trigger tr_request_month_count_update after update of county_id, submitted_at on help_request
    for each row when (old.county_id is distinct from new.county_id or old.submitted_at is distinct from new.submitted_at)
    execute function request_month_count_change();

create function rebuild_request_month_count() returns void language sql as $$
    delete from request_month_count;
    insert into request_month_count (county_id, month, n)
    select county_id, portal_month(submitted_at), count(*) from help_request group by 1, 2;
$$;

-- cases: per county and month, the figures of cases.CaseFigures.Figure: cases opened (in all and
-- by category, 'OPENED.WAGES'), closed, the workers and migrant workers of the cases opened, wages
-- recovered (payments, not voided, by the day paid), mediations applied for and labour disputes
-- taken to arbitration or court (the opening steps, not voided, by their date).
create table case_month_figure (
    county_id  bigint          not null,
    month      date            not null,
    figure     varchar(40)     not null,
    value      numeric(16, 2)  not null,
    constraint pk_case_month_figure primary key (county_id, month, figure)
);

create function case_month_add(a_county bigint, a_month date, a_figure varchar, a_value numeric) returns void
language plpgsql as $$
begin
    if a_value <> 0 then
        insert into case_month_figure (county_id, month, figure, value) values (a_county, a_month, a_figure, a_value)
        on conflict (county_id, month, figure) do update set value = case_month_figure.value + excluded.value;
    end if;
end $$;

create function case_month_case(c legal_case, sign integer) returns void language plpgsql as $$
declare
    opened date := portal_month(c.opened_at);
begin
    perform case_month_add(c.county_id, opened, 'OPENED', sign);
    perform case_month_add(c.county_id, opened, 'OPENED.' || c.category, sign);
    perform case_month_add(c.county_id, opened, 'WORKERS_HELPED', sign * c.workers_helped);
    perform case_month_add(c.county_id, opened, 'MIGRANT_WORKERS', sign * c.migrant_workers);
    if c.closed_at is not null then
        perform case_month_add(c.county_id, portal_month(c.closed_at), 'CLOSED', sign);
    end if;
end $$;

create function case_month_figure_case() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_month_case(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_month_case(new, 1);
    end if;
    return null;
end $$;

create trigger tr_case_month_figure_insert_delete after insert or delete on legal_case
    for each row execute function case_month_figure_case();
create trigger tr_case_month_figure_update
    after update of county_id, opened_at, closed_at, category, workers_helped, migrant_workers on legal_case
    for each row when (old.county_id is distinct from new.county_id or old.opened_at is distinct from new.opened_at
        or old.closed_at is distinct from new.closed_at or old.category is distinct from new.category
        or old.workers_helped is distinct from new.workers_helped or old.migrant_workers is distinct from new.migrant_workers)
    execute function case_month_figure_case();

create function case_month_payment(p case_payment, sign integer) returns void language plpgsql as $$
begin
    if p.kind = 'PAYMENT' and p.voided_at is null then
        perform case_month_add((select county_id from legal_case where id = p.case_id),
            date_trunc('month', p.paid_on)::date, 'WAGES_RECOVERED', sign * p.amount);
    end if;
end $$;

create function case_month_figure_payment() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_month_payment(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_month_payment(new, 1);
    end if;
    return null;
end $$;

create trigger tr_case_month_payment_insert_delete after insert or delete on case_payment
    for each row execute function case_month_figure_payment();
create trigger tr_case_month_payment_update after update of kind, amount, paid_on, voided_at, case_id on case_payment
    for each row execute function case_month_figure_payment();

create function case_month_step_figure(step varchar) returns varchar language sql immutable as $$
    select case when step = 'MEDIATION_APPLIED' then 'MEDIATIONS'
                when step in ('ARBITRATION_APPLIED', 'SUIT_FILED') then 'DISPUTE_CASES' end
$$;

create function case_month_step(s case_step, sign integer) returns void language plpgsql as $$
begin
    if s.voided_at is null and case_month_step_figure(s.step) is not null then
        perform case_month_add((select county_id from legal_case where id = s.case_id),
            date_trunc('month', s.step_date)::date, case_month_step_figure(s.step), sign);
    end if;
end $$;

create function case_month_figure_step() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_month_step(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_month_step(new, 1);
    end if;
    return null;
end $$;

create trigger tr_case_month_step_insert_delete after insert or delete on case_step
    for each row execute function case_month_figure_step();
create trigger tr_case_month_step_update after update of step, step_date, voided_at, case_id on case_step
    for each row execute function case_month_figure_step();

create function rebuild_case_month_figure() returns void language sql as $$
    delete from case_month_figure;
    insert into case_month_figure (county_id, month, figure, value)
    select county_id, month, figure, sum(value) from (
        select county_id, portal_month(opened_at) as month, 'OPENED' as figure, 1::numeric as value from legal_case
        union all select county_id, portal_month(opened_at), 'OPENED.' || category, 1 from legal_case
        union all select county_id, portal_month(opened_at), 'WORKERS_HELPED', workers_helped from legal_case
        union all select county_id, portal_month(opened_at), 'MIGRANT_WORKERS', migrant_workers from legal_case
        union all select county_id, portal_month(closed_at), 'CLOSED', 1 from legal_case where closed_at is not null
        union all select c.county_id, date_trunc('month', p.paid_on)::date, 'WAGES_RECOVERED', p.amount
                    from case_payment p join legal_case c on c.id = p.case_id
                   where p.kind = 'PAYMENT' and p.voided_at is null
        union all select c.county_id, date_trunc('month', s.step_date)::date, case_month_step_figure(s.step), 1
                    from case_step s join legal_case c on c.id = s.case_id
                   where s.voided_at is null and case_month_step_figure(s.step) is not null
    ) f group by 1, 2, 3 having sum(value) <> 0;
$$;

select rebuild_request_month_count();
select rebuild_case_month_figure();

-- The registries' figures of a month are counted directly (their tables are small); by date.
create index ix_collective_contract_signed on collective_contract (signed_on) where signed_on is not null;
create index ix_enterprise_union_founded on enterprise (union_founded_on) where union_founded_on is not null;
create index ix_enterprise_group_formed on enterprise_group (formed_on);
-- The records behind a county's month (the report's links).
create index ix_legal_case_county_opened on legal_case (county_id, opened_at);
create index ix_legal_case_county_closed on legal_case (county_id, closed_at) where closed_at is not null;
