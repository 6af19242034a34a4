-- What an audit line says, kept as a message key and its arguments, so that each reader sees it
-- in their language: an argument is a text ('t:'), a message key ('k:') or a log-in name ('u:',
-- shown as the person's display name). Older lines keep their plain detail.
alter table audit_event add column detail_key varchar(100);
alter table audit_event add column detail_args text[];
