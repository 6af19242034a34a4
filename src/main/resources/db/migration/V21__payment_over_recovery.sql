-- A payment that takes a worker or the case past what was claimed or agreed is recorded only
-- with the reason the recorder confirmed it.
alter table case_payment add column over_reason varchar(300);
