-- Who decided a suggestion, by platform, workspace and user id (decided_by holds the name cards show), so the
-- reviewer's "me forget" takes their name off the suggestions they decided and "me export" lists them.
-- Rows decided before this have no decider: their decided_by name stays.
alter table proposal add column decider_platform varchar(16);
alter table proposal add column decider_workspace varchar(128);
alter table proposal add column decider_user_id varchar(128);
