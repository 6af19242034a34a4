-- Workers' help requests, from the web form or registered by staff (hotline, walk-in, referral).
create sequence help_request_number_seq start 1;

create table help_request (
    id                    bigint generated always as identity primary key,
    tracking_no           varchar(20)   not null,
    query_code_hash       varchar(200)  not null,
    submission_token      varchar(64)   not null,
    status                varchar(20)   not null,
    category              varchar(20)   not null,
    channel               varchar(20)   not null,
    registered_by         varchar(64),
    description           varchar(2000) not null,
    employer_name         varchar(100)  not null,
    employer_credit_code  varchar(18),
    employer_key          varchar(120)  not null,
    county_id             bigint        not null,
    problem_since         date,
    contact_name          varchar(50)   not null,
    contact_mobile        varchar(11)   not null,
    id_number             varchar(18),
    migrant_worker        boolean       not null,
    new_form_work         varchar(20),
    workers_affected      integer       not null,
    -- unpaid wages
    project_site          varchar(200),
    general_contractor    varchar(100),
    subcontractor         varchar(100),
    period_from           date,
    period_to             date,
    amount_owed           numeric(12, 2),
    -- work injury
    accident_date         date,
    injury                varchar(500),
    injury_reported       varchar(20),
    -- consent, duplicates, rating
    consent_at            timestamptz   not null,
    privacy_version       varchar(20)   not null,
    likely_duplicate_of   bigint,
    rating_score          integer,
    rating_comment        varchar(500),
    rated_at              timestamptz,
    submitted_at          timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint uk_help_request_tracking_no unique (tracking_no),
    constraint uk_help_request_submission_token unique (submission_token),
    constraint fk_help_request_county foreign key (county_id) references county (id),
    constraint fk_help_request_duplicate foreign key (likely_duplicate_of) references help_request (id),
    constraint ck_help_request_status check (status in ('SUBMITTED', 'ACCEPTED', 'REFERRED', 'DECLINED', 'MERGED', 'CLOSED')),
    constraint ck_help_request_category check (category in ('WAGES', 'INJURY', 'CONTRACT', 'SOCIAL_INSURANCE', 'HOURS', 'SAFETY', 'OTHER')),
    constraint ck_help_request_channel check (channel in ('WEB', 'HOTLINE', 'WALK_IN', 'REFERRAL')),
    constraint ck_help_request_registered_by check ((channel = 'WEB') = (registered_by is null)),
    constraint ck_help_request_mobile check (contact_mobile ~ '^1[3-9][0-9]{9}$'),
    constraint ck_help_request_workers check (workers_affected between 1 and 100000),
    constraint ck_help_request_amount check (amount_owed is null or amount_owed > 0),
    constraint ck_help_request_period check (period_to is null or period_from is null or period_from <= period_to),
    constraint ck_help_request_wages check (category <> 'WAGES' or (amount_owed is not null and period_from is not null)),
    constraint ck_help_request_injury check (category <> 'INJURY' or (accident_date is not null and injury is not null)),
    constraint ck_help_request_rating check (rating_score is null or rating_score between 1 and 5)
);

create index ix_help_request_duplicates on help_request (contact_mobile, submitted_at desc);
create index ix_help_request_status on help_request (status, submitted_at desc);
create index ix_help_request_county on help_request (county_id, submitted_at desc);

-- The workers of a group wage claim, with what each is owed.
create table wage_roster_entry (
    request_id  bigint        not null,
    line_no     integer       not null,
    name        varchar(50)   not null,
    mobile      varchar(11),
    amount      numeric(12, 2) not null,
    constraint pk_wage_roster_entry primary key (request_id, line_no),
    constraint fk_wage_roster_entry_request foreign key (request_id) references help_request (id) on delete cascade,
    constraint ck_wage_roster_entry_amount check (amount > 0),
    constraint ck_wage_roster_entry_line check (line_no between 0 and 199)
);

-- Evidence files. The bytes live in the file store under stored_name; a file uploaded with a
-- form that had errors waits under its draft token until the form is submitted.
create table evidence_file (
    id             bigint generated always as identity primary key,
    request_id     bigint,
    draft_token    varchar(64),
    stored_name    varchar(64)   not null,
    original_name  varchar(120)  not null,
    content_type   varchar(40)   not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    uploaded_by    varchar(64)   not null,
    uploaded_at    timestamptz   not null,
    constraint uk_evidence_file_stored_name unique (stored_name),
    constraint fk_evidence_file_request foreign key (request_id) references help_request (id) on delete cascade,
    constraint ck_evidence_file_owner check (request_id is not null or draft_token is not null),
    constraint ck_evidence_file_type check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    constraint ck_evidence_file_size check (size_bytes between 1 and 10485760)
);

create index ix_evidence_file_request on evidence_file (request_id);
create index ix_evidence_file_draft on evidence_file (draft_token) where request_id is null;

-- What happened to a request, in order. Public events are shown to the worker.
create table request_event (
    id           bigint generated always as identity primary key,
    request_id   bigint        not null,
    occurred_at  timestamptz   not null,
    kind         varchar(30)   not null,
    public_event boolean       not null,
    author       varchar(64)   not null,
    text         varchar(2000),
    constraint fk_request_event_request foreign key (request_id) references help_request (id) on delete cascade
);

create index ix_request_event_request on request_event (request_id, occurred_at, id);
