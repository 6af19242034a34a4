-- Lawyers: ${lawyers_per_county} per county (bench.lawyer.<county order>.<n>, password bench-12351), each
-- county with its legal-aid station whose members they are.
insert into user_account (username, display_name, password_hash, role, county_id, enabled, failed_logins,
                          created_at, updated_at)
select 'bench.lawyer.' || c.sort_order || '.' || n,
       pg_temp.pick(array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭'],
                    pg_temp.r(c.id * 1000 + n, 'lawyer-surname'))
           || pg_temp.pick(array['建华','丽娟','志强','晓燕','文博','海涛','婷','静','磊','敏'],
                    pg_temp.r(c.id * 1000 + n, 'lawyer-given')),
       '${password_hash}', 'LAWYER', c.id, true, 0, now(), now()
from county c cross join generate_series(1, ${lawyers_per_county}) n;

insert into legal_team (name, kind, county_id, active, created_at)
select c.name_zh || '职工法律援助站（基准数据）', 'STATION', c.id, true, now() from county c;

insert into legal_team_member (team_id, account_id, lawyer_kind, joined_at)
select t.id, a.id,
       pg_temp.pick(array['PUBLIC_SECTOR','PRO_BONO','PRIVATE'], pg_temp.r(a.id, 'lawyer-kind')), now()
from legal_team t
join user_account a on a.county_id = t.county_id and a.username like 'bench.lawyer.%'
where t.name like '%（基准数据）';

-- For the case generator: each county's station and its lawyers, numbered from 0.
create temp table bench_lawyer as
select a.county_id, t.id as team_id, a.id as account_id,
       (row_number() over (partition by a.county_id order by a.id) - 1)::int as n
from user_account a join legal_team t on t.county_id = a.county_id and t.name like '%（基准数据）'
where a.username like 'bench.lawyer.%';
