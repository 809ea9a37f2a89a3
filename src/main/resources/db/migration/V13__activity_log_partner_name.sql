-- Every entry names the organisation on the other side: a customer's entries name the partner
-- they are about, as a partner's entries already name the customer. The name is copied in, like
-- customer_name, so an entry still reads right after the partner is renamed; entries written
-- before this column existed take the partner's name as it is now.
alter table activity_log add column partner_name varchar(200);
update activity_log set partner_name = (select p.name from partner p where p.id = activity_log.partner_id)
    where partner_id is not null;
