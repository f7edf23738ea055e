-- A version per reference table (the grid tree, the case categories), bumped by triggers on every change, whoever
-- makes it: every list row shows a grid path and a category path, and services/referenceCache.ts keeps those paths
-- in memory for as long as the version it read them at holds. Written by hand: drizzle cannot express triggers.
CREATE TABLE `reference_versions` (
  `name` text PRIMARY KEY NOT NULL,
  `version` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `reference_versions` (`name`, `version`) VALUES ('grids', 0), ('case_categories', 0);
--> statement-breakpoint
CREATE TRIGGER grids_version_insert AFTER INSERT ON grids
BEGIN
  UPDATE reference_versions SET version = version + 1 WHERE name = 'grids';
END;
--> statement-breakpoint
CREATE TRIGGER grids_version_update AFTER UPDATE ON grids
BEGIN
  UPDATE reference_versions SET version = version + 1 WHERE name = 'grids';
END;
--> statement-breakpoint
CREATE TRIGGER grids_version_delete AFTER DELETE ON grids
BEGIN
  UPDATE reference_versions SET version = version + 1 WHERE name = 'grids';
END;
--> statement-breakpoint
CREATE TRIGGER case_categories_version_insert AFTER INSERT ON case_categories
BEGIN
  UPDATE reference_versions SET version = version + 1 WHERE name = 'case_categories';
END;
--> statement-breakpoint
CREATE TRIGGER case_categories_version_update AFTER UPDATE ON case_categories
BEGIN
  UPDATE reference_versions SET version = version + 1 WHERE name = 'case_categories';
END;
--> statement-breakpoint
CREATE TRIGGER case_categories_version_delete AFTER DELETE ON case_categories
BEGIN
  UPDATE reference_versions SET version = version + 1 WHERE name = 'case_categories';
END;
