-- The words of each customer's company name in lower case (com.partnerportal.customer.NameWords), so that the
-- Customers page finds "Contoso Iberia" by "Iberia": a search for the start of any word is one range of the
-- index on the word, as a search for the start of the name is one range of customer_name_key_ix. Each word
-- carries the name in lower case, as customer.name_key holds it, so that the index alone lists the customers a
-- search finds in the order of their names, without reading every customer found. The application keeps the
-- rows: the customer writes them with its name, the generator with its rows, and NameWordsFiller fills them
-- after each migration for customers that have none (those of this migration's database, and any that SQL such
-- as the demo data inserts), as splitting words is not the same SQL on H2 and PostgreSQL.
create table customer_name_word (
    customer_id bigint       not null references customer (id) on delete cascade,
    word        varchar(200) not null,
    name_key    varchar(200) not null,
    primary key (customer_id, word)
);
create index customer_name_word_word_ix on customer_name_word (word, name_key, customer_id);
