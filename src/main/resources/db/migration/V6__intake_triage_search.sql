-- Triage searches names, employers, sites and what happened, Chinese substrings included:
-- one lower-cased search text per request with a trigram index (pg_trgm).
create extension if not exists pg_trgm;

alter table help_request add column search_text text generated always as (
    lower(tracking_no || ' ' || contact_name || ' ' || employer_name || ' ' || coalesce(project_site, '') || ' '
          || coalesce(general_contractor, '') || ' ' || coalesce(subcontractor, '') || ' ' || description)
) stored;

create index ix_help_request_search on help_request using gin (search_text gin_trgm_ops);
create index ix_help_request_submitted on help_request (submitted_at);
