-- The registries: 100,000 enterprises across the counties (each with a valid, unique unified
-- social credit code), 30,000 collective contracts at every stage covering them (a regional or
-- industry one covers 2 to 20), and 5,000 "1+3" groups with members, activities and opinions.

-- A credit code from a number: a Baoji prefix, the number in 9 digits, its GB 32100-2015 check character.
create function pg_temp.credit_code(n bigint) returns text
    language sql immutable parallel safe
    as $$
    with base as (select '91610399' || lpad(n::text, 9, '0') as b),
         alphabet as (select '0123456789ABCDEFGHJKLMNPQRTUWXY'::text as a),
         weights as (select array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28] as w)
    select b || substr(a, 1 + (31 - (sum((strpos(a, substr(b, i, 1)) - 1) * w[i]) % 31))::int % 31, 1)
      from base, alphabet, weights, generate_series(1, 17) i
     group by b, a
    $$;

create temp table bench_county as
select id, row_number() over (order by sort_order) - 1 as n, count(*) over () as counties
  from county where active;

insert into enterprise (county_id, name, credit_code, industry, size, employees, union_founded_on, supervision_committee,
    mediation_committee, new_employment_form, created_at, created_by, updated_at)
select c.id,
       '宝鸡市' || pg_temp.pick(array['恒达','鑫源','秦川','长青','华胜','渭河','凤鸣','金台','陈仓','宏图'], pg_temp.r(g.i, 'en1'))
           || pg_temp.pick(array['建筑','物流','快递','餐饮','机械','纺织','商贸','配送','电子','食品'], pg_temp.r(g.i, 'en2'))
           || g.i || '有限公司',
       pg_temp.credit_code(g.i),
       pg_temp.pick(array['MANUFACTURING','CONSTRUCTION','LOGISTICS','PLATFORM','CATERING','RETAIL','SERVICES','OTHER'],
                    pg_temp.r(g.i, 'industry')),
       case when pg_temp.r(g.i, 'size') < 0.02 then 'LARGE' when pg_temp.r(g.i, 'size') < 0.12 then 'MEDIUM'
            when pg_temp.r(g.i, 'size') < 0.55 then 'SMALL' else 'MICRO' end,
       5 + floor(pg_temp.r(g.i, 'employees') * 300)::int,
       case when pg_temp.r(g.i, 'union') < 0.35 then '${until}'::date - floor(pg_temp.r(g.i, 'union-age') * 3000)::int end,
       pg_temp.r(g.i, 'union') < 0.35 and pg_temp.r(g.i, 'supervision') < 0.3,
       pg_temp.r(g.i, 'mediation') < 0.08,
       pg_temp.r(g.i, 'new-form') < 0.25,
       now(), 'bench', now()
  from generate_series(1, 100000) g(i)
  join bench_county c on c.n = g.i % c.counties;

create temp table bench_enterprise as
select id, county_id, size, union_founded_on, row_number() over (partition by county_id order by id) as n
  from enterprise where created_by = 'bench';
create index on bench_enterprise (county_id, n);
create temp table bench_county_size as select county_id, count(*) as enterprises from bench_enterprise group by county_id;

insert into collective_contract (county_id, title, kind, coverage, stage, term_years, workers_covered, offered_on,
    negotiated_on, signed_on, filed_on, effective_on, expired_on, created_at, created_by, updated_at)
select x.county_id, x.title, x.kind, x.coverage, s.stage, x.term, x.workers, x.offered,
       case when x.step >= 1 then x.offered + 12 end, case when x.step >= 2 then x.offered + 30 end,
       case when x.step >= 3 then x.offered + 36 end, case when x.step >= 4 then x.offered + 52 end,
       case when x.step >= 5 then x.offered + 52 + 365 * x.term end, now(), 'bench', now()
  from (select c.id as county_id, '集体合同' || g.i as title,
               pg_temp.pick(array['COMPREHENSIVE','WAGE','WAGE','WOMEN','SAFETY'], pg_temp.r(g.i, 'kind')) as kind,
               case when pg_temp.r(g.i, 'coverage') < 0.8 then 'ENTERPRISE'
                    when pg_temp.r(g.i, 'coverage') < 0.9 then 'REGIONAL' else 'INDUSTRY' end as coverage,
               1 + floor(pg_temp.r(g.i, 'term') * 3)::int as term,
               20 + floor(pg_temp.r(g.i, 'workers') * 500)::int as workers,
               '${until}'::date - floor(pg_temp.r(g.i, 'offered') * 1500)::int as offered,
               floor(pg_temp.r(g.i, 'step') * 6)::int as step,
               g.i
          from generate_series(1, 30000) g(i) join bench_county c on c.n = g.i % c.counties) x
  cross join lateral (select case x.step when 0 then 'OFFER' when 1 then 'NEGOTIATION' when 2 then 'SIGNED'
                              when 3 then 'FILED' when 4 then 'EFFECTIVE' else 'EXPIRED' end as stage) s;

