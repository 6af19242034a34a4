-- "1+3" groups (domain.md): one enterprise with a union leads up to three small or micro
-- enterprises without one, to organise their workers; with a union liaison, an activity log and
-- the workers' opinions and suggestions.
create table enterprise_group (
    id                  bigint generated always as identity primary key,
    county_id           bigint        not null,
    lead_enterprise_id  bigint        not null,
    liaison             varchar(50)   not null,
    formed_on           date          not null,
    dissolved_on        date,
    created_at          timestamptz   not null,
    created_by          varchar(64)   not null,
    version             bigint        not null default 0,
    constraint fk_enterprise_group_county foreign key (county_id) references county (id),
    constraint fk_enterprise_group_lead foreign key (lead_enterprise_id) references enterprise (id)
);
create index ix_enterprise_group_county on enterprise_group (county_id);

create table enterprise_group_member (
    group_id       bigint  not null,
    enterprise_id  bigint  not null,
    joined_on      date    not null,
    constraint pk_enterprise_group_member primary key (group_id, enterprise_id),
    constraint fk_enterprise_group_member_group foreign key (group_id) references enterprise_group (id) on delete cascade,
    constraint fk_enterprise_group_member_enterprise foreign key (enterprise_id) references enterprise (id)
);
create index ix_enterprise_group_member_enterprise on enterprise_group_member (enterprise_id);

create table group_activity (
    id              bigint generated always as identity primary key,
    group_id        bigint        not null,
    kind            varchar(10)   not null,
    held_on         date          not null,
    people_reached  integer       not null,
    note            varchar(300),
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null,
    constraint fk_group_activity_group foreign key (group_id) references enterprise_group (id) on delete cascade,
    constraint ck_group_activity_kind check (kind in ('VISIT', 'MEETING', 'TRAINING')),
    constraint ck_group_activity_people check (people_reached between 0 and 100000)
);
create index ix_group_activity_group on group_activity (group_id, held_on);

create table group_opinion (
    id           bigint generated always as identity primary key,
    group_id     bigint         not null,
    topic        varchar(20)    not null,
    text         varchar(1000)  not null,
    raised_on    date           not null,
    answer       varchar(1000),
    answered_on  date,
    answered_by  varchar(64),
    recorded_by  varchar(64)    not null,
    recorded_at  timestamptz    not null,
    constraint fk_group_opinion_group foreign key (group_id) references enterprise_group (id) on delete cascade,
    constraint ck_group_opinion_topic check (topic in ('PAY', 'HOURS', 'SOCIAL_INSURANCE', 'REST', 'SAFETY', 'TRAINING',
        'OTHER')),
    constraint ck_group_opinion_answer check ((answer is null) = (answered_on is null))
);
create index ix_group_opinion_group on group_opinion (group_id);
