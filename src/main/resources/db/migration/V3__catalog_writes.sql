-- The catalog writer's lease across replicas (ShedLock's table), and the last catalog commit a replica
-- published, which the other replicas watch so they pull at once. Runs on H2 and PostgreSQL.
create table shedlock (
    name       varchar(64)              not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255)             not null
);

create table catalog_head (
    name         varchar(64)              not null primary key,
    commit_id    varchar(64)              not null,
    published_at timestamp with time zone not null
);
