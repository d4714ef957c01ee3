-- A subscription and a follow remember the language they were made in, so the digest and the
-- follower's note come out in it. Rows made before this are English, as every digest was.
alter table digest_subscription add column locale varchar(16) default 'en' not null;
alter table skill_follow add column locale varchar(16) default 'en' not null;
