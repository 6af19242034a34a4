-- The registries' figures of a month (V30 counted them directly): the dashboard reads twelve
-- months of every county on each view, and counting the contracts' enterprises row by row took
-- 35 ms at 30,000 contracts (docs/benchmarks.md). Kept in a roll-up by triggers, as the cases'.
create table registry_month_figure (
    county_id  bigint          not null,
    month      date            not null,
    figure     varchar(40)     not null,
    value      numeric(16, 2)  not null,
    constraint pk_registry_month_figure primary key (county_id, month, figure)
);

create function registry_month_add(a_county bigint, a_month date, a_figure varchar, a_value numeric) returns void
language plpgsql as $$
begin
    if a_value <> 0 and a_month is not null then
        insert into registry_month_figure (county_id, month, figure, value) values (a_county, a_month, a_figure, a_value)
        on conflict (county_id, month, figure) do update set value = registry_month_figure.value + excluded.value;
    end if;
end $$;

-- A contract counts in the month it was signed: itself, its workers and the enterprises it covers.
create function registry_month_contract(c collective_contract, sign integer) returns void language plpgsql as $$
declare
    signed date := date_trunc('month', c.signed_on)::date;
begin
    if c.signed_on is not null then
        perform registry_month_add(c.county_id, signed, 'CONTRACTS_SIGNED', sign);
        perform registry_month_add(c.county_id, signed, 'WORKERS_COVERED', sign * c.workers_covered);
        perform registry_month_add(c.county_id, signed, 'ENTERPRISES_COVERED',
            sign * (select count(*) from contract_enterprise ce where ce.contract_id = c.id));
    end if;
end $$;

create function registry_month_contract_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform registry_month_contract(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform registry_month_contract(new, 1);
    end if;
    return case when tg_op = 'DELETE' then old else null end;
end $$;

create trigger tr_registry_month_contract after insert on collective_contract
    for each row execute function registry_month_contract_change();
create trigger tr_registry_month_contract_update after update of signed_on, county_id, workers_covered on collective_contract
    for each row when (old.signed_on is distinct from new.signed_on or old.county_id is distinct from new.county_id
        or old.workers_covered is distinct from new.workers_covered)
    execute function registry_month_contract_change();
-- Before a contract goes, while the enterprises it covers are still there to count off; the
-- cascade that then deletes them finds no contract and counts nothing more.
create trigger tr_registry_month_contract_delete before delete on collective_contract
    for each row execute function registry_month_contract_change();

create function registry_month_contract_enterprise_change() returns trigger language plpgsql as $$
declare
    r contract_enterprise := case when tg_op = 'DELETE' then old else new end;
    c collective_contract;
begin
    select * into c from collective_contract where id = r.contract_id;
    if found and c.signed_on is not null then
        perform registry_month_add(c.county_id, date_trunc('month', c.signed_on)::date, 'ENTERPRISES_COVERED',
            case when tg_op = 'DELETE' then -1 else 1 end);
    end if;
    return null;
end $$;

create trigger tr_registry_month_contract_enterprise after insert or delete on contract_enterprise
    for each row execute function registry_month_contract_enterprise_change();

-- An enterprise counts in the month it founded its union; a group in the month it was formed.
create function registry_month_enterprise_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.union_founded_on is not null then
        perform registry_month_add(old.county_id, date_trunc('month', old.union_founded_on)::date, 'NEW_UNIONS', -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.union_founded_on is not null then
        perform registry_month_add(new.county_id, date_trunc('month', new.union_founded_on)::date, 'NEW_UNIONS', 1);
    end if;
    return null;
end $$;

create trigger tr_registry_month_enterprise after insert or delete on enterprise
    for each row execute function registry_month_enterprise_change();
create trigger tr_registry_month_enterprise_update after update of union_founded_on, county_id on enterprise
    for each row when (old.union_founded_on is distinct from new.union_founded_on or old.county_id is distinct from new.county_id)
    execute function registry_month_enterprise_change();

create function registry_month_group_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform registry_month_add(old.county_id, date_trunc('month', old.formed_on)::date, 'GROUPS_FORMED', -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform registry_month_add(new.county_id, date_trunc('month', new.formed_on)::date, 'GROUPS_FORMED', 1);
    end if;
    return null;
end $$;

create trigger tr_registry_month_group after insert or delete on enterprise_group
    for each row execute function registry_month_group_change();
create trigger tr_registry_month_group_update after update of formed_on, county_id on enterprise_group
    for each row when (old.formed_on is distinct from new.formed_on or old.county_id is distinct from new.county_id)
    execute function registry_month_group_change();

create function rebuild_registry_month_figure() returns void language sql as $$
    delete from registry_month_figure;
    insert into registry_month_figure (county_id, month, figure, value)
    select county_id, month, figure, sum(value) from (
        select c.county_id, date_trunc('month', c.signed_on)::date as month, 'CONTRACTS_SIGNED' as figure, 1::numeric as value
          from collective_contract c where c.signed_on is not null
        union all select c.county_id, date_trunc('month', c.signed_on)::date, 'WORKERS_COVERED', c.workers_covered
          from collective_contract c where c.signed_on is not null
        union all select c.county_id, date_trunc('month', c.signed_on)::date, 'ENTERPRISES_COVERED', 1
          from collective_contract c join contract_enterprise ce on ce.contract_id = c.id where c.signed_on is not null
        union all select e.county_id, date_trunc('month', e.union_founded_on)::date, 'NEW_UNIONS', 1
          from enterprise e where e.union_founded_on is not null
        union all select g.county_id, date_trunc('month', g.formed_on)::date, 'GROUPS_FORMED', 1 from enterprise_group g
    ) f group by 1, 2, 3 having sum(value) <> 0;
$$;

select rebuild_registry_month_figure();
