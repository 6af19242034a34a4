-- An enterprise is in one active "1+3" group at most, also when two people add it at once:
-- a member belongs to one group (members are not removed), and leads one active group.
create unique index uk_enterprise_group_member_enterprise on enterprise_group_member (enterprise_id);
create unique index uk_enterprise_group_active_lead on enterprise_group (lead_enterprise_id) where dissolved_on is null;
-- Contracts in force are read by stage and the day they took effect.
create index ix_collective_contract_effective on collective_contract (stage, effective_on);
