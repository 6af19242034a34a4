-- Counties (districts, counties and the high-tech zone) whose unions use the portal.
-- Counties are data, not code: another city loads its own rows.
create table county (
    id          bigint generated always as identity primary key,
    code        varchar(12),
    name_zh     varchar(50)  not null,
    name_en     varchar(80)  not null,
    kind        varchar(20)  not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    constraint uk_county_code unique (code),
    constraint uk_county_name_zh unique (name_zh),
    constraint ck_county_kind check (kind in ('DISTRICT', 'COUNTY', 'ZONE')),
    constraint ck_county_code check (code is null or code ~ '^[0-9]{6}$')
);

-- Baoji (宝鸡市), GB/T 2260 codes; the high-tech zone has its own union work committee and no code.
insert into county (code, name_zh, name_en, kind, sort_order) values
    ('610302', '渭滨区', 'Weibin District',   'DISTRICT', 10),
    ('610303', '金台区', 'Jintai District',   'DISTRICT', 20),
    ('610304', '陈仓区', 'Chencang District', 'DISTRICT', 30),
    ('610305', '凤翔区', 'Fengxiang District','DISTRICT', 40),
    ('610323', '岐山县', 'Qishan County',     'COUNTY',   50),
    ('610324', '扶风县', 'Fufeng County',     'COUNTY',   60),
    ('610326', '眉县',   'Mei County',        'COUNTY',   70),
    ('610327', '陇县',   'Long County',       'COUNTY',   80),
    ('610328', '千阳县', 'Qianyang County',   'COUNTY',   90),
    ('610329', '麟游县', 'Linyou County',     'COUNTY',  100),
    ('610330', '凤县',   'Feng County',       'COUNTY',  110),
    ('610331', '太白县', 'Taibai County',     'COUNTY',  120),
    (null,     '宝鸡高新区', 'Baoji Hi-tech Zone', 'ZONE', 130);
