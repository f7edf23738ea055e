// Grid paths and category paths are kept in memory between calls (services/referenceCache.ts): a list must still
// show a grid's or a category's new name at once, whoever renamed it, and never a name from a change rolled back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
let adminToken: string;
let deskToken: string;

beforeAll(() => {
  desk = startDemoGridDesk();
  adminToken = desk.login('admin');
  deskToken = desk.login('desk');
});
afterAll(() => desk.close());

/** The newest case of the list, with the grid and category it shows. */
function newestCase() {
  const row = desk.call('cases.list', { limit: 1 }, deskToken).rows[0];
  if (!row) throw new Error('The demo has no case.');
  return row;
}

const sqlite = () => desk.app.database.sqlite;

describe('a case list row', () => {
  it('shows a grid’s new name as soon as it is renamed, by the app or by hand', () => {
    const before = newestCase();
    const { grid } = desk.call('grids.get', { id: before.gridId }, adminToken);
    const renamed = desk.call('grids.rename', { id: grid.id, version: grid.version, name: '改名后的网格' }, adminToken);
    expect(renamed.name).toBe('改名后的网格');
    expect(newestCase().gridPath).toBe(before.gridPath.replace(grid.name, '改名后的网格'));

    sqlite().prepare('update grids set name = ? where id = ?').run('手改的网格', grid.id);
    expect(newestCase().gridPath).toBe(before.gridPath.replace(grid.name, '手改的网格'));
  });

  it('shows a category’s new name, and in the caller’s language', () => {
    const before = newestCase();
    sqlite()
      .prepare('update case_categories set name = ?, name_en = ? where id = ?')
      .run('新类别', 'New category', before.categoryId);
    expect(newestCase().categoryPath).toMatch(/新类别$/);
    const english = desk.raw('cases.list', { limit: 1 }, deskToken, 'en');
    expect(english.ok && (english.data as { rows: { categoryPath: string }[] }).rows[0]?.categoryPath).toMatch(
      /New category$/,
    );
  });

  it('never shows a name from a change that was rolled back', () => {
    const before = newestCase();
    const rename = sqlite().transaction(() => {
      sqlite().prepare('update grids set name = ? where id = ?').run('回滚的名字', before.gridId);
      // Read inside the transaction: the paths it builds must not outlive it.
      expect(desk.call('cases.list', { limit: 1 }, deskToken).rows[0]?.gridPath).toMatch(/回滚的名字$/);
      throw new Error('roll back');
    });
    expect(rename).toThrow('roll back');
    // The next change brings the grids' version back to the number the rolled-back one had: its own name shows.
    sqlite().prepare('update grids set name = ? where id = ?').run('之后的名字', before.gridId);
    expect(newestCase().gridPath).toMatch(/之后的名字$/);
    sqlite().prepare('update grids set name = ? where id = ?').run(before.gridPath.split(' / ').at(-1), before.gridId);
    expect(newestCase().gridPath).toBe(before.gridPath);
  });
});
