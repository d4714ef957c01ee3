-- A suggestion remembers the language of the text it changes (the one the card was read in), so the approved
-- write-back changes that language's text only. Rows made before this (null) changed the default language's text.
alter table proposal add column locale varchar(16);
