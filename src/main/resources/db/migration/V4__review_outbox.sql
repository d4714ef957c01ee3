-- A suggestion saved on a replica that cannot reach its review channel (another replica runs that
-- Discord shard) waits here for the replica that can: it claims the post for a while, posts it and
-- records the message. Runs on H2 and PostgreSQL.
alter table proposal add column review_claimed_by varchar(128);
alter table proposal add column review_claimed_until timestamp with time zone;
