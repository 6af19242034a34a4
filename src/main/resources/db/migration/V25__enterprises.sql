-- The enterprises a county union keeps on its registry (domain.md, "Enterprises"): one row each,
-- known by its unified social credit code (GB 32100-2015, stored normalised: upper case, no spaces).
create table enterprise (
    id                     bigint generated always as identity primary key,
    county_id              bigint        not null,
    name                   varchar(100)  not null,
    credit_code            varchar(18)   not null,
    industry               varchar(20)   not null,
    size                   varchar(10)   not null,
    employees              integer       not null,
    union_founded_on       date,
    supervision_committee  boolean       not null default false,
    mediation_committee    boolean       not null default false,
    new_employment_form    boolean       not null default false,
    created_at             timestamptz   not null,
    created_by             varchar(64)   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null default 0,
    search_text            text generated always as (lower(name || ' ' || credit_code)) stored,
    constraint uk_enterprise_credit_code unique (credit_code),
    constraint fk_enterprise_county foreign key (county_id) references county (id),
    constraint ck_enterprise_code check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    constraint ck_enterprise_size check (size in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    constraint ck_enterprise_industry check (industry in ('MANUFACTURING', 'CONSTRUCTION', 'LOGISTICS', 'PLATFORM',
        'CATERING', 'RETAIL', 'SERVICES', 'MINING', 'AGRICULTURE', 'OTHER')),
    constraint ck_enterprise_employees check (employees between 0 and 1000000),
    -- A labour-law supervision committee is the union's: no union, no committee.
    constraint ck_enterprise_supervision check (union_founded_on is not null or not supervision_committee)
);

create index ix_enterprise_search on enterprise using gin (search_text gin_trgm_ops);
create index ix_enterprise_county on enterprise (county_id, name);

-- Employers of help requests and cases recognised as a registered enterprise by hand (a request
-- typed without the credit code); those with the code are recognised by it.
create table enterprise_employer (
    employer_key   varchar(120)  primary key,
    enterprise_id  bigint        not null,
    linked_by      varchar(64)   not null,
    linked_at      timestamptz   not null,
    constraint fk_enterprise_employer foreign key (enterprise_id) references enterprise (id) on delete cascade
);
create index ix_enterprise_employer_enterprise on enterprise_employer (enterprise_id);
