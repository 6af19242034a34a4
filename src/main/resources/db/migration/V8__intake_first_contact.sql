-- When staff first answered the worker: the union's service clock (first contact within 1 working
-- day) stops then.
alter table help_request add column first_contact_at timestamptz;
