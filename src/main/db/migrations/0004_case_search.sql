-- The case list's text search: a trigram index (FTS5) over the description and the contact's name, so words
-- of three characters or more find their cases without reading every case. Kept in step with `cases` by
-- triggers; drizzle cannot express virtual tables or triggers.
CREATE VIRTUAL TABLE `cases_search_fts` USING fts5(description, contact_name, content='cases', content_rowid='id', tokenize='trigram', detail='none', columnsize=0);
--> statement-breakpoint
INSERT INTO cases_search_fts(rowid, description, contact_name) SELECT id, description, contact_name FROM cases;
--> statement-breakpoint
CREATE TRIGGER `cases_search_insert` AFTER INSERT ON `cases` BEGIN
  INSERT INTO cases_search_fts(rowid, description, contact_name) VALUES (new.id, new.description, new.contact_name);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_search_delete` AFTER DELETE ON `cases` BEGIN
  INSERT INTO cases_search_fts(cases_search_fts, rowid, description, contact_name) VALUES ('delete', old.id, old.description, old.contact_name);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_search_update` AFTER UPDATE OF description, contact_name ON `cases` BEGIN
  INSERT INTO cases_search_fts(cases_search_fts, rowid, description, contact_name) VALUES ('delete', old.id, old.description, old.contact_name);
  INSERT INTO cases_search_fts(rowid, description, contact_name) VALUES (new.id, new.description, new.contact_name);
END;
