-- The comment limit counts what an author did in the hour: one row per comment they made on someone else's share,
-- written with the comment, under their me_comment_turn row lock. Unlike me_comment it stays when the share is
-- stopped or its owner forgets it (stopping a share after 30 comments no longer gives the hour's comments back).
-- The row names only the author and when: it goes an hour after made_at (the next comment of anyone, or the minute
-- sweep, deletes those), or with the author's "me forget"; "me export" lists it. Runs on H2 and PostgreSQL.
create table me_comment_made (
    platform  varchar(16)  not null,
    author_id varchar(128) not null,
    made_at   timestamp with time zone not null
);

create index me_comment_made_by_author on me_comment_made (platform, author_id, made_at);
create index me_comment_made_by_time on me_comment_made (made_at);
