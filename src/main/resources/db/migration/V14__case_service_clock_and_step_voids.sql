-- The lawyer's first contact with the worker on a case (the service clock chases a case without
-- one), a wrong track step voided with a reason (never deleted), and the clock events a step
-- recorded, so that voiding the step voids them too.
alter table legal_case add column worker_contact_at timestamptz;
update legal_case c set worker_contact_at = coalesce(
    (select min(e.recorded_at) from case_entry e
      where e.case_id = c.id and (e.kind = 'PUBLIC_REPLY' or (e.kind = 'CONTACT' and e.contact_party = 'WORKER'))),
    case when c.status = 'CLOSED' then c.opened_at end);
create index ix_legal_case_no_contact on legal_case (opened_at) where status = 'OPEN' and worker_contact_at is null;

alter table case_step add column voided_by varchar(64);
alter table case_step add column voided_at timestamptz;
alter table case_step add column void_reason varchar(300);
alter table case_step add constraint ck_case_step_void check ((voided_at is null) = (voided_by is null));

alter table case_clock_event add column step_id bigint;
alter table case_clock_event add constraint fk_case_clock_event_step foreign key (step_id) references case_step (id);
create index ix_case_clock_event_step on case_clock_event (step_id) where step_id is not null;
