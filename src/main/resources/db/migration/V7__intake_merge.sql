-- A duplicate request merged into another keeps a pointer to it.
alter table help_request add column merged_into bigint;
alter table help_request add constraint fk_help_request_merged_into foreign key (merged_into) references help_request (id);
alter table help_request add constraint ck_help_request_merged check ((status = 'MERGED') = (merged_into is not null));
