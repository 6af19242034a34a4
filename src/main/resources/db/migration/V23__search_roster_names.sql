-- Search finds the workers of a group's roster, at triage and on the case list.
-- help_request.roster_names: the roster's names, kept by the application with the roster.
alter table help_request add column roster_names text;
update help_request r set roster_names = (
    select string_agg(e.name, ' ' order by e.line_no) from wage_roster_entry e where e.request_id = r.id);

drop index ix_help_request_search;
alter table help_request drop column search_text;
alter table help_request add column search_text text generated always as (
    lower(tracking_no || ' ' || contact_name || ' ' || employer_name || ' ' || coalesce(project_site, '') || ' '
          || coalesce(general_contractor, '') || ' ' || coalesce(subcontractor, '') || ' '
          || coalesce(roster_names, '') || ' ' || description)
) stored;
create index ix_help_request_search on help_request using gin (search_text gin_trgm_ops);

-- legal_case.search_text: case and request numbers, employer, the worker and the roster's names,
-- lower case, written when the case is opened.
alter table legal_case add column search_text text;
update legal_case c set search_text = lower(c.case_no || ' ' || r.tracking_no || ' ' || r.employer_name || ' '
    || r.contact_name || ' ' || coalesce(r.roster_names, ''))
from help_request r where r.id = c.request_id;
alter table legal_case alter column search_text set not null;
create index ix_legal_case_search on legal_case using gin (search_text gin_trgm_ops);
create index ix_legal_case_opened on legal_case (opened_at desc, id desc);
