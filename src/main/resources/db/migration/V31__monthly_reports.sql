-- The indicators a monthly report (月必报) asks for, kept by the administrator: computed by the
-- portal from a module's figure (source 'cases.OPENED') or entered by hand (source null). An
-- indicator in use is retired, never deleted.
create table indicator (
    id          bigint generated always as identity primary key,
    code        varchar(40)   not null,
    name_zh     varchar(100)  not null,
    name_en     varchar(100)  not null,
    unit        varchar(10)   not null,
    source      varchar(60),
    position    integer       not null,
    retired_at  timestamptz,
    retired_by  varchar(64),
    version     bigint        not null default 0,
    constraint uk_indicator_code unique (code),
    constraint ck_indicator_code check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    constraint ck_indicator_unit check (unit in ('COUNT', 'PEOPLE', 'YUAN'))
);

insert into indicator (code, name_zh, name_en, unit, source, position) values
    ('REQUESTS_RECEIVED', '收到求助', 'Help requests received', 'COUNT', 'intake.RECEIVED', 10),
    ('CASES_OPENED', '立案', 'Cases opened', 'COUNT', 'cases.OPENED', 20),
    ('CASES_CLOSED', '结案', 'Cases closed', 'COUNT', 'cases.CLOSED', 30),
    ('WAGES_RECOVERED', '追回工资', 'Wages recovered', 'YUAN', 'cases.WAGES_RECOVERED', 40),
    ('WORKERS_HELPED', '帮助职工', 'Workers helped', 'PEOPLE', 'cases.WORKERS_HELPED', 50),
    ('MIGRANT_WORKERS_HELPED', '其中农民工', 'of whom migrant workers', 'PEOPLE', 'cases.MIGRANT_WORKERS', 60),
    ('LEGAL_CONSULTATIONS', '法律咨询', 'Legal consultations', 'COUNT', null, 70),
    ('MEDIATIONS', '调解', 'Mediations', 'COUNT', 'cases.MEDIATIONS', 80),
    ('DISPUTE_CASES', '代理劳动争议案件', 'Labour-dispute cases taken', 'COUNT', 'cases.DISPUTE_CASES', 90),
    ('LEGAL_CHECKUPS', '民营企业法治体检', 'Legal check-ups of private firms', 'COUNT', null, 100),
    ('CHECKUP_REPORTS', '法治体检报告', 'Check-up reports', 'COUNT', null, 110),
    ('EDUCATION_EVENTS', '普法活动', 'Legal-education events', 'COUNT', null, 120),
    ('EDUCATION_PARTICIPANTS', '普法活动参加人数', 'Legal-education participants', 'PEOPLE', null, 130),
    ('CONTRACTS_SIGNED', '签订集体合同', 'Collective contracts signed', 'COUNT', 'enterprises.CONTRACTS_SIGNED', 140),
    ('ENTERPRISES_COVERED', '集体合同覆盖企业', 'Enterprises they cover', 'COUNT', 'enterprises.ENTERPRISES_COVERED', 150),
    ('WORKERS_COVERED', '集体合同覆盖职工', 'Workers they cover', 'PEOPLE', 'enterprises.WORKERS_COVERED', 160),
    ('GROUPS_FORMED', '新组建"1+3"组团', '"1+3" groups formed', 'COUNT', 'enterprises.GROUPS_FORMED', 170),
    ('NEW_UNIONS', '新建企业工会', 'New enterprise unions', 'COUNT', 'enterprises.NEW_UNIONS', 180),
    ('RISK_REPORTS', '随机报风险', 'Risk reports', 'COUNT', 'reports.RISKS', 190),
    ('STAFF_TRAINED', '培训骨干', 'Staff trained', 'PEOPLE', null, 200);

-- One report per county and month; its current values; every submitted version kept.
create table monthly_report (
    id                  bigint generated always as identity primary key,
    county_id           bigint         not null,
    month               date           not null,
    status              varchar(10)    not null,
    due_on              date           not null,
    created_at          timestamptz    not null,
    created_by          varchar(64)    not null,
    first_submitted_at  timestamptz,
    submitted_at        timestamptz,
    submitted_by        varchar(64),
    decided_at          timestamptz,
    decided_by          varchar(64),
    return_comment      varchar(1000),
    reopen_reason       varchar(1000),
    approved_version    integer,
    version             bigint         not null default 0,
    constraint uk_monthly_report_county_month unique (county_id, month),
    constraint fk_monthly_report_county foreign key (county_id) references county (id),
    constraint ck_monthly_report_month check (extract(day from month) = 1),
    constraint ck_monthly_report_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
);
create index ix_monthly_report_month on monthly_report (month, county_id);
create index ix_monthly_report_waiting on monthly_report (county_id) where status = 'SUBMITTED';

create table report_value (
    report_id     bigint          not null,
    indicator_id  bigint          not null,
    value         numeric(16, 2),
    computed      numeric(16, 2),
    reason        varchar(500),
    constraint pk_report_value primary key (report_id, indicator_id),
    constraint fk_report_value_report foreign key (report_id) references monthly_report (id) on delete cascade,
    constraint fk_report_value_indicator foreign key (indicator_id) references indicator (id),
    constraint ck_report_value_range check (value is null or value >= 0)
);

create table report_version (
    id            bigint generated always as identity primary key,
    report_id     bigint         not null,
    number        integer        not null,
    submitted_at  timestamptz    not null,
    submitted_by  varchar(64)    not null,
    late          boolean        not null,
    approved_at   timestamptz,
    approved_by   varchar(64),
    constraint uk_report_version unique (report_id, number),
    constraint fk_report_version_report foreign key (report_id) references monthly_report (id) on delete cascade
);

create table report_version_value (
    version_id    bigint          not null,
    indicator_id  bigint          not null,
    value         numeric(16, 2)  not null,
    computed      numeric(16, 2),
    reason        varchar(500),
    constraint pk_report_version_value primary key (version_id, indicator_id),
    constraint fk_report_version_value_version foreign key (version_id) references report_version (id) on delete cascade,
    constraint fk_report_version_value_indicator foreign key (indicator_id) references indicator (id)
);
