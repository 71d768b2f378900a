-- Signed-in sessions (Spring Session JDBC), shared by every instance of the portal. The schema is Spring
-- Session's own (schema-postgresql.sql of spring-session-jdbc 4.1), created here so Flyway owns it.
-- Anonymous visitors never get a row: their CSRF token lives in a cookie.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Rate limits (Bucket4j's PostgreSQL backend): one token bucket per action and client address, so a limit
-- holds however many instances serve the client. Rows expire once their bucket would be full again.
create table rate_limit_bucket (
    id text primary key,
    state bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);

comment on table rate_limit_bucket is 'Token buckets of the rate limits, keyed "action:client address".';
