// The month's ranking: shared ranks for equal totals, a stable order, and who is flagged 末位.
import { describe, expect, it } from 'vitest';
import { rankWorkers } from '../../src/shared/domain/assessmentRanking';

const entry = (staffId: number, name: string, total: number) => ({ staffId, name, total });

describe('the ranking', () => {
  it('shares a rank between equal totals and skips the places they take (1, 2, 2, 4)', () => {
    const ranked = rankWorkers(
      [entry(1, '张伟', 80.5), entry(2, '李娜', 92), entry(3, '王芳', 80.5), entry(4, '赵磊', 61)],
      { bottomCount: 1 },
    );
    expect(ranked.map((r) => [r.name, r.rank, r.bottom])).toEqual([
      ['李娜', 1, false],
      ['王芳', 2, false], // wang before zhang: equal totals are listed by name
      ['张伟', 2, false],
      ['赵磊', 4, true],
    ]);
  });

  it('orders the same whatever order the rows arrive in, equal names by id', () => {
    const rows = [entry(9, '刘洋', 70), entry(3, '刘洋', 70), entry(5, '陈静', 88)];
    const ids = (list: typeof rows) => rankWorkers(list, { bottomCount: 1 }).map((r) => r.staffId);
    expect(ids(rows)).toEqual([5, 3, 9]);
    expect(ids([...rows].reverse())).toEqual([5, 3, 9]);
  });

  it('flags everyone tied at the bottom boundary', () => {
    const rows = [entry(1, '甲', 95), entry(2, '乙', 80), entry(3, '丙', 70), entry(4, '丁', 70)];
    const flagged = (bottomCount: number) =>
      rankWorkers(rows, { bottomCount })
        .filter((r) => r.bottom)
        .map((r) => r.staffId);
    expect(flagged(1)).toEqual([3, 4]);
    expect(flagged(2)).toEqual([3, 4]);
    expect(flagged(3)).toEqual([2, 3, 4]);
    expect(flagged(0)).toEqual([]);
  });

  it('flags all when all tie, and ranks them all first', () => {
    const ranked = rankWorkers([entry(1, '甲', 88), entry(2, '乙', 88), entry(3, '丙', 88)], { bottomCount: 1 });
    expect(ranked.map((r) => [r.rank, r.bottom])).toEqual([
      [1, true],
      [1, true],
      [1, true],
    ]);
  });

  it('keeps what each row carries', () => {
    const [only] = rankWorkers([{ ...entry(1, '周敏', 77.7), grade: 'pass' }], { bottomCount: 1 });
    expect(only).toEqual({ staffId: 1, name: '周敏', total: 77.7, grade: 'pass', rank: 1, bottom: true });
  });
});
