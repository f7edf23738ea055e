// What a database file must show after a crash or an upgrade, whatever wrote it: SQLite's own checks pass, the
// search indexes hold exactly their tables' rows, and the rollups the triggers keep equal the records they count.
import type Database from 'better-sqlite3';
import { aggregateOf, figureNames, pureCameBack, rollupOf, storedCases } from './caseRollup';
import type { TestGridDesk } from './testGridDesk';

export interface StoreHealth {
  integrity: string;
  foreignKeyProblems: unknown[];
  /** FTS5 tables whose index differs from their content table, with SQLite's complaint. */
  searchIndexProblems: string[];
}

/** PRAGMA integrity_check and foreign_key_check, and each FTS5 index checked against its content table. */
export function storeHealth(sqlite: Database.Database): StoreHealth {
  const searchIndexes = sqlite
    .prepare("select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%fts5%'")
    .pluck()
    .all() as string[];
  const searchIndexProblems: string[] = [];
  for (const name of searchIndexes) {
    try {
      // rank 1: also compare the index with the external content table, not only with itself.
      sqlite.prepare(`insert into "${name}"("${name}", rank) values ('integrity-check', 1)`).run();
    } catch (error) {
      searchIndexProblems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return {
    integrity: (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join('; '),
    foreignKeyProblems: sqlite.pragma('foreign_key_check') as unknown[],
    searchIndexProblems,
  };
}

export const healthy: StoreHealth = { integrity: 'ok', foreignKeyProblems: [], searchIndexProblems: [] };

const monthOf = (column: string) => `strftime('%Y-%m', ${column} / 1000 + 28800, 'unixepoch')`;

/**
 * The register's and the visits' rollups (migration 0009) as stored, rows left at zero aside, and as counted from the
 * records themselves: equal when the triggers kept step with every write that was committed.
 */
export function registerRollups(sqlite: Database.Database) {
  const rows = (sql: string) => sqlite.prepare(sql).all();
  return {
    stored: {
      register: rows(`
        select grid_id as gridId, month, households_added as householdsAdded, households_archived as householdsArchived,
               residents_added as residentsAdded, moved_out as movedOut, deceased
          from register_monthly_counts
         where households_added <> 0 or households_archived <> 0 or residents_added <> 0 or moved_out <> 0
               or deceased <> 0
         order by grid_id, month`),
      visits: rows(`
        select grid_id as gridId, month, visits, households_visited as householdsVisited from visit_monthly_counts
         where visits <> 0 order by grid_id, month`),
    },
    fromRecords: {
      register: rows(`
        select grid_id as gridId, month, sum(ha) as householdsAdded, sum(hx) as householdsArchived,
               sum(ra) as residentsAdded, sum(mo) as movedOut, sum(de) as deceased from (
          select grid_id, ${monthOf('created_at')} as month, 1 as ha, 0 as hx, 0 as ra, 0 as mo, 0 as de from households
          union all
          select grid_id, max(${monthOf('archived_at')}, ${monthOf('created_at')}), 0, 1, 0, 0, 0 from households
           where archived_at is not null
          union all
          select h.grid_id, ${monthOf('r.created_at')}, 0, 0, 1, 0, 0
            from residents r join households h on h.id = r.household_id
          union all
          select h.grid_id,
                 max(coalesce(substr(r.life_status_date, 1, 7), ${monthOf('r.created_at')}), ${monthOf('r.created_at')}),
                 0, 0, 0, r.life_status = 'moved_out', r.life_status = 'deceased'
            from residents r join households h on h.id = r.household_id where r.life_status <> 'active'
        ) group by grid_id, month order by grid_id, month`),
      visits: rows(`
        select grid_id as gridId, month, count(*) as visits, count(distinct household_id) as householdsVisited
          from visits group by grid_id, month order by grid_id, month`),
    },
  };
}

/** The cases' monthly rollup as stored (rows left at zero aside) and as worked out from the cases; came_back's misses. */
export function caseRollups(desk: TestGridDesk) {
  const all = storedCases(desk);
  const cameBack = pureCameBack(all);
  return {
    stored: rollupOf(desk).filter((row) => figureNames.some((name) => row[name] !== 0)),
    fromCases: aggregateOf(all),
    cameBackWrong: all.filter((c) => (c.cameBack === 1) !== cameBack.get(c.id)).map((c) => c.id),
  };
}
