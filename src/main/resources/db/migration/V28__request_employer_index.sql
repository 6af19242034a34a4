-- An enterprise's page lists the requests of its employer keys, newest first (its cases use
-- ix_legal_case_employer).
create index ix_help_request_employer on help_request (employer_key, submitted_at desc);
