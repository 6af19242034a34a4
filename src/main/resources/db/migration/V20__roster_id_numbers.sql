-- Wage lists and labour inspection name workers by resident ID number: a roster line gives a
-- mobile or an ID number (or neither).
alter table wage_roster_entry add column id_number varchar(18);
alter table wage_roster_entry add constraint ck_wage_roster_entry_contact check (mobile is null or id_number is null);
