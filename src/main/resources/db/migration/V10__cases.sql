-- A request accepted as a case: assigned to a team and a lawyer, closed with an outcome.
create sequence legal_case_number_seq start 1;

create table legal_case (
    id                 bigint generated always as identity primary key,
    case_no            varchar(20)   not null,
    request_id         bigint        not null,
    county_id          bigint        not null,
    team_id            bigint        not null,
    lawyer_account_id  bigint        not null,
    status             varchar(10)   not null,
    outcome            varchar(30),
    closing_note       varchar(1000),
    opened_at          timestamptz   not null,
    opened_by          varchar(64)   not null,
    closed_at          timestamptz,
    closed_by          varchar(64),
    version            bigint        not null default 0,
    constraint uk_legal_case_no unique (case_no),
    constraint uk_legal_case_request unique (request_id),
    constraint fk_legal_case_request foreign key (request_id) references help_request (id),
    constraint fk_legal_case_county foreign key (county_id) references county (id),
    constraint fk_legal_case_team foreign key (team_id) references legal_team (id),
    constraint fk_legal_case_lawyer foreign key (lawyer_account_id) references user_account (id),
    constraint ck_legal_case_status check (status in ('OPEN', 'CLOSED')),
    constraint ck_legal_case_outcome check (outcome is null or outcome in ('MEDIATION', 'ARBITRATION', 'JUDGMENT',
        'DIRECT_PAYMENT', 'WITHDRAWN', 'REFERRED', 'NOT_RESOLVED')),
    constraint ck_legal_case_closed check ((status = 'CLOSED') = (outcome is not null and closed_at is not null))
);

create index ix_legal_case_lawyer on legal_case (lawyer_account_id, status);
create index ix_legal_case_county on legal_case (county_id, status);
