-- The employer's injury application (工伤保险条例 art. 17) may be extended as the authority
-- approves: the extension records the last day it approved.
alter table case_clock_event add column extended_until date;
alter table case_clock_event add constraint ck_case_clock_event_until
    check (extended_until is null or (kind = 'EXTENDED' and extended_until > event_date));
