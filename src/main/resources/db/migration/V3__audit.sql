-- Who did what, when. Rows are only ever added; the actor is kept by name so that the record
-- outlives the account.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    action       varchar(64)  not null,
    subject      varchar(128) not null,
    detail       varchar(1000)
);

create index ix_audit_event_occurred_at on audit_event (occurred_at desc);
create index ix_audit_event_subject on audit_event (subject);
