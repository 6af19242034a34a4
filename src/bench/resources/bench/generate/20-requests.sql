-- ${requests} help requests over five years up to ${until}: more recent ones more often; the mix of
-- categories, channels, counties and statuses of a city union's work; wage claims with periods,
-- amounts, sites and contractors, some of them groups with a roster; injuries with their dates.
insert into help_request (id, tracking_no, query_code_hash, submission_token, status, category, channel,
    registered_by, description, employer_name, employer_credit_code, employer_key, county_id, problem_since,
    contact_name, contact_mobile, id_number, migrant_worker, new_form_work, workers_affected, project_site,
    general_contractor, subcontractor, period_from, period_to, amount_owed, accident_date, injury,
    injury_reported, consent_at, privacy_version, likely_duplicate_of, rating_score, rating_comment, rated_at,
    submitted_at, updated_at, version, merged_into, first_contact_at)
overriding system value
select b.request_offset + g.i,
       'WQ-' || extract(year from s.submitted at time zone 'Asia/Shanghai') || '-' || lpad(g.i::text, 7, '0'),
       '${code_hash}', 'bench-' || g.i, s.status, s.category, s.channel,
       case when s.channel = 'WEB' then null else 'city' end,
       case s.category
           when 'WAGES' then pg_temp.pick(array['在工地干了几个月，','在车间上班，','跑外卖送快递，','在饭店打工，'], pg_temp.r(g.i, 'd1'))
               || pg_temp.pick(array['老板一直拖欠工资不发。','包工头说总包没拨款，工资拖着不给。','离职后单位不结清工资。','每月只发一半工资，欠了半年。'], pg_temp.r(g.i, 'd2'))
           when 'INJURY' then pg_temp.pick(array['操作机器时手被压伤，','在工地从脚手架上摔下，','送货途中发生交通事故，'], pg_temp.r(g.i, 'd1'))
               || pg_temp.pick(array['单位不给申请工伤认定。','单位只付了部分医药费。','单位说我是临时工不管。'], pg_temp.r(g.i, 'd2'))
           when 'CONTRACT' then pg_temp.pick(array['干了两年一直不签劳动合同，','单位突然口头辞退我，','合同到期单位不续签也不给补偿，'], pg_temp.r(g.i, 'd1')) || '想讨个说法。'
           when 'SOCIAL_INSURANCE' then '单位一直没给交社会保险，' || pg_temp.pick(array['现在看病报不了。','退休手续办不了。','想补缴。'], pg_temp.r(g.i, 'd2'))
           when 'HOURS' then '每天工作十二小时，' || pg_temp.pick(array['没有休息日也没有加班费。','节假日加班不给钱。'], pg_temp.r(g.i, 'd2'))
           when 'SAFETY' then '车间粉尘很大，' || pg_temp.pick(array['单位不发防护用品。','好几个人咳嗽不止。'], pg_temp.r(g.i, 'd2'))
           else '遇到劳动纠纷，不知道怎么办，请工会帮忙。' end,
       e.name, null, 'name:' || e.name, s.county_id,
       (s.submitted at time zone 'Asia/Shanghai')::date - (1 + floor(pg_temp.r(g.i, 'since') * 180))::int,
       pg_temp.pick(array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭','何','高','林','罗'], pg_temp.r(g.i, 'surname'))
           || pg_temp.pick(array['建军','红兵','小军','丽','芳','伟','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀兰','霞','刚'], pg_temp.r(g.i, 'given')),
       '1' || (3 + floor(pg_temp.r(g.i, 'm1') * 7))::int || lpad(floor(pg_temp.r(g.i, 'm2') * 1000000000)::bigint::text, 9, '0'),
       null, s.migrant,
       case when pg_temp.r(g.i, 'nfw') < 0.06 then pg_temp.pick(array['COURIER','RIDE_HAILING','FOOD_DELIVERY','TRUCK_DRIVER'], pg_temp.r(g.i, 'nfw2')) end,
       s.workers,
       case when s.category = 'WAGES' and s.site then '宝鸡' || pg_temp.pick(array['渭滨','金台','陈仓','高新'], pg_temp.r(g.i, 'site')) || '某小区' || (1 + floor(pg_temp.r(g.i, 'site2') * 9))::int || '期工地' end,
       case when s.category = 'WAGES' and s.site then pg_temp.pick(array['陕西某建工集团有限公司','中铁某局集团有限公司','宝鸡某建设集团有限公司'], pg_temp.r(g.i, 'gc')) end,
       case when s.category = 'WAGES' and s.site then pg_temp.pick(array['张某班组','李某劳务队','王某施工队'], pg_temp.r(g.i, 'sub')) end,
       case when s.category = 'WAGES' then date_trunc('month', s.submitted at time zone 'Asia/Shanghai')::date - ((1 + floor(pg_temp.r(g.i, 'pf') * 8))::int * interval '1 month')::interval end,
       case when s.category = 'WAGES' then date_trunc('month', s.submitted at time zone 'Asia/Shanghai')::date - interval '1 month' end,
       case when s.category = 'WAGES' then round((2000 + pg_temp.r(g.i, 'amount') ^ 2 * 60000)::numeric * s.workers, 2)
            when pg_temp.r(g.i, 'amount-other') < 0.4 then round((1000 + pg_temp.r(g.i, 'amount') * 30000)::numeric, 2) end,
       case when s.category = 'INJURY' then (s.submitted at time zone 'Asia/Shanghai')::date - (1 + floor(pg_temp.r(g.i, 'acc') * 200))::int end,
       case when s.category = 'INJURY' then pg_temp.pick(array['右手三根手指压伤','腰椎骨折','左腿骨折','头部外伤'], pg_temp.r(g.i, 'injury')) end,
       case when s.category = 'INJURY' then pg_temp.pick(array['YES','NO','UNKNOWN'], pg_temp.r(g.i, 'rep')) end,
       s.submitted, '2026-11', null,
       case when s.status = 'CLOSED' and s.rated then s.score end,
       case when s.status = 'CLOSED' and s.rated and s.score <= 2 then '处理太慢' end,
       case when s.status = 'CLOSED' and s.rated then s.submitted + interval '40 days' end,
       s.submitted, s.submitted + interval '1 day', 0,
       case when s.status = 'MERGED' then b.request_offset + g.i - 1 end,
       case when s.status <> 'SUBMITTED' then s.submitted + (pg_temp.r(g.i, 'contact') * interval '20 hours') end
from bench_base b
cross join generate_series(1, ${requests}) g(i)
cross join lateral (
    select floor(pg_temp.r(g.i, 'employer') ^ 2.2 * 30000)::int as n
) en
cross join lateral (
    select pg_temp.pick(array['宝鸡市','宝鸡','陕西','渭滨区','金台区','陈仓区'], (en.n % 6) / 6.0)
           || pg_temp.pick(array['恒达','鑫源','华宇','秦川','长青','宏远','金盛','永兴','瑞丰','天成','众合','嘉禾','龙腾','兴业','丰泽','博远','盛世','新城','中兴','远大'], ((en.n / 6) % 20) / 20.0)
           || pg_temp.pick(array['建筑劳务','建设工程','机械制造','物流配送','餐饮管理','纺织','电子科技','物业服务','商贸','快递服务','汽车零部件','食品加工'], ((en.n / 120) % 12) / 12.0)
           || pg_temp.pick(array['有限公司','有限责任公司','股份有限公司'], ((en.n / 1440) % 3) / 3.0)
           || case when en.n >= 4320 then '第' || (en.n / 4320 + 1) || '分公司' else '' end as name
) e
cross join lateral (
    -- In the order of submission, as a real table fills: the row, its id and its tracking number
    -- follow time, so the newest requests sit together at the end of the table, not scattered.
    select b.until_at - ((1 - (g.i - 0.5)::float8 / ${requests}) ^ 1.3) * interval '1826 days' as submitted
) t
cross join lateral (
    select t.submitted,
           extract(epoch from b.until_at - t.submitted) / 86400 as age_days,
           case when pg_temp.r(g.i, 'cat') < 0.45 then 'WAGES' when pg_temp.r(g.i, 'cat') < 0.60 then 'INJURY'
                when pg_temp.r(g.i, 'cat') < 0.75 then 'CONTRACT' when pg_temp.r(g.i, 'cat') < 0.85 then 'SOCIAL_INSURANCE'
                when pg_temp.r(g.i, 'cat') < 0.92 then 'HOURS' when pg_temp.r(g.i, 'cat') < 0.95 then 'SAFETY'
                else 'OTHER' end as category,
           case when pg_temp.r(g.i, 'ch') < 0.55 then 'WEB' when pg_temp.r(g.i, 'ch') < 0.85 then 'HOTLINE'
                when pg_temp.r(g.i, 'ch') < 0.95 then 'WALK_IN' else 'REFERRAL' end as channel,
           -- Weibin, Jintai and Chencang are the big districts.
           case when pg_temp.r(g.i, 'county') < 0.45 then 1 + floor(pg_temp.r(g.i, 'county2') * 3)::int
                else 1 + floor(pg_temp.r(g.i, 'county2') * 13)::int end as county_id,
           pg_temp.r(g.i, 'group') < 0.2 as grouped,
           pg_temp.r(g.i, 'site-yes') < 0.6 as site,
           pg_temp.r(g.i, 'rated') < 0.6 as rated,
           case when pg_temp.r(g.i, 'score') < 0.55 then 5 when pg_temp.r(g.i, 'score') < 0.80 then 4
                when pg_temp.r(g.i, 'score') < 0.90 then 3 when pg_temp.r(g.i, 'score') < 0.96 then 2 else 1 end as score
) c
cross join lateral (
    select t.submitted, c.category, c.channel, c.county_id, c.site, c.rated, c.score,
           case when c.category = 'WAGES' and c.grouped then 2 + floor(pg_temp.r(g.i, 'workers') ^ 2 * 38)::int else 1 end as workers,
           case when c.category = 'WAGES' then pg_temp.r(g.i, 'migrant') < 0.7 else pg_temp.r(g.i, 'migrant') < 0.3 end as migrant,
           case when c.age_days < 3 and pg_temp.r(g.i, 'status') < 0.85 then 'SUBMITTED'
                when pg_temp.r(g.i, 'status') < 0.80 then
                    case when c.age_days < 45 or pg_temp.r(g.i, 'still-open') < 0.01 then 'ACCEPTED' else 'CLOSED' end
                when pg_temp.r(g.i, 'status') < 0.88 then 'REFERRED'
                when pg_temp.r(g.i, 'status') < 0.96 or g.i = 1 then 'DECLINED'
                else 'MERGED' end as status
) s;

-- The rosters of group wage claims: one line per worker, up to 12, the amount shared out.
insert into wage_roster_entry (request_id, line_no, name, mobile, amount)
select h.id, l.n,
       pg_temp.pick(array['王','李','张','刘','陈','杨','赵','黄','周','吴'], pg_temp.r(h.id * 100 + l.n, 'rs'))
           || pg_temp.pick(array['建军','红兵','小军','伟','强','磊','军','洋','勇','杰'], pg_temp.r(h.id * 100 + l.n, 'rg')),
       '13' || lpad(floor(pg_temp.r(h.id * 100 + l.n, 'rm') * 1000000000)::bigint::text, 9, '0'),
       round(h.amount_owed / least(h.workers_affected, 12), 2)
from help_request h, bench_base b, generate_series(0, 11) l(n)
where h.id > b.request_offset and h.category = 'WAGES' and h.workers_affected > 1
  and l.n < least(h.workers_affected, 12);

-- Their names, kept on the request for search, as the application keeps them with the roster.
update help_request h set roster_names = r.names
from (select e.request_id, string_agg(e.name, ' ' order by e.line_no) as names
      from wage_roster_entry e, bench_base b where e.request_id > b.request_offset group by e.request_id) r
where h.id = r.request_id;

-- The public timeline: submitted (or registered), and each move triage made.
insert into request_event (request_id, occurred_at, kind, public_event, author, text)
select h.id, h.submitted_at, case when h.channel = 'WEB' then 'SUBMITTED' else 'REGISTERED' end, true,
       coalesce(h.registered_by, 'system'), null
from help_request h, bench_base b where h.id > b.request_offset;

insert into request_event (request_id, occurred_at, kind, public_event, author, text)
select h.id, h.first_contact_at, 'STATUS_CHANGED', true, 'city',
       case when h.status in ('ACCEPTED', 'CLOSED') then 'ACCEPTED' else h.status end
from help_request h, bench_base b where h.id > b.request_offset and h.status <> 'SUBMITTED';

insert into request_event (request_id, occurred_at, kind, public_event, author, text)
select h.id, h.first_contact_at, 'STAFF_REPLY', true, 'city',
       case h.status when 'DECLINED' then '您反映的问题不属于劳动争议，建议向有关部门咨询。'
                     when 'REFERRED' then '已转交劳动保障监察大队处理。'
                     when 'MERGED' then '您的求助已与同一事项的其他求助合并办理。'
                     else '已受理，承办律师会尽快与您联系。' end
from help_request h, bench_base b where h.id > b.request_offset and h.status <> 'SUBMITTED';

insert into request_event (request_id, occurred_at, kind, public_event, author, text)
select h.id, h.first_contact_at + interval '30 days', 'STATUS_CHANGED', true, 'bench', 'CLOSED'
from help_request h, bench_base b where h.id > b.request_offset and h.status = 'CLOSED';

select setval('help_request_number_seq', (select max(id) from help_request));
select setval(pg_get_serial_sequence('help_request', 'id'), (select max(id) from help_request));
