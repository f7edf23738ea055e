CREATE TABLE `register_monthly_counts` (
	`month` text NOT NULL,
	`grid_id` integer NOT NULL,
	`households_added` integer DEFAULT 0 NOT NULL,
	`households_archived` integer DEFAULT 0 NOT NULL,
	`residents_added` integer DEFAULT 0 NOT NULL,
	`moved_out` integer DEFAULT 0 NOT NULL,
	`deceased` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`grid_id`, `month`)
);
--> statement-breakpoint
CREATE TABLE `visit_monthly_counts` (
	`month` text NOT NULL,
	`grid_id` integer NOT NULL,
	`visits` integer DEFAULT 0 NOT NULL,
	`households_visited` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`grid_id`, `month`)
);
--> statement-breakpoint
-- Written by hand below the tables drizzle generated: the register's and the visits' monthly rollups are kept by
-- triggers, so no write path (the desk, moves, imports, the demo generator) can forget them. A register record
-- counts on its household's grid as it is now: moving a resident or a household carries its rows along. Months are
-- China Standard Time (UTC+8). tests/integration/monthlySummaryRollups.test.ts holds both rollups to the records.
-- The insert triggers, which an import fires 100,000 times, are plain upserts; the rarer updates and deletes net
-- out the old row and add the new one.
INSERT INTO register_monthly_counts (month, grid_id, households_added, households_archived)
  SELECT month, grid_id, sum(added), sum(archived) FROM (
    SELECT strftime('%Y-%m', hh.created_at / 1000 + 28800, 'unixepoch') AS month, hh.grid_id AS grid_id, 1 AS added, 0 AS archived FROM households hh
    UNION ALL
    SELECT max(strftime('%Y-%m', hh.archived_at / 1000 + 28800, 'unixepoch'), strftime('%Y-%m', hh.created_at / 1000 + 28800, 'unixepoch')), hh.grid_id, 0, 1 FROM households hh WHERE hh.archived_at IS NOT NULL
  ) GROUP BY month, grid_id
  ON CONFLICT (grid_id, month) DO UPDATE SET households_added = households_added + excluded.households_added,
  households_archived = households_archived + excluded.households_archived;
--> statement-breakpoint
INSERT INTO register_monthly_counts (month, grid_id, residents_added, moved_out, deceased)
  SELECT month, grid_id, sum(added), sum(moved), sum(died) FROM (
    SELECT strftime('%Y-%m', r.created_at / 1000 + 28800, 'unixepoch') AS month, h.grid_id AS grid_id, 1 AS added, 0 AS moved, 0 AS died
      FROM residents r JOIN households h ON h.id = r.household_id
    UNION ALL
    SELECT max(coalesce(substr(r.life_status_date, 1, 7), strftime('%Y-%m', r.created_at / 1000 + 28800, 'unixepoch')), strftime('%Y-%m', r.created_at / 1000 + 28800, 'unixepoch')), h.grid_id, 0, 1 * (r.life_status = 'moved_out'), 1 * (r.life_status = 'deceased')
      FROM residents r JOIN households h ON h.id = r.household_id WHERE r.life_status <> 'active'
  ) GROUP BY month, grid_id
  ON CONFLICT (grid_id, month) DO UPDATE SET residents_added = residents_added + excluded.residents_added,
  moved_out = moved_out + excluded.moved_out, deceased = deceased + excluded.deceased;
