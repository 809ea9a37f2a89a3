-- The Customers page sorts by company name ignoring case, and searches by the start of the name or the
-- domain. name_key is the name in lower case, kept by the database itself, so that one index serves the
-- sort, keyset paging ((name_key, id) > (:key, :id)) and the name search of a partner with a hundred
-- thousand customers. Its collation is "C" (code point order, as H2 sorts) because PostgreSQL turns
-- like 'abc%' into an index range only under "C": under any other collation the search would walk the
-- whole index. H2 spells the generated column without STORED (db/vendor/h2).
alter table customer add column name_key varchar(200) collate "C" generated always as (lower(company_name)) stored;
create index customer_name_key_ix on customer (name_key, id);
create index customer_country_name_key_ix on customer (country, name_key, id);

-- The domain keeps the database's collation for its order (customer_domain_uk); text_pattern_ops makes
-- a prefix search on it usable whatever collation the database was created with.
create index customer_domain_prefix_ix on customer (domain text_pattern_ops);

-- The activity log's customer filter matches the start of the customer's name, ignoring case, through an
-- index on this column (V9), in "C" for the same reason as name_key.
alter table activity_log add column customer_name_key varchar(200) collate "C" generated always as (lower(customer_name)) stored;
