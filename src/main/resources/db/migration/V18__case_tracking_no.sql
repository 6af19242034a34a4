-- A case keeps the tracking number of the request it was opened from (it never changes), so that
-- case lists and pages name the request without asking intake for it; intake is asked only for
-- the request itself, within the user's scope.
alter table legal_case add column tracking_no varchar(20);

update legal_case c set tracking_no = r.tracking_no from help_request r where r.id = c.request_id;

alter table legal_case alter column tracking_no set not null;
alter table legal_case add constraint uk_legal_case_tracking_no unique (tracking_no);
