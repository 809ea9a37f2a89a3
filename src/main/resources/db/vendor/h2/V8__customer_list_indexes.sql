-- The Customers page sorts by company name ignoring case, and searches by the start of the name or the
-- domain. name_key is the name in lower case, kept by the database itself, so that one index serves the
-- sort and keyset paging of a partner with a hundred thousand customers. H2 has no indexes on
-- expressions, hence the column; its generated columns take no STORED (db/vendor/postgresql does).
-- H2 turns like 'abc%' into a range on the same indexes, so there is no separate prefix index here.
alter table customer add column name_key varchar(200) generated always as (lower(company_name));
create index customer_name_key_ix on customer (name_key, id);
create index customer_country_name_key_ix on customer (country, name_key, id);

-- The activity log's customer filter matches the start of the customer's name, ignoring case, through an
-- index on this column (V9).
alter table activity_log add column customer_name_key varchar(200) generated always as (lower(customer_name));
