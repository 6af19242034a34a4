-- Staff accounts. Workers need none.
create table user_account (
    id             bigint generated always as identity primary key,
    username       varchar(32)  not null,
    display_name   varchar(50)  not null,
    password_hash  varchar(255) not null,
    role           varchar(20)  not null,
    county_id      bigint,
    enabled        boolean      not null default true,
    failed_logins  integer      not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint uk_user_account_username unique (username),
    constraint fk_user_account_county foreign key (county_id) references county (id),
    constraint ck_user_account_role check (role in ('CITY_ADMIN', 'CITY_STAFF', 'COUNTY_OFFICER', 'LAWYER')),
    constraint ck_user_account_username check (username ~ '^[a-z0-9][a-z0-9._-]{2,31}$'),
    constraint ck_user_account_county check (
        (role = 'COUNTY_OFFICER' and county_id is not null)
        or (role = 'LAWYER')
        or (role in ('CITY_ADMIN', 'CITY_STAFF') and county_id is null)),
    constraint ck_user_account_failed_logins check (failed_logins >= 0)
);

create index ix_user_account_county on user_account (county_id);
