-- The official working-day calendar: public holidays, and the weekend days made working days
-- (调休), as the State Council announces them each year. Weekdays and weekends follow the week
-- unless a row says otherwise. Administrators keep it; a year without its notice entered is
-- counted by weekends only, and the portal says so.
create table calendar_year (
    year        integer      primary key,
    notice      varchar(200) not null,
    entered_by  varchar(64)  not null,
    entered_at  timestamptz  not null,
    constraint ck_calendar_year check (year between 2000 and 2100)
);

create table calendar_day (
    day    date         primary key,
    kind   varchar(10)  not null,
    name   varchar(50)  not null,
    year   integer      generated always as (extract(year from day)::integer) stored,
    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY')),
    constraint fk_calendar_day_year foreign key (year) references calendar_year (year) on delete cascade
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
insert into calendar_year (year, notice, entered_by, entered_at)
values (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', 'system', now());

insert into calendar_day (day, kind, name) values
    ('2026-01-01', 'HOLIDAY', '元旦'), ('2026-01-02', 'HOLIDAY', '元旦'), ('2026-01-03', 'HOLIDAY', '元旦'),
    ('2026-01-04', 'WORKDAY', '元旦调休'),
    ('2026-02-14', 'WORKDAY', '春节调休'),
    ('2026-02-15', 'HOLIDAY', '春节'), ('2026-02-16', 'HOLIDAY', '春节'), ('2026-02-17', 'HOLIDAY', '春节'),
    ('2026-02-18', 'HOLIDAY', '春节'), ('2026-02-19', 'HOLIDAY', '春节'), ('2026-02-20', 'HOLIDAY', '春节'),
    ('2026-02-21', 'HOLIDAY', '春节'), ('2026-02-22', 'HOLIDAY', '春节'), ('2026-02-23', 'HOLIDAY', '春节'),
    ('2026-02-28', 'WORKDAY', '春节调休'),
    ('2026-04-04', 'HOLIDAY', '清明节'), ('2026-04-05', 'HOLIDAY', '清明节'), ('2026-04-06', 'HOLIDAY', '清明节'),
    ('2026-05-01', 'HOLIDAY', '劳动节'), ('2026-05-02', 'HOLIDAY', '劳动节'), ('2026-05-03', 'HOLIDAY', '劳动节'),
    ('2026-05-04', 'HOLIDAY', '劳动节'), ('2026-05-05', 'HOLIDAY', '劳动节'),
    ('2026-05-09', 'WORKDAY', '劳动节调休'),
    ('2026-06-19', 'HOLIDAY', '端午节'), ('2026-06-20', 'HOLIDAY', '端午节'), ('2026-06-21', 'HOLIDAY', '端午节'),
    ('2026-09-20', 'WORKDAY', '国庆节调休'),
    ('2026-09-25', 'HOLIDAY', '中秋节'), ('2026-09-26', 'HOLIDAY', '中秋节'), ('2026-09-27', 'HOLIDAY', '中秋节'),
    ('2026-10-01', 'HOLIDAY', '国庆节'), ('2026-10-02', 'HOLIDAY', '国庆节'), ('2026-10-03', 'HOLIDAY', '国庆节'),
    ('2026-10-04', 'HOLIDAY', '国庆节'), ('2026-10-05', 'HOLIDAY', '国庆节'), ('2026-10-06', 'HOLIDAY', '国庆节'),
    ('2026-10-07', 'HOLIDAY', '国庆节'),
    ('2026-10-10', 'WORKDAY', '国庆节调休');
