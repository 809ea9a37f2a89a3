-- The words of the names of each partner's customers (as customer_name_word holds them, V16), one entry for each
-- word of each customer in an active reseller relationship with the partner, so that the Customers page's search
-- is one range of the partner's own entries, read in the order of the names from the index alone: a search then
-- reads the customers it finds and no other partner's, and needs no check that each is the partner's (which cost
-- a lookup of the relationship per match, 16 ms for a word in 3,300 names at a hundred thousand customers).
-- The customerlist module keeps the entries in the transaction of each change to a relationship (established,
-- re-established, ended); this fills them for the relationships there are, and PartnerCustomerWordsFiller after
-- each migration for those SQL inserts later (the demo data). The text columns are in "C", under which
-- PostgreSQL turns like 'abc%' into an index range, and which orders the names as customer.name_key does (V8).
create table partner_customer_word (
    partner_id  bigint       not null references partner (id) on delete cascade,
    customer_id bigint       not null references customer (id) on delete cascade,
    word        varchar(200) collate "C" not null,
    name_key    varchar(200) collate "C" not null,
    primary key (partner_id, customer_id, word)
);
create index partner_customer_word_ix on partner_customer_word (partner_id, word, name_key, customer_id);
insert into partner_customer_word (partner_id, customer_id, word, name_key)
select r.partner_id, w.customer_id, w.word, w.name_key
from reseller_relationship r join customer_name_word w on w.customer_id = r.customer_id
where r.state = 'ACTIVE';