-- Coverage: the contract's enterprises, from its county's, in turn.
insert into contract_enterprise (contract_id, enterprise_id)
select distinct k.id, e.id
  from (select id, county_id, coverage, row_number() over (partition by county_id order by id) as n
          from collective_contract where created_by = 'bench') k
  cross join lateral generate_series(0, case when k.coverage = 'ENTERPRISE' then 0
                                             else 1 + floor(pg_temp.r(k.id, 'covers') * 19)::int end) j(m)
  join bench_county_size s on s.county_id = k.county_id
  join bench_enterprise e on e.county_id = k.county_id and e.n = 1 + ((k.n * 3 + j.m) % s.enterprises);

-- "1+3" groups: a lead with a union, members small or micro without one, each enterprise in one group.
create temp table bench_lead as
select id, county_id, row_number() over (partition by county_id order by id) as n
  from bench_enterprise where union_founded_on is not null;
create temp table bench_member as
select id, county_id, row_number() over (partition by county_id order by id) as n
  from bench_enterprise where union_founded_on is null and size in ('SMALL', 'MICRO');
create index on bench_member (county_id, n);

insert into enterprise_group (county_id, lead_enterprise_id, liaison, formed_on, created_at, created_by)
select l.county_id, l.id, pg_temp.pick(array['王','李','张','刘','陈'], pg_temp.r(l.id, 'liaison')) || '联络员',
       '${until}'::date - floor(pg_temp.r(l.id, 'formed') * 700)::int - 30, now(), 'bench'
  from bench_lead l
 where l.n <= (select 5000 / count(*) + 1 from bench_county)
 limit 5000;

insert into enterprise_group_member (group_id, enterprise_id, joined_on)
select g.id, m.id, g.formed_on + 7
  from (select id, county_id, formed_on, row_number() over (partition by county_id order by id) as n
          from enterprise_group where created_by = 'bench') g
  cross join generate_series(0, 2) k(i)
  join bench_member m on m.county_id = g.county_id and m.n = (g.n - 1) * 3 + k.i + 1;

insert into group_activity (group_id, kind, held_on, people_reached, note, recorded_by, recorded_at)
select g.id, pg_temp.pick(array['VISIT','MEETING','TRAINING'], pg_temp.r(g.id * 10 + k.i, 'activity')),
       g.formed_on + 10 + k.i * 30, 10 + floor(pg_temp.r(g.id * 10 + k.i, 'people') * 80)::int, null, 'bench', now()
  from enterprise_group g cross join generate_series(0, 2) k(i) where g.created_by = 'bench';

insert into group_opinion (group_id, topic, text, raised_on, answer, answered_on, answered_by, recorded_by, recorded_at)
select g.id, pg_temp.pick(array['PAY','HOURS','SOCIAL_INSURANCE','REST','SAFETY','TRAINING','OTHER'], pg_temp.r(g.id * 10 + k.i, 'topic')),
       '希望改善' || k.i, g.formed_on + 20,
       case when pg_temp.r(g.id * 10 + k.i, 'answered') < 0.7 then '已协调解决' end,
       case when pg_temp.r(g.id * 10 + k.i, 'answered') < 0.7 then g.formed_on + 25 end,
       case when pg_temp.r(g.id * 10 + k.i, 'answered') < 0.7 then 'bench' end, 'bench', now()
  from enterprise_group g cross join generate_series(0, 1) k(i) where g.created_by = 'bench';
