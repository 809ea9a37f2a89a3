-- The activity log's partner filter matches the start of the partner's name as the entry recorded it
-- (partner_name, V13), ignoring case, as the customer filter does with customer_name_key (V8), in "C" for
-- the same reason: only under "C" does like 'abc%' become an index range. A customer's entries are few and
-- read through activity_log_customer_ix; the platform admin's million need this index.
alter table activity_log add column partner_name_key varchar(200) collate "C" generated always as (lower(partner_name)) stored;
create index activity_log_partner_name_ix on activity_log (partner_name_key, occurred_at);
