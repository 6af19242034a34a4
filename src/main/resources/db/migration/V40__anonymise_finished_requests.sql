-- Personal data is kept only as long as it is needed: a request finished (closed with its case,
-- referred, declined or merged) longer ago than portal.privacy.keep-finished-for loses its worker's
-- name, mobile, ID number, account of the problem, roster names, evidence files and rating
-- comment (intake.Anonymisation). What remains are the figures: category, county, employer,
-- amounts, dates and the status history.
alter table help_request add column finished_at timestamptz;
alter table help_request add column anonymised_at timestamptz;
update help_request set finished_at = updated_at where status in ('CLOSED', 'REFERRED', 'DECLINED', 'MERGED');
alter table help_request alter column contact_mobile drop not null;
alter table help_request add constraint ck_help_request_anonymised
    check (anonymised_at is null or (contact_mobile is null and id_number is null));
alter table help_request add constraint ck_help_request_mobile_kept
    check (contact_mobile is not null or anonymised_at is not null);
-- finished_at is kept by the application (HelpRequest.move); a request reopened with its case has none.
create index ix_help_request_to_anonymise on help_request (finished_at) where anonymised_at is null;
