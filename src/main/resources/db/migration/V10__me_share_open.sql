-- A share's viewer kind and when it opened to the viewer. A share with one person opens at once; a
-- share with a channel opens only when its owner posts it there (until then only the owner reads it).
-- Shares made before this migration behave as before: open since they were made. Share ids made from
-- now on are random (the application picks them), so they cannot be guessed; older ids keep theirs.
alter table me_share add column opened_at timestamp with time zone;
alter table me_share add column channel boolean default false not null;
update me_share set opened_at = created_at;
update me_share set channel = true where platform = 'SLACK' and (viewer_id like 'C%' or viewer_id like 'G%' or viewer_id like 'D%');
