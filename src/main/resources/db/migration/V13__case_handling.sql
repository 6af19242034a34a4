-- Carrying a case: what it is about (copied from the request when it was accepted, so the wage
-- ledger can roll up by employer without reaching into intake), the money, the union's service
-- clock (chased, escalated), and the case's own records: track steps, contact log, notes and
-- public replies, payments and advances, attachments.
alter table legal_case add column category varchar(20);
alter table legal_case add column employer_name varchar(100);
alter table legal_case add column employer_key varchar(120);
alter table legal_case add column workers_helped integer not null default 1;
alter table legal_case add column migrant_workers integer not null default 0;
alter table legal_case add column amount_claimed numeric(12, 2);
alter table legal_case add column amount_agreed numeric(12, 2);
alter table legal_case add column last_activity_at timestamptz;
alter table legal_case add column chased_at timestamptz;
alter table legal_case add column escalated_at timestamptz;
alter table legal_case add column reopen_reason varchar(1000);

update legal_case c
set category = r.category,
    employer_name = r.employer_name,
    employer_key = r.employer_key,
    workers_helped = greatest(r.workers_affected, (select count(*) from wage_roster_entry e where e.request_id = r.id), 1),
    migrant_workers = case when r.migrant_worker
        then greatest(r.workers_affected, (select count(*) from wage_roster_entry e where e.request_id = r.id), 1) else 0 end,
    amount_claimed = coalesce(r.amount_owed, (select sum(e.amount) from wage_roster_entry e where e.request_id = r.id)),
    last_activity_at = c.opened_at
from help_request r
where r.id = c.request_id;

alter table legal_case alter column category set not null;
alter table legal_case alter column employer_name set not null;
alter table legal_case alter column employer_key set not null;
alter table legal_case alter column last_activity_at set not null;
alter table legal_case add constraint ck_legal_case_amounts check ((amount_claimed is null or amount_claimed >= 0)
    and (amount_agreed is null or amount_agreed >= 0));
alter table legal_case add constraint ck_legal_case_workers check (workers_helped >= 1
    and migrant_workers between 0 and workers_helped);

create index ix_legal_case_employer on legal_case (employer_key);
create index ix_legal_case_activity on legal_case (last_activity_at) where status = 'OPEN';
create index ix_legal_case_escalated on legal_case (county_id) where escalated_at is not null and status = 'OPEN';

-- Steps of the parallel tracks: mediation, arbitration, injury recognition, appraisal, suit,
-- enforcement. Which step may follow which is the domain's rule (TrackProgress).
create table case_step (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null,
    track        varchar(20)   not null,
    step         varchar(30)   not null,
    step_date    date          not null,
    note         varchar(500),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null,
    constraint fk_case_step_case foreign key (case_id) references legal_case (id) on delete cascade
);
create index ix_case_step_case on case_step (case_id, step_date, id);

-- The contact log, internal notes and the public replies the worker sees.
create table case_entry (
    id              bigint generated always as identity primary key,
    case_id         bigint        not null,
    kind            varchar(20)   not null,
    contact_channel varchar(20),
    contact_party   varchar(20),
    entry_date      date          not null,
    text            varchar(2000) not null,
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null,
    constraint fk_case_entry_case foreign key (case_id) references legal_case (id) on delete cascade,
    constraint ck_case_entry_kind check (kind in ('CONTACT', 'NOTE', 'PUBLIC_REPLY')),
    constraint ck_case_entry_contact check ((kind = 'CONTACT') = (contact_channel is not null and contact_party is not null))
);
create index ix_case_entry_case on case_entry (case_id, recorded_at, id);

-- Money recovered, each payment or emergency wage advance (应急周转金) on its own line; a line
-- may name the worker of a group case it was for. A wrong line is voided with a reason, never
-- deleted.
create table case_payment (
    id           bigint generated always as identity primary key,
    case_id      bigint         not null,
    kind         varchar(10)    not null,
    paid_on      date           not null,
    amount       numeric(12, 2) not null,
    payer        varchar(100)   not null,
    worker_name  varchar(50),
    note         varchar(300),
    recorded_by  varchar(64)    not null,
    recorded_at  timestamptz    not null,
    voided_by    varchar(64),
    voided_at    timestamptz,
    void_reason  varchar(300),
    constraint fk_case_payment_case foreign key (case_id) references legal_case (id) on delete cascade,
    constraint ck_case_payment_kind check (kind in ('PAYMENT', 'ADVANCE')),
    constraint ck_case_payment_amount check (amount > 0),
    constraint ck_case_payment_void check ((voided_at is null) = (voided_by is null))
);
create index ix_case_payment_case on case_payment (case_id, paid_on);
create index ix_case_payment_month on case_payment (paid_on) where voided_at is null;

-- Documents on a case (agreements, awards, receipts), checked and stripped like evidence.
create table case_attachment (
    id            bigint generated always as identity primary key,
    case_id       bigint        not null,
    stored_name   varchar(64)   not null,
    original_name varchar(120)  not null,
    content_type  varchar(40)   not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamptz   not null,
    constraint fk_case_attachment_case foreign key (case_id) references legal_case (id) on delete cascade,
    constraint uk_case_attachment_content unique (case_id, sha256)
);

-- The union's service clock on requests: chased when first contact is overdue, escalated to the
-- city past a second limit.
alter table help_request add column chased_at timestamptz;
alter table help_request add column escalated_at timestamptz;
create index ix_help_request_escalated on help_request (county_id) where escalated_at is not null and status = 'SUBMITTED';
