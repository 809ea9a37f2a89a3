-- Indexes for the lists that a partner with a hundred thousand customers, and a platform with a million
-- activity entries, page through. Each serves a filter and an order a page offers, so that a page reads
-- the rows it shows off an index instead of sorting or scanning the table.

-- The Customers page in order of "customer since", and the count of a partner's customers, which reads
-- this index alone (partner, state, then the customer it needs for the join).
create index reseller_relationship_partner_since_ix on reseller_relationship (partner_id, state, since, customer_id);

-- The activity log of a partner or a customer filtered by action, newest first, and of a partner or the
-- platform filtered by the start of the customer's name (customer_name_key, V8).
create index activity_log_partner_action_ix on activity_log (partner_id, action, occurred_at);
create index activity_log_customer_action_ix on activity_log (customer_id, action, occurred_at);
create index activity_log_partner_customer_name_ix on activity_log (partner_id, customer_name_key, occurred_at);
create index activity_log_customer_name_ix on activity_log (customer_name_key, occurred_at);

-- A search of the Customers page finds the customers by name or domain first, then checks each is the
-- partner's: with the partner and state in the index that check reads the index alone.
create index reseller_relationship_customer_partner_ix on reseller_relationship (customer_id, partner_id, state);
drop index reseller_relationship_customer_ix;

-- The platform admin's count of the relationships holding delegated admin for each service, which stops
-- after 10,001: without it a service few partners administer would be counted by reading every grant.
create index delegated_admin_grant_service_ix on delegated_admin_grant (service_id, active, relationship_id);
