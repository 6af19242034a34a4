-- A message or file the worker sent that nobody on the case has read yet: the time of the
-- earliest unread one, cleared when someone on the case opens it or replies.
alter table legal_case add column worker_message_at timestamptz;
create index ix_legal_case_worker_message on legal_case (worker_message_at) where worker_message_at is not null;
