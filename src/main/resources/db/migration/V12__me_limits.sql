-- The personal feature's hourly limits, kept in the database so that they hold across replicas (several servers on
-- one database), not per process. Both tables name people by their platform user id: "me forget" of either person
-- deletes their rows, and "me export" lists them. Runs on H2 and PostgreSQL.

-- A sharer told a person of a share by a direct message at told_at: no other message from that sharer to that
-- person until an hour later. The row goes once the hour is over (the next claim of anyone, or the minute sweep, deletes those), at once
-- when the message could not be delivered (the next share tries again), or with "me forget".
create table me_share_told (
    platform  varchar(16)  not null,
    sharer_id varchar(128) not null,
    viewer_id varchar(128) not null,
    told_at   timestamp with time zone not null,
    primary key (platform, sharer_id, viewer_id)
);

create index me_share_told_by_time on me_share_told (told_at);

-- One row per comment author, locked while a comment of theirs on someone else's share is counted against the
-- hourly limit and saved, so that comments released together, on any replica, take turns. last_at is their last
-- such comment; the row goes an hour after it (the next comment of anyone, or the minute sweep, deletes those), or with "me forget".
create table me_comment_turn (
    platform  varchar(16)  not null,
    author_id varchar(128) not null,
    last_at   timestamp with time zone not null,
    primary key (platform, author_id)
);

create index me_comment_turn_by_time on me_comment_turn (last_at);
