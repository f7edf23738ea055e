import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CaseDesk, categoryId, claimWish, registerCase, startCaseDesk, walk } from '../support/caseFactory';

let c: CaseDesk;
beforeEach(() => {
  c = startCaseDesk();
});
afterEach(() => c.desk.close());

function postWish(overrides: Parameters<typeof registerCase>[2] = {}) {
  return registerCase(c.desk, c.tokens.desk, {
    kind: 'wish',
    source: 'wish_wall',
    categoryId: categoryId(c.desk, c.tokens.desk, '民生服务', '养老'),
    description: '想要一台收音机听戏',
    ...overrides,
  });
}

const wall = (stage: 'open' | 'claimed' | 'fulfilled', token = c.tokens.secretary, gridId?: number) =>
  c.desk.call('wishes.wall', { stage, gridId }, token);

describe('the wish wall', () => {
  it('shows each wish at its stage, with the wisher’s name masked, and never a voided one', () => {
    const open = postWish({ residentId: c.resident.id });
    const claimed = claimWish(
      c.desk,
      c.tokens.desk,
      postWish({ contactName: '欧阳娜娜', gridId: c.grids.fhMicro.id }),
      {
        claimantKind: 'volunteer',
        claimantName: '青年志愿者服务队',
      },
    );
    const fulfilled = walk(c.desk, claimWish(c.desk, c.tokens.desk, postWish({ gridId: c.grids.zxMicro2.id })), [
      [c.tokens.desk, { action: 'resolve', resolution: '已送到', note: '' }],
    ]);
    walk(c.desk, postWish({ gridId: c.grids.zxMicro2.id }), [
      [c.tokens.desk, { action: 'void', voidReason: 'invalid', note: '重复张贴' }],
    ]);
    registerCase(c.desk, c.tokens.desk, {});

    const counts = { open: 1, claimed: 1, fulfilled: 1 };
    expect(wall('open')).toEqual({
      rows: [
        expect.objectContaining({
          id: open.id,
          wisherName: '张*',
          claimantName: null,
          gridPath: '振兴社区 / 第一网格 / 第01微网格',
        }),
      ],
      nextCursor: null,
      counts,
    });
    expect(wall('claimed').rows).toEqual([
      expect.objectContaining({
        id: claimed.id,
        wisherName: '欧***',
        claimantKind: 'volunteer',
        claimantName: '青年志愿者服务队',
      }),
    ]);
    expect(wall('fulfilled').rows).toEqual([expect.objectContaining({ id: fulfilled.id, wisherName: null })]);
    expect(wall('fulfilled').rows[0]?.resolvedAt).not.toBeNull();
  });

  it('narrows to a grid and everything below it, and shows a grid worker their own grids’ wishes', () => {
    const zhenxing = postWish({ gridId: c.grids.zxMicro2.id });
    const fenghuang = postWish({ gridId: c.grids.fhMicro.id });
    expect(wall('open', c.tokens.secretary, c.grids.fenghuang.id)).toMatchObject({
      rows: [{ id: fenghuang.id }],
      counts: { open: 1, claimed: 0, fulfilled: 0 },
    });
    expect(wall('open').rows.map((r) => r.id)).toEqual([fenghuang.id, zhenxing.id]);
    expect(wall('open', c.tokens.worker)).toMatchObject({ rows: [{ id: zhenxing.id }], counts: { open: 1 } });
  });

  it('pages newest first without repeating a wish', () => {
    const posted = Array.from({ length: 5 }, (_, i) => postWish({ description: `心愿${i}` }).id);
    const first = c.desk.call('wishes.wall', { stage: 'open', limit: 3 }, c.tokens.secretary);
    const second = c.desk.call(
      'wishes.wall',
      { stage: 'open', limit: 3, cursor: first.nextCursor ?? undefined },
      c.tokens.secretary,
    );
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(posted.reverse());
    expect(second.nextCursor).toBeNull();
  });
});