--> statement-breakpoint
CREATE TRIGGER register_counts_household_insert AFTER INSERT ON households BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, households_added)
    VALUES (strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch'), NEW.grid_id, 1)
    ON CONFLICT (grid_id, month) DO UPDATE SET households_added = households_added + 1;
END;
--> statement-breakpoint
CREATE TRIGGER register_counts_household_insert_archived AFTER INSERT ON households
WHEN NEW.archived_at IS NOT NULL BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, households_archived)
    VALUES (max(strftime('%Y-%m', NEW.archived_at / 1000 + 28800, 'unixepoch'), strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch')), NEW.grid_id, 1)
    ON CONFLICT (grid_id, month) DO UPDATE SET households_archived = households_archived + 1;
END;
--> statement-breakpoint
CREATE TRIGGER register_counts_household_update AFTER UPDATE OF grid_id, created_at, archived_at ON households BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, households_added, households_archived)
  SELECT month, grid_id, sum(added), sum(archived) FROM (
    SELECT strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch') AS month, OLD.grid_id AS grid_id, -1 AS added, 0 AS archived
    UNION ALL
    SELECT max(strftime('%Y-%m', OLD.archived_at / 1000 + 28800, 'unixepoch'), strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch')), OLD.grid_id, 0, -1 WHERE OLD.archived_at IS NOT NULL
    UNION ALL
    SELECT strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch') AS month, NEW.grid_id AS grid_id, 1 AS added, 0 AS archived
    UNION ALL
    SELECT max(strftime('%Y-%m', NEW.archived_at / 1000 + 28800, 'unixepoch'), strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch')), NEW.grid_id, 0, 1 WHERE NEW.archived_at IS NOT NULL
  ) GROUP BY month, grid_id
  ON CONFLICT (grid_id, month) DO UPDATE SET households_added = households_added + excluded.households_added,
  households_archived = households_archived + excluded.households_archived;
  INSERT INTO register_monthly_counts (month, grid_id, residents_added, moved_out, deceased)
  SELECT month, grid_id, sum(added), sum(moved), sum(died) FROM (
    SELECT strftime('%Y-%m', r.created_at / 1000 + 28800, 'unixepoch') AS month, g.grid_id AS grid_id, g.sign AS added, 0 AS moved, 0 AS died
      FROM residents r, (SELECT OLD.grid_id AS grid_id, -1 AS sign UNION ALL SELECT NEW.grid_id, 1) g
      WHERE r.household_id = NEW.id AND OLD.grid_id IS NOT NEW.grid_id
    UNION ALL
    SELECT max(coalesce(substr(r.life_status_date, 1, 7), strftime('%Y-%m', r.created_at / 1000 + 28800, 'unixepoch')), strftime('%Y-%m', r.created_at / 1000 + 28800, 'unixepoch')), g.grid_id, 0, g.sign * (r.life_status = 'moved_out'), g.sign * (r.life_status = 'deceased')
      FROM residents r, (SELECT OLD.grid_id AS grid_id, -1 AS sign UNION ALL SELECT NEW.grid_id, 1) g
      WHERE r.household_id = NEW.id AND OLD.grid_id IS NOT NEW.grid_id AND r.life_status <> 'active'
  ) GROUP BY month, grid_id
  ON CONFLICT (grid_id, month) DO UPDATE SET residents_added = residents_added + excluded.residents_added,
  moved_out = moved_out + excluded.moved_out, deceased = deceased + excluded.deceased;
END;
--> statement-breakpoint
CREATE TRIGGER register_counts_household_delete AFTER DELETE ON households BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, households_added, households_archived)
  SELECT month, grid_id, sum(added), sum(archived) FROM (
    SELECT strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch') AS month, OLD.grid_id AS grid_id, -1 AS added, 0 AS archived
    UNION ALL
    SELECT max(strftime('%Y-%m', OLD.archived_at / 1000 + 28800, 'unixepoch'), strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch')), OLD.grid_id, 0, -1 WHERE OLD.archived_at IS NOT NULL
  ) GROUP BY month, grid_id
  ON CONFLICT (grid_id, month) DO UPDATE SET households_added = households_added + excluded.households_added,
  households_archived = households_archived + excluded.households_archived;
END;
--> statement-breakpoint
CREATE TRIGGER register_counts_resident_insert AFTER INSERT ON residents BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, residents_added)
    SELECT strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch'), h.grid_id, 1 FROM households h WHERE h.id = NEW.household_id
    ON CONFLICT (grid_id, month) DO UPDATE SET residents_added = residents_added + 1;
END;
--> statement-breakpoint
CREATE TRIGGER register_counts_resident_insert_gone AFTER INSERT ON residents WHEN NEW.life_status <> 'active' BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, moved_out, deceased)
    SELECT max(coalesce(substr(NEW.life_status_date, 1, 7), strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch')), strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch')), h.grid_id,
      NEW.life_status = 'moved_out', NEW.life_status = 'deceased'
      FROM households h WHERE h.id = NEW.household_id
    ON CONFLICT (grid_id, month) DO UPDATE SET moved_out = moved_out + excluded.moved_out,
      deceased = deceased + excluded.deceased;
END;
--> statement-breakpoint
CREATE TRIGGER register_counts_resident_update
AFTER UPDATE OF household_id, created_at, life_status, life_status_date ON residents BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, residents_added, moved_out, deceased)
  SELECT month, grid_id, sum(added), sum(moved), sum(died) FROM (
    SELECT strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch') AS month, h.grid_id AS grid_id, -1 AS added, 0 AS moved, 0 AS died
      FROM households h WHERE h.id = OLD.household_id
    UNION ALL
    SELECT max(coalesce(substr(OLD.life_status_date, 1, 7), strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch')), strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch')), h.grid_id, 0, -1 * (OLD.life_status = 'moved_out'), -1 * (OLD.life_status = 'deceased')
      FROM households h WHERE h.id = OLD.household_id AND OLD.life_status <> 'active'
    UNION ALL
    SELECT strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch') AS month, h.grid_id AS grid_id, 1 AS added, 0 AS moved, 0 AS died
      FROM households h WHERE h.id = NEW.household_id
    UNION ALL
    SELECT max(coalesce(substr(NEW.life_status_date, 1, 7), strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch')), strftime('%Y-%m', NEW.created_at / 1000 + 28800, 'unixepoch')), h.grid_id, 0, 1 * (NEW.life_status = 'moved_out'), 1 * (NEW.life_status = 'deceased')
      FROM households h WHERE h.id = NEW.household_id AND NEW.life_status <> 'active'
  ) GROUP BY month, grid_id
  ON CONFLICT (grid_id, month) DO UPDATE SET residents_added = residents_added + excluded.residents_added,
  moved_out = moved_out + excluded.moved_out, deceased = deceased + excluded.deceased;
END;
--> statement-breakpoint
CREATE TRIGGER register_counts_resident_delete AFTER DELETE ON residents BEGIN
  INSERT INTO register_monthly_counts (month, grid_id, residents_added, moved_out, deceased)
  SELECT month, grid_id, sum(added), sum(moved), sum(died) FROM (
    SELECT strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch') AS month, h.grid_id AS grid_id, -1 AS added, 0 AS moved, 0 AS died
      FROM households h WHERE h.id = OLD.household_id
    UNION ALL
    SELECT max(coalesce(substr(OLD.life_status_date, 1, 7), strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch')), strftime('%Y-%m', OLD.created_at / 1000 + 28800, 'unixepoch')), h.grid_id, 0, -1 * (OLD.life_status = 'moved_out'), -1 * (OLD.life_status = 'deceased')
      FROM households h WHERE h.id = OLD.household_id AND OLD.life_status <> 'active'
  ) GROUP BY month, grid_id
  ON CONFLICT (grid_id, month) DO UPDATE SET residents_added = residents_added + excluded.residents_added,
  moved_out = moved_out + excluded.moved_out, deceased = deceased + excluded.deceased;
END;
--> statement-breakpoint
INSERT INTO visit_monthly_counts (month, grid_id, visits, households_visited)
  SELECT month, grid_id, count(*), count(DISTINCT household_id) FROM visits GROUP BY month, grid_id;
--> statement-breakpoint
CREATE TRIGGER visit_counts_insert AFTER INSERT ON visits BEGIN
  INSERT INTO visit_monthly_counts (month, grid_id, visits, households_visited)
  SELECT NEW.month, NEW.grid_id, 1, 1 * NOT EXISTS (SELECT 1 FROM visits other
      WHERE other.grid_id = NEW.grid_id AND other.month = NEW.month AND other.household_id = NEW.household_id
        AND other.id <> NEW.id) WHERE true
  ON CONFLICT (grid_id, month) DO UPDATE SET visits = visits + excluded.visits,
    households_visited = households_visited + excluded.households_visited;
END;
--> statement-breakpoint
CREATE TRIGGER visit_counts_update AFTER UPDATE OF household_id, grid_id, month ON visits BEGIN
  INSERT INTO visit_monthly_counts (month, grid_id, visits, households_visited)
  SELECT OLD.month, OLD.grid_id, -1, -1 * NOT EXISTS (SELECT 1 FROM visits other
      WHERE other.grid_id = OLD.grid_id AND other.month = OLD.month AND other.household_id = OLD.household_id
        AND other.id <> OLD.id) WHERE true
  ON CONFLICT (grid_id, month) DO UPDATE SET visits = visits + excluded.visits,
    households_visited = households_visited + excluded.households_visited;
  INSERT INTO visit_monthly_counts (month, grid_id, visits, households_visited)
  SELECT NEW.month, NEW.grid_id, 1, 1 * NOT EXISTS (SELECT 1 FROM visits other
      WHERE other.grid_id = NEW.grid_id AND other.month = NEW.month AND other.household_id = NEW.household_id
        AND other.id <> NEW.id) WHERE true
  ON CONFLICT (grid_id, month) DO UPDATE SET visits = visits + excluded.visits,
    households_visited = households_visited + excluded.households_visited;
END;
--> statement-breakpoint
CREATE TRIGGER visit_counts_delete AFTER DELETE ON visits BEGIN
  INSERT INTO visit_monthly_counts (month, grid_id, visits, households_visited)
  SELECT OLD.month, OLD.grid_id, -1, -1 * NOT EXISTS (SELECT 1 FROM visits other
      WHERE other.grid_id = OLD.grid_id AND other.month = OLD.month AND other.household_id = OLD.household_id
        AND other.id <> OLD.id) WHERE true
  ON CONFLICT (grid_id, month) DO UPDATE SET visits = visits + excluded.visits,
    households_visited = households_visited + excluded.households_visited;
END;
--> statement-breakpoint
-- Wishes posted are found by cases_kind_idx; these two find the ones claimed and fulfilled in a month without
-- reading every wish (the summary's wishes section).
CREATE INDEX cases_wish_claimed_idx ON cases (claimed_at, grid_id, status) WHERE claimed_at IS NOT NULL;
--> statement-breakpoint
CREATE INDEX cases_wish_resolved_idx ON cases (resolved_at, grid_id, status)
  WHERE kind = 'wish' AND resolved_at IS NOT NULL;
