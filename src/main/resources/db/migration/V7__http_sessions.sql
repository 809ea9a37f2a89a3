-- HTTP sessions, kept in the database so that every instance of the portal can serve every request.
-- Spring Session JDBC's own schema for PostgreSQL (org/springframework/session/jdbc/schema-postgresql.sql),
-- created here rather than by Spring Session at start-up so that Flyway owns the whole schema; H2 in
-- PostgreSQL mode runs it unchanged (its BYTEA is a binary varying type like the LONGVARBINARY of the H2 file).
-- One change: principal_name holds the signed-in e-mail address, which may be 254 characters long
-- (user_account.email), not 100.
-- The attribute bytes are Java-serialized session attributes: the signed-in user, the CSRF token, the
-- saved request and flash messages.

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(254),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
