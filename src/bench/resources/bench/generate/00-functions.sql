-- Deterministic "random" numbers for the generator: the same seed and row give the same value.
-- r(i, salt) is uniform in [0, 1); pick(arr, x) an element of arr by such a number.
create function pg_temp.r(i bigint, salt text) returns double precision
    language sql immutable parallel safe
    as $$ select (hashtextextended(i::text || ':' || salt, ${seed}) & 4503599627370495)::float8 / 4503599627370496.0 $$;

create function pg_temp.pick(arr text[], x double precision) returns text
    language sql immutable parallel safe
    as $$ select arr[1 + floor(x * array_length(arr, 1))::int] $$;

-- Where the generated rows start: after whatever the database already holds (the demo's rows).
create temp table bench_base as
select coalesce((select max(id) from help_request), 0) as request_offset,
       coalesce((select max(id) from legal_case), 0) as case_offset,
       '${until}'::date + time '18:00' at time zone 'Asia/Shanghai' as until_at;
