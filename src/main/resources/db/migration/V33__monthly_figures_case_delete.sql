-- A case deleted with its payments and steps (on delete cascade): the cascade deletes them after
-- the case is gone, when their triggers can no longer find its county. The case's own trigger
-- takes them out of the roll-up before it goes, and theirs then skip a case that is not there.
create or replace function case_month_payment(p case_payment, sign integer) returns void language plpgsql as $$
declare
    county bigint := (select county_id from legal_case where id = p.case_id);
begin
    if county is not null and p.kind = 'PAYMENT' and p.voided_at is null then
        perform case_month_add(county, date_trunc('month', p.paid_on)::date, 'WAGES_RECOVERED', sign * p.amount);
    end if;
end $$;

create or replace function case_month_step(s case_step, sign integer) returns void language plpgsql as $$
declare
    county bigint := (select county_id from legal_case where id = s.case_id);
begin
    if county is not null and s.voided_at is null and case_month_step_figure(s.step) is not null then
        perform case_month_add(county, date_trunc('month', s.step_date)::date, case_month_step_figure(s.step), sign);
    end if;
end $$;

create function case_month_figure_case_deleting() returns trigger language plpgsql as $$
declare
    p case_payment;
    s case_step;
begin
    for p in select * from case_payment where case_id = old.id loop
        perform case_month_payment(p, -1);
    end loop;
    for s in select * from case_step where case_id = old.id loop
        perform case_month_step(s, -1);
    end loop;
    return old;
end $$;

create trigger tr_case_month_figure_deleting before delete on legal_case
    for each row execute function case_month_figure_case_deleting();
