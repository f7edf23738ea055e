import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseDesk, startCaseDesk } from '../support/caseFactory';

let c: CaseDesk;
beforeEach(() => {
  c = startCaseDesk();
});
afterEach(() => c.desk.close());

describe('saved views of the case list', () => {
  it('keeps each person’s views, replaces one saved again under the same name, and removes one', () => {
    const overdue = c.desk.call('cases.saveView', { name: '超期', filters: { deadline: 'overdue' } }, c.tokens.desk);
    c.desk.call('cases.saveView', { name: '热线', filters: { source: ['hotline'], open: true } }, c.tokens.desk);
    c.desk.call('cases.saveView', { name: '超期', filters: { deadline: 'overdue', mine: true } }, c.tokens.worker);

    const replaced = c.desk.call(
      'cases.saveView',
      { name: '超期', filters: { deadline: 'overdue', gridId: c.grids.zhenxing.id } },
      c.tokens.desk,
    );
    expect(replaced.id).toBe(overdue.id);
    expect(c.desk.call('cases.listViews', {}, c.tokens.desk).rows).toEqual([
      expect.objectContaining({ name: '热线', filters: { source: ['hotline'], open: true } }),
      { id: overdue.id, name: '超期', filters: { deadline: 'overdue', gridId: c.grids.zhenxing.id } },
    ]);
    expect(c.desk.call('cases.listViews', {}, c.tokens.worker).rows).toEqual([
      expect.objectContaining({ name: '超期', filters: { deadline: 'overdue', mine: true } }),
    ]);

    c.desk.call('cases.removeView', { id: overdue.id }, c.tokens.desk);
    expect(c.desk.call('cases.listViews', {}, c.tokens.desk).rows.map((v) => v.name)).toEqual(['热线']);
  });

  it('does not let anyone remove another person’s view, and changes nothing when refused', () => {
    const theirs = c.desk.call('cases.saveView', { name: '我的', filters: { mine: true } }, c.tokens.worker);
    const before = c.desk.snapshot();
    const answer = c.desk.raw('cases.removeView', { id: theirs.id }, c.tokens.desk);
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'caseViewNotFound' } });
    expect(c.desk.snapshot()).toEqual(before);
  });

  it('leaves out a view whose stored filters this version no longer understands', () => {
    c.desk.call('cases.saveView', { name: '正常', filters: { open: true } }, c.tokens.desk);
    const old = c.desk.call('cases.saveView', { name: '旧版', filters: {} }, c.tokens.desk);
    c.desk.app.database.sqlite
      .prepare('update case_views set filters = ? where id = ?')
      .run(JSON.stringify({ status: ['pending_review'] }), old.id);
    expect(c.desk.call('cases.listViews', {}, c.tokens.desk).rows.map((v) => v.name)).toEqual(['正常']);
  });
});
