-- The cases' monthly rollup and the came-back flag, kept in step with every change to `cases` by triggers, so
-- that no write path (the desk, the flow, imports, the demo generator) can forget them. Written by hand: drizzle
-- cannot express triggers. The rules mirror src/shared/domain/caseRates.ts (voided cases count nowhere; a case
-- came back when the same resident brought the same category again within 30 days of its resolution) and months
-- are China Standard Time (UTC+8, no daylight saving). tests/integration/caseMonthlyStats.test.ts holds the
-- rollup to the cases themselves.
UPDATE cases SET came_back = (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'))
WHERE resident_id IS NOT NULL AND resolved_at IS NOT NULL;
--> statement-breakpoint
INSERT INTO case_monthly_stats (month, grid_id, top_category_id, registered, hotline)
  SELECT registered_month, grid_id, top_category_id, count(*), sum(source = 'hotline') FROM cases
  WHERE status <> 'voided' GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO case_monthly_stats (month, grid_id, top_category_id, resolved, resolved_on_time, first_contact_resolved)
  SELECT strftime('%Y-%m', resolved_at / 1000 + 28800, 'unixepoch'), grid_id, top_category_id, count(*), sum(resolved_at <= resolve_by),
    sum(first_handling_resolved AND NOT came_back)
  FROM cases WHERE status <> 'voided' AND resolved_at IS NOT NULL GROUP BY 1, 2, 3
  ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET resolved = excluded.resolved, resolved_on_time = excluded.resolved_on_time,
    first_contact_resolved = excluded.first_contact_resolved;
--> statement-breakpoint
INSERT INTO case_monthly_stats (month, grid_id, top_category_id, followed_up, satisfied)
  SELECT strftime('%Y-%m', followed_up_at / 1000 + 28800, 'unixepoch'), grid_id, top_category_id, count(*),
    sum(satisfaction IN ('satisfied', 'basically_satisfied'))
  FROM cases WHERE status <> 'voided' AND followed_up_at IS NOT NULL GROUP BY 1, 2, 3
  ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET followed_up = excluded.followed_up, satisfied = excluded.satisfied;
--> statement-breakpoint
CREATE TRIGGER cases_came_back_after_insert AFTER INSERT ON cases WHEN NEW.resident_id IS NOT NULL BEGIN
  UPDATE cases SET came_back = (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'))
  WHERE resident_id = NEW.resident_id AND category_id = NEW.category_id AND came_back IS NOT (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'));
END;
--> statement-breakpoint
CREATE TRIGGER cases_came_back_after_delete AFTER DELETE ON cases WHEN OLD.resident_id IS NOT NULL BEGIN
  UPDATE cases SET came_back = (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'))
  WHERE resident_id = OLD.resident_id AND category_id = OLD.category_id AND came_back IS NOT (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'));
END;
--> statement-breakpoint
CREATE TRIGGER cases_came_back_after_update
AFTER UPDATE OF resident_id, category_id, registered_at, resolved_at, status ON cases BEGIN
  UPDATE cases SET came_back = (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'))
  WHERE resident_id = OLD.resident_id AND category_id = OLD.category_id AND came_back IS NOT (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'));
  UPDATE cases SET came_back = (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'))
  WHERE ((resident_id = NEW.resident_id AND category_id = NEW.category_id) OR id = NEW.id) AND came_back IS NOT (cases.resolved_at IS NOT NULL AND EXISTS (SELECT 1 FROM cases later
    WHERE later.resident_id = cases.resident_id AND later.category_id = cases.category_id
      AND later.registered_at > cases.registered_at AND later.registered_at <= cases.resolved_at + 2592000000
      AND later.status <> 'voided'));
END;
--> statement-breakpoint
CREATE TRIGGER cases_monthly_stats_after_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, registered, hotline)
    SELECT NEW.registered_month, NEW.grid_id, NEW.top_category_id, 1, 1 * (NEW.source = 'hotline')
    WHERE NEW.status <> 'voided'
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET registered = registered + excluded.registered, hotline = hotline + excluded.hotline;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, resolved, resolved_on_time, first_contact_resolved)
    SELECT strftime('%Y-%m', NEW.resolved_at / 1000 + 28800, 'unixepoch'), NEW.grid_id, NEW.top_category_id, 1,
      1 * (NEW.resolved_at <= NEW.resolve_by), 1 * (NEW.first_handling_resolved AND NOT NEW.came_back)
    WHERE NEW.status <> 'voided' AND NEW.resolved_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET resolved = resolved + excluded.resolved, resolved_on_time = resolved_on_time + excluded.resolved_on_time,
      first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, followed_up, satisfied)
    SELECT strftime('%Y-%m', NEW.followed_up_at / 1000 + 28800, 'unixepoch'), NEW.grid_id, NEW.top_category_id, 1,
      1 * (NEW.satisfaction IN ('satisfied', 'basically_satisfied'))
    WHERE NEW.status <> 'voided' AND NEW.followed_up_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET followed_up = followed_up + excluded.followed_up, satisfied = satisfied + excluded.satisfied;
END;
--> statement-breakpoint
CREATE TRIGGER cases_monthly_stats_after_update
AFTER UPDATE OF status, grid_id, top_category_id, source, registered_month, resolved_at, resolve_by,
  first_handling_resolved, came_back, followed_up_at, satisfaction ON cases BEGIN
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, registered, hotline)
    SELECT OLD.registered_month, OLD.grid_id, OLD.top_category_id, -1, -1 * (OLD.source = 'hotline')
    WHERE OLD.status <> 'voided'
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET registered = registered + excluded.registered, hotline = hotline + excluded.hotline;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, resolved, resolved_on_time, first_contact_resolved)
    SELECT strftime('%Y-%m', OLD.resolved_at / 1000 + 28800, 'unixepoch'), OLD.grid_id, OLD.top_category_id, -1,
      -1 * (OLD.resolved_at <= OLD.resolve_by), -1 * (OLD.first_handling_resolved AND NOT OLD.came_back)
    WHERE OLD.status <> 'voided' AND OLD.resolved_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET resolved = resolved + excluded.resolved, resolved_on_time = resolved_on_time + excluded.resolved_on_time,
      first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, followed_up, satisfied)
    SELECT strftime('%Y-%m', OLD.followed_up_at / 1000 + 28800, 'unixepoch'), OLD.grid_id, OLD.top_category_id, -1,
      -1 * (OLD.satisfaction IN ('satisfied', 'basically_satisfied'))
    WHERE OLD.status <> 'voided' AND OLD.followed_up_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET followed_up = followed_up + excluded.followed_up, satisfied = satisfied + excluded.satisfied;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, registered, hotline)
    SELECT NEW.registered_month, NEW.grid_id, NEW.top_category_id, 1, 1 * (NEW.source = 'hotline')
    WHERE NEW.status <> 'voided'
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET registered = registered + excluded.registered, hotline = hotline + excluded.hotline;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, resolved, resolved_on_time, first_contact_resolved)
    SELECT strftime('%Y-%m', NEW.resolved_at / 1000 + 28800, 'unixepoch'), NEW.grid_id, NEW.top_category_id, 1,
      1 * (NEW.resolved_at <= NEW.resolve_by), 1 * (NEW.first_handling_resolved AND NOT NEW.came_back)
    WHERE NEW.status <> 'voided' AND NEW.resolved_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET resolved = resolved + excluded.resolved, resolved_on_time = resolved_on_time + excluded.resolved_on_time,
      first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, followed_up, satisfied)
    SELECT strftime('%Y-%m', NEW.followed_up_at / 1000 + 28800, 'unixepoch'), NEW.grid_id, NEW.top_category_id, 1,
      1 * (NEW.satisfaction IN ('satisfied', 'basically_satisfied'))
    WHERE NEW.status <> 'voided' AND NEW.followed_up_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET followed_up = followed_up + excluded.followed_up, satisfied = satisfied + excluded.satisfied;
