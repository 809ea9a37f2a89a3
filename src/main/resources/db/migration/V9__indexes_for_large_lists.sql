-- Indexes for the lists that a partner with a hundred thousand customers, and a platform with a million
-- activity entries, page through. Each serves a filter and an order a page offers, so that a page reads
-- the rows it shows off an index instead of sorting or scanning the table.

-- The Customers page in order of "customer since", and the count of a partner's customers, which reads
-- this index alone (partner, state, then the customer it needs for the join).
create index reseller_relationship_partner_since_ix on reseller_relationship (partner_id, state, since, customer_id);

-- The activity log of a partner or a customer filtered by action, newest first.
create index activity_log_partner_action_ix on activity_log (partner_id, action, occurred_at);
create index activity_log_customer_action_ix on activity_log (customer_id, action, occurred_at);
