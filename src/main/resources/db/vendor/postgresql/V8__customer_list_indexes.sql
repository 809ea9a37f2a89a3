-- The Customers page sorts by company name ignoring case, and searches by the start of the name or the
-- domain. name_key is the name in lower case, kept by the database itself, so that one index serves the
-- sort and keyset paging ((name_key, id) > (:key, :id)) of a partner with a hundred thousand customers.
-- H2 spells the generated column without STORED (db/vendor/h2).
alter table customer add column name_key varchar(200) generated always as (lower(company_name)) stored;
create index customer_name_key_ix on customer (name_key, id);
create index customer_country_name_key_ix on customer (country, name_key, id);

-- Prefix search (like 'abc%') can use a btree index only under the C collation; text_pattern_ops makes
-- it usable whatever collation the database was created with.
create index customer_name_key_prefix_ix on customer (name_key text_pattern_ops);
create index customer_domain_prefix_ix on customer (domain text_pattern_ops);