END;
--> statement-breakpoint
CREATE TRIGGER cases_monthly_stats_after_delete AFTER DELETE ON cases BEGIN
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, registered, hotline)
    SELECT OLD.registered_month, OLD.grid_id, OLD.top_category_id, -1, -1 * (OLD.source = 'hotline')
    WHERE OLD.status <> 'voided'
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET registered = registered + excluded.registered, hotline = hotline + excluded.hotline;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, resolved, resolved_on_time, first_contact_resolved)
    SELECT strftime('%Y-%m', OLD.resolved_at / 1000 + 28800, 'unixepoch'), OLD.grid_id, OLD.top_category_id, -1,
      -1 * (OLD.resolved_at <= OLD.resolve_by), -1 * (OLD.first_handling_resolved AND NOT OLD.came_back)
    WHERE OLD.status <> 'voided' AND OLD.resolved_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET resolved = resolved + excluded.resolved, resolved_on_time = resolved_on_time + excluded.resolved_on_time,
      first_contact_resolved = first_contact_resolved + excluded.first_contact_resolved;
  INSERT INTO case_monthly_stats (month, grid_id, top_category_id, followed_up, satisfied)
    SELECT strftime('%Y-%m', OLD.followed_up_at / 1000 + 28800, 'unixepoch'), OLD.grid_id, OLD.top_category_id, -1,
      -1 * (OLD.satisfaction IN ('satisfied', 'basically_satisfied'))
    WHERE OLD.status <> 'voided' AND OLD.followed_up_at IS NOT NULL
    ON CONFLICT (month, grid_id, top_category_id) DO UPDATE SET followed_up = followed_up + excluded.followed_up, satisfied = satisfied + excluded.satisfied;
END;
