-- Why an approved edit was not written (dev.skillbot.suggestion.WriteCause), so reviewers and the author read it in
-- their language; decision_note keeps the writer's own words. Rows that needed attention before this have none: their
-- note is shown as it is.
alter table proposal add column attention_cause varchar(16);
