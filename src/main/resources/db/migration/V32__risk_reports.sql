-- Risk reports (随机报): a risk a county officer or city staff member reports at any time, seen by
-- the city at once, handled in dated steps and closed; the help request or case it led to linked.
create sequence risk_report_number_seq start 1;

create table risk_report (
    id                bigint generated always as identity primary key,
    risk_no           varchar(20)    not null,
    county_id         bigint         not null,
    kind              varchar(20)    not null,
    level             varchar(10)    not null,
    enterprise_id     bigint,
    enterprise_name   varchar(100)   not null,
    workers_affected  integer        not null,
    description       varchar(2000)  not null,
    reported_at       timestamptz    not null,
    reported_by       varchar(64)    not null,
    seen_at           timestamptz,
    seen_by           varchar(64),
    closed_on         date,
    closing_note      varchar(1000),
    closed_by         varchar(64),
    request_no        varchar(20),
    case_no           varchar(20),
    version           bigint         not null default 0,
    constraint uk_risk_report_no unique (risk_no),
    constraint fk_risk_report_county foreign key (county_id) references county (id),
    constraint fk_risk_report_enterprise foreign key (enterprise_id) references enterprise (id),
    constraint ck_risk_report_kind check (kind in ('WAGE_ARREARS', 'COLLECTIVE_DISPUTE', 'LAYOFFS', 'CLOSURE', 'SAFETY', 'OTHER')),
    constraint ck_risk_report_level check (level in ('GENERAL', 'SERIOUS', 'URGENT')),
    constraint ck_risk_report_workers check (workers_affected between 0 and 1000000),
    constraint ck_risk_report_closed check ((closed_on is null) = (closed_by is null))
);
create index ix_risk_report_county on risk_report (county_id, reported_at desc);
create index ix_risk_report_reported on risk_report (reported_at);
create index ix_risk_report_unseen on risk_report (county_id) where seen_at is null;

create table risk_step (
    id           bigint generated always as identity primary key,
    risk_id      bigint         not null,
    step_date    date           not null,
    note         varchar(1000)  not null,
    recorded_by  varchar(64)    not null,
    recorded_at  timestamptz    not null,
    constraint fk_risk_step_risk foreign key (risk_id) references risk_report (id) on delete cascade
);
create index ix_risk_step_risk on risk_step (risk_id, step_date, id);
