-- Search while typing: trigram indexes (FTS5) for any part of an ID number, of a phone and of an address; one
-- table per column, so a phone query never wades through the ID numbers' trigrams. Kept in step with their
-- tables by triggers; drizzle cannot express virtual tables or triggers.
CREATE VIRTUAL TABLE `residents_id_number_fts` USING fts5(id_number, content='residents', content_rowid='id', tokenize='trigram', detail='none', columnsize=0);
--> statement-breakpoint
CREATE VIRTUAL TABLE `residents_phone_fts` USING fts5(phone, content='residents', content_rowid='id', tokenize='trigram', detail='none', columnsize=0);
--> statement-breakpoint
-- Residents already registered (a database made before this migration) are indexed here; the triggers take the rest.
INSERT INTO residents_id_number_fts(rowid, id_number) SELECT id, id_number FROM residents;
--> statement-breakpoint
INSERT INTO residents_phone_fts(rowid, phone) SELECT id, phone FROM residents;
--> statement-breakpoint
CREATE TRIGGER `residents_search_insert` AFTER INSERT ON `residents` BEGIN
  INSERT INTO residents_id_number_fts(rowid, id_number) VALUES (new.id, new.id_number);
  INSERT INTO residents_phone_fts(rowid, phone) VALUES (new.id, new.phone);
END;
--> statement-breakpoint
CREATE TRIGGER `residents_search_delete` AFTER DELETE ON `residents` BEGIN
  INSERT INTO residents_id_number_fts(residents_id_number_fts, rowid, id_number) VALUES ('delete', old.id, old.id_number);
  INSERT INTO residents_phone_fts(residents_phone_fts, rowid, phone) VALUES ('delete', old.id, old.phone);
END;
--> statement-breakpoint
CREATE TRIGGER `residents_search_id_number_update` AFTER UPDATE OF id_number ON `residents` BEGIN
  INSERT INTO residents_id_number_fts(residents_id_number_fts, rowid, id_number) VALUES ('delete', old.id, old.id_number);
  INSERT INTO residents_id_number_fts(rowid, id_number) VALUES (new.id, new.id_number);
END;
--> statement-breakpoint
CREATE TRIGGER `residents_search_phone_update` AFTER UPDATE OF phone ON `residents` BEGIN
  INSERT INTO residents_phone_fts(residents_phone_fts, rowid, phone) VALUES ('delete', old.id, old.phone);
  INSERT INTO residents_phone_fts(rowid, phone) VALUES (new.id, new.phone);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `households_address_fts` USING fts5(address, content='households', content_rowid='id', tokenize='trigram', detail='none', columnsize=0);
--> statement-breakpoint
INSERT INTO households_address_fts(rowid, address) SELECT id, address FROM households;
--> statement-breakpoint
CREATE TRIGGER `households_address_fts_insert` AFTER INSERT ON `households` BEGIN
  INSERT INTO households_address_fts(rowid, address) VALUES (new.id, new.address);
END;
--> statement-breakpoint
CREATE TRIGGER `households_address_fts_delete` AFTER DELETE ON `households` BEGIN
  INSERT INTO households_address_fts(households_address_fts, rowid, address) VALUES ('delete', old.id, old.address);
END;
--> statement-breakpoint
CREATE TRIGGER `households_address_fts_update` AFTER UPDATE OF address ON `households` BEGIN
  INSERT INTO households_address_fts(households_address_fts, rowid, address) VALUES ('delete', old.id, old.address);
  INSERT INTO households_address_fts(rowid, address) VALUES (new.id, new.address);
END;
