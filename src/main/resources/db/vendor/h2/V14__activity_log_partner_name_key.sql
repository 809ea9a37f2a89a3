-- The activity log's partner filter matches the start of the partner's name as the entry recorded it
-- (partner_name, V13), ignoring case, as the customer filter does with customer_name_key (V8). A customer's
-- entries are few and read through activity_log_customer_ix; the platform admin's million need this index.
-- H2 spells the generated column without STORED (db/vendor/postgresql does).
alter table activity_log add column partner_name_key varchar(200) generated always as (lower(partner_name));
create index activity_log_partner_name_ix on activity_log (partner_name_key, occurred_at);
