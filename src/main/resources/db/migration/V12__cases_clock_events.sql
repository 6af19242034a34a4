-- The dated facts that drive a case's legal clocks (receipt of a mediation application, the
-- award's acceptance, an interruption …), as staff and the lawyer record them.
create table case_clock_event (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null,
    rule         varchar(40)  not null,
    kind         varchar(20)  not null,
    event_date   date         not null,
    note         varchar(300),
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null,
    constraint fk_case_clock_event_case foreign key (case_id) references legal_case (id) on delete cascade,
    constraint ck_case_clock_event_kind check (kind in ('STARTED', 'EMPLOYMENT_ENDED', 'INTERRUPTED', 'SUSPENDED',
        'RESUMED', 'RESTARTED', 'EXTENDED', 'MET'))
);

create index ix_case_clock_event_case on case_clock_event (case_id, rule, event_date);
