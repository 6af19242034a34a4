-- Legal service teams: each county's legal-aid station (法律援助工作站) and rights service team
-- (权益保障服务分队), and the lawyer service teams (律师服务团/队); a team of the whole city has
-- no county. Lawyers are members with their kind (公职/公益/社会).
create table legal_team (
    id          bigint generated always as identity primary key,
    name        varchar(60)  not null,
    kind        varchar(20)  not null,
    county_id   bigint,
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint uk_legal_team_name unique (name),
    constraint fk_legal_team_county foreign key (county_id) references county (id),
    constraint ck_legal_team_kind check (kind in ('STATION', 'SERVICE_TEAM', 'LAWYER_TEAM'))
);

create table legal_team_member (
    team_id      bigint      not null,
    account_id   bigint      not null,
    lawyer_kind  varchar(20) not null,
    joined_at    timestamptz not null,
    constraint pk_legal_team_member primary key (team_id, account_id),
    constraint fk_legal_team_member_team foreign key (team_id) references legal_team (id) on delete cascade,
    constraint fk_legal_team_member_account foreign key (account_id) references user_account (id),
    constraint ck_legal_team_member_kind check (lawyer_kind in ('PUBLIC_SECTOR', 'PRO_BONO', 'PRIVATE'))
);

create index ix_legal_team_member_account on legal_team_member (account_id);
