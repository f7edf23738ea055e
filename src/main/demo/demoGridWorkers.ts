// Accounts for the demo's other grid workers: each comprehensive grid's full-time worker signs in as `grid2`,
// `grid3` … (password demo1234, like every demo account), so cases can be dispatched to every grid, not only to 刘建华's.
import type Database from 'better-sqlite3';

export function addGridWorkerAccounts(sqlite: Database.Database, now: number): number {
  const template = sqlite.prepare("select password_hash as hash from users where username = 'grid'").get() as
    | { hash: string }
    | undefined;
  if (!template) throw new Error('The demo grid worker accounts copy the password of the grid account.');
  const workers = sqlite
    .prepare(
      `select s.id as staffId, s.name from grids g
       join grid_staff gs on gs.grid_id = g.id and gs.duty = 'full_time' and gs.until is null
       join staff s on s.id = gs.staff_id
       where g.level = 'grid' and s.user_id is null order by g.id`,
    )
    .all() as { staffId: number; name: string }[];
  const insertUser = sqlite.prepare(
    `insert into users (username, display_name, role, password_hash, created_at, updated_at)
     values (?, ?, 'grid_worker', ?, ?, ?)`,
  );
  const linkStaff = sqlite.prepare('update staff set user_id = ?, updated_at = ? where id = ?');
  workers.forEach((worker, i) => {
    // The same scrypt hash (salt included) as `grid`: the demo password is one, and hashing it again costs time.
    const userId = insertUser.run(`grid${i + 2}`, worker.name, template.hash, now, now).lastInsertRowid;
    linkStaff.run(userId, now, worker.staffId);
  });
  return workers.length;
}
