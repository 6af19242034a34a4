-- The worker's rating appears on the case; a rating of 2 or less opens a follow-up (回访) that
-- staff record on the case.
alter table legal_case add column rating_score integer;
alter table legal_case add column rating_comment varchar(500);
alter table legal_case add column follow_up_due boolean not null default false;
alter table legal_case add column follow_up_note varchar(1000);
alter table legal_case add column follow_up_at timestamptz;
alter table legal_case add column follow_up_by varchar(64);
alter table legal_case add constraint ck_legal_case_rating check (rating_score is null or rating_score between 1 and 5);
create index ix_legal_case_follow_up on legal_case (county_id) where follow_up_due;
