-- Collective contracts (集体合同) and the enterprises each covers: one for an enterprise's own,
-- many for a regional or industry contract. The bargaining steps are dated as they happen.
create table collective_contract (
    id               bigint generated always as identity primary key,
    county_id        bigint        not null,
    title            varchar(100)  not null,
    kind             varchar(15)   not null,
    coverage         varchar(10)   not null,
    stage            varchar(12)   not null,
    term_years       integer       not null,
    workers_covered  integer       not null,
    offered_on       date          not null,
    negotiated_on    date,
    signed_on        date,
    filed_on         date,
    effective_on     date,
    expired_on       date,
    created_at       timestamptz   not null,
    created_by       varchar(64)   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint fk_collective_contract_county foreign key (county_id) references county (id),
    constraint ck_collective_contract_kind check (kind in ('COMPREHENSIVE', 'WAGE', 'WOMEN', 'SAFETY')),
    constraint ck_collective_contract_coverage check (coverage in ('ENTERPRISE', 'REGIONAL', 'INDUSTRY')),
    constraint ck_collective_contract_stage check (stage in ('OFFER', 'NEGOTIATION', 'SIGNED', 'FILED', 'EFFECTIVE',
        'EXPIRED')),
    constraint ck_collective_contract_term check (term_years between 1 and 3),
    constraint ck_collective_contract_workers check (workers_covered between 0 and 10000000)
);
create index ix_collective_contract_county on collective_contract (county_id, stage);
create index ix_collective_contract_offered on collective_contract (offered_on);

create table contract_enterprise (
    contract_id    bigint not null,
    enterprise_id  bigint not null,
    constraint pk_contract_enterprise primary key (contract_id, enterprise_id),
    constraint fk_contract_enterprise_contract foreign key (contract_id) references collective_contract (id) on delete cascade,
    constraint fk_contract_enterprise_enterprise foreign key (enterprise_id) references enterprise (id)
);
create index ix_contract_enterprise_enterprise on contract_enterprise (enterprise_id);

-- The signed document, checked and stored by the files module like evidence.
create table contract_document (
    contract_id    bigint        primary key,
    stored_name    varchar(64)   not null,
    original_name  varchar(120)  not null,
    content_type   varchar(40)   not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    uploaded_by    varchar(64)   not null,
    uploaded_at    timestamptz   not null,
    constraint fk_contract_document_contract foreign key (contract_id) references collective_contract (id) on delete cascade,
    constraint uk_contract_document_stored_name unique (stored_name)
);
