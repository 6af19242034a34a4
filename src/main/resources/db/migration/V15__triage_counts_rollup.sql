-- The triage queue shows how many requests each status has on every page: a group-by over a
-- million requests took 400 ms (docs/benchmarks.md), so the counts are kept in a roll-up, per
-- county and status, by a trigger in the same transaction as the change.
create table request_status_count (
    county_id  bigint       not null,
    status     varchar(20)  not null,
    n          bigint       not null,
    constraint pk_request_status_count primary key (county_id, status)
);

insert into request_status_count (county_id, status, n)
select county_id, status, count(*) from help_request group by county_id, status;

create function request_status_count_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update request_status_count set n = n - 1 where county_id = old.county_id and status = old.status;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into request_status_count (county_id, status, n) values (new.county_id, new.status, 1)
        on conflict (county_id, status) do update set n = request_status_count.n + 1;
    end if;
    return null;
end $$;

create trigger tr_request_status_count_insert_delete after insert or delete on help_request
    for each row execute function request_status_count_change();
create trigger tr_request_status_count_update after update of status, county_id on help_request
    for each row when (old.status is distinct from new.status or old.county_id is distinct from new.county_id)
    execute function request_status_count_change();

-- The queue's filters within a status and county (the bitmap of a whole county cost 50 ms).
create index ix_help_request_status_county on help_request (status, county_id, submitted_at);
-- Open cases, counted on every start page.
create index ix_legal_case_open on legal_case (county_id) where status = 'OPEN';
