-- The region or market each country belongs to. A partner may enter relationships only with customers
-- in its own country or in a country of its region, so this table is what decides a partner's territory.
-- Countries missing here belong to no region: only partners based in them can serve them.
create table country_region (
    country  varchar(2)  primary key,
    region   varchar(40) not null check (region in ('EUROPE', 'NORTH_AMERICA', 'LATIN_AMERICA', 'ASIA_PACIFIC', 'MIDDLE_EAST_AFRICA'))
);
create index country_region_region_ix on country_region (region);

-- The European Union, the rest of the European Economic Area, the United Kingdom, Switzerland, the
-- European micro-states and the Western Balkans, Moldova and Ukraine.
insert into country_region (country, region) values
    ('AT', 'EUROPE'), ('BE', 'EUROPE'), ('BG', 'EUROPE'), ('HR', 'EUROPE'), ('CY', 'EUROPE'), ('CZ', 'EUROPE'),
    ('DK', 'EUROPE'), ('EE', 'EUROPE'), ('FI', 'EUROPE'), ('FR', 'EUROPE'), ('DE', 'EUROPE'), ('GR', 'EUROPE'),
    ('HU', 'EUROPE'), ('IE', 'EUROPE'), ('IT', 'EUROPE'), ('LV', 'EUROPE'), ('LT', 'EUROPE'), ('LU', 'EUROPE'),
    ('MT', 'EUROPE'), ('NL', 'EUROPE'), ('PL', 'EUROPE'), ('PT', 'EUROPE'), ('RO', 'EUROPE'), ('SK', 'EUROPE'),
    ('SI', 'EUROPE'), ('ES', 'EUROPE'), ('SE', 'EUROPE'),
    ('IS', 'EUROPE'), ('LI', 'EUROPE'), ('NO', 'EUROPE'),
    ('GB', 'EUROPE'), ('CH', 'EUROPE'),
    ('AD', 'EUROPE'), ('MC', 'EUROPE'), ('SM', 'EUROPE'), ('VA', 'EUROPE'),
    ('AL', 'EUROPE'), ('BA', 'EUROPE'), ('ME', 'EUROPE'), ('MK', 'EUROPE'), ('RS', 'EUROPE'), ('MD', 'EUROPE'),
    ('UA', 'EUROPE');

-- The United States and Canada, with Puerto Rico. Mexico is served from Latin America.
insert into country_region (country, region) values
    ('US', 'NORTH_AMERICA'), ('CA', 'NORTH_AMERICA'), ('PR', 'NORTH_AMERICA');

insert into country_region (country, region) values
    ('MX', 'LATIN_AMERICA'), ('GT', 'LATIN_AMERICA'), ('BZ', 'LATIN_AMERICA'), ('HN', 'LATIN_AMERICA'),
    ('SV', 'LATIN_AMERICA'), ('NI', 'LATIN_AMERICA'), ('CR', 'LATIN_AMERICA'), ('PA', 'LATIN_AMERICA'),
    ('CU', 'LATIN_AMERICA'), ('DO', 'LATIN_AMERICA'), ('HT', 'LATIN_AMERICA'), ('JM', 'LATIN_AMERICA'),
    ('BS', 'LATIN_AMERICA'), ('BB', 'LATIN_AMERICA'), ('TT', 'LATIN_AMERICA'),
    ('CO', 'LATIN_AMERICA'), ('VE', 'LATIN_AMERICA'), ('EC', 'LATIN_AMERICA'), ('PE', 'LATIN_AMERICA'),
    ('BO', 'LATIN_AMERICA'), ('BR', 'LATIN_AMERICA'), ('PY', 'LATIN_AMERICA'), ('UY', 'LATIN_AMERICA'),
    ('AR', 'LATIN_AMERICA'), ('CL', 'LATIN_AMERICA'), ('GY', 'LATIN_AMERICA'), ('SR', 'LATIN_AMERICA');

insert into country_region (country, region) values
    ('AU', 'ASIA_PACIFIC'), ('NZ', 'ASIA_PACIFIC'), ('FJ', 'ASIA_PACIFIC'), ('PG', 'ASIA_PACIFIC'),
    ('JP', 'ASIA_PACIFIC'), ('KR', 'ASIA_PACIFIC'), ('CN', 'ASIA_PACIFIC'), ('HK', 'ASIA_PACIFIC'),
    ('MO', 'ASIA_PACIFIC'), ('TW', 'ASIA_PACIFIC'), ('MN', 'ASIA_PACIFIC'),
    ('SG', 'ASIA_PACIFIC'), ('MY', 'ASIA_PACIFIC'), ('TH', 'ASIA_PACIFIC'), ('VN', 'ASIA_PACIFIC'),
    ('PH', 'ASIA_PACIFIC'), ('ID', 'ASIA_PACIFIC'), ('BN', 'ASIA_PACIFIC'), ('KH', 'ASIA_PACIFIC'),
    ('LA', 'ASIA_PACIFIC'), ('MM', 'ASIA_PACIFIC'),
    ('IN', 'ASIA_PACIFIC'), ('PK', 'ASIA_PACIFIC'), ('BD', 'ASIA_PACIFIC'), ('LK', 'ASIA_PACIFIC'),
    ('NP', 'ASIA_PACIFIC');

insert into country_region (country, region) values
    ('AE', 'MIDDLE_EAST_AFRICA'), ('SA', 'MIDDLE_EAST_AFRICA'), ('QA', 'MIDDLE_EAST_AFRICA'),
    ('KW', 'MIDDLE_EAST_AFRICA'), ('BH', 'MIDDLE_EAST_AFRICA'), ('OM', 'MIDDLE_EAST_AFRICA'),
    ('IL', 'MIDDLE_EAST_AFRICA'), ('JO', 'MIDDLE_EAST_AFRICA'), ('LB', 'MIDDLE_EAST_AFRICA'),
    ('IQ', 'MIDDLE_EAST_AFRICA'), ('TR', 'MIDDLE_EAST_AFRICA'),
    ('EG', 'MIDDLE_EAST_AFRICA'), ('MA', 'MIDDLE_EAST_AFRICA'), ('DZ', 'MIDDLE_EAST_AFRICA'),
    ('TN', 'MIDDLE_EAST_AFRICA'), ('NG', 'MIDDLE_EAST_AFRICA'), ('GH', 'MIDDLE_EAST_AFRICA'),
    ('SN', 'MIDDLE_EAST_AFRICA'), ('CI', 'MIDDLE_EAST_AFRICA'), ('CM', 'MIDDLE_EAST_AFRICA'),
    ('KE', 'MIDDLE_EAST_AFRICA'), ('ET', 'MIDDLE_EAST_AFRICA'), ('TZ', 'MIDDLE_EAST_AFRICA'),
    ('UG', 'MIDDLE_EAST_AFRICA'), ('RW', 'MIDDLE_EAST_AFRICA'), ('AO', 'MIDDLE_EAST_AFRICA'),
    ('ZA', 'MIDDLE_EAST_AFRICA'), ('NA', 'MIDDLE_EAST_AFRICA'), ('BW', 'MIDDLE_EAST_AFRICA'),
    ('ZM', 'MIDDLE_EAST_AFRICA'), ('ZW', 'MIDDLE_EAST_AFRICA'), ('MU', 'MIDDLE_EAST_AFRICA');
