-- How many relationships are active, and per service how many active relationships hold delegated admin for it,
-- kept up to date in the transaction of each change (admin/RelationshipCounts), so that the admin page of the
-- relationships per service reads two small tables instead of counting up to 110,000 index entries per request.
-- RelationshipCounts also counts them all again after every migration (a Flyway callback), as the demo data and
-- bulk loads write relationships without the events that keep the counts.
create table active_relationship_count (
    id       integer primary key check (id = 1),
    how_many bigint  not null
);
create table delegated_admin_count (
    service_id bigint primary key references cloud_service (id),
    how_many   bigint not null
);
insert into active_relationship_count (id, how_many)
    select 1, count(*) from reseller_relationship where state = 'ACTIVE';
insert into delegated_admin_count (service_id, how_many)
    select s.id, (select count(*) from delegated_admin_grant g where g.service_id = s.id and g.active)
    from cloud_service s;
