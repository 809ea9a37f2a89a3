-- On how many services each relationship holds delegated admin, kept by the relationship with its grants
-- (ResellerRelationship), so that the Customers page filters a partner's customers by it (all, some or none of
-- the services that have delegated admin) through one range of an index instead of counting every customer's
-- grants: the filter, its count and its first page then cost the same at a hundred thousand customers as at ten.
alter table reseller_relationship add column delegated_admin_services integer default 0 not null;
update reseller_relationship set delegated_admin_services =
    (select count(*) from delegated_admin_grant g where g.relationship_id = reseller_relationship.id and g.active);
create index reseller_relationship_partner_coverage_ix
    on reseller_relationship (partner_id, state, delegated_admin_services, customer_id);
