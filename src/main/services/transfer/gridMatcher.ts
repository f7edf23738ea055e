// Which micro-grid a 所属网格 cell names: its code (ZX-01-03), its path with any separator
// (振兴社区/第一网格/第03微网格, 振兴社区第一网格第3微网格), or its name when only one micro-grid has it.
import type { Ctx } from '../context';
import { isGridInScope } from '../scope';

export type GridMatch = { gridId: number } | { problem: 'gridUnknown' | 'gridAmbiguous' };

interface GridRow {
  id: number;
  parentId: number | null;
  level: string;
  name: string;
  code: string | null;
}

/** Case, width, separators and leading zeros do not matter: 第3微网格 is 第03微网格. */
function gridKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\d+/g, (digits) => String(Number(digits)))
    .replace(/[\s/\\|>＞、,，·.\-—_:：]+/g, '');
}

/** Codes keep their separators (ZX-1-13 is not ZX-11-3); only case, width and spaces do not matter. */
function codeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export interface GridMatcher {
  match(text: string): GridMatch;
  /** The street's and communities' names, which an address may begin with. */
  placeNames: string[];
  /** 社区 / 综合网格 / 微网格 of a grid, for messages. */
  pathOf(gridId: number): string;
}

export function gridMatcher(ctx: Ctx): GridMatcher {
  const rows = ctx.sqlite
    .prepare('select id, parent_id as parentId, level, name, code from grids where archived_at is null')
    .all() as GridRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const byCode = new Map<string, number>();
  const byKey = new Map<string, Set<number>>();
  const add = (key: string, id: number) => {
    if (!key) return;
    const ids = byKey.get(key) ?? new Set<number>();
    ids.add(id);
    byKey.set(key, ids);
  };
  for (const micro of rows) {
    if (micro.level !== 'micro_grid' || !isGridInScope(ctx, micro.id)) continue;
    if (micro.code) byCode.set(codeKey(micro.code), micro.id);
    const ancestors: GridRow[] = [];
    for (let up = byId.get(micro.parentId ?? -1); up; up = byId.get(up.parentId ?? -1)) ancestors.unshift(up);
    // Every choice of ancestors, kept in order, before the micro-grid's own name: 第03微网格, 第一网格第03微网格,
    // 振兴社区第03微网格, 振兴社区第一网格第03微网格, 天目山街道振兴社区第一网格第03微网格 ...
    for (let mask = 0; mask < 1 << ancestors.length; mask++) {
      const names = ancestors.filter((_, i) => mask & (1 << i)).map((a) => a.name);
      add(gridKey([...names, micro.name].join('')), micro.id);
    }
  }
  return {
    match(text) {
      const coded = byCode.get(codeKey(text));
      if (coded !== undefined) return { gridId: coded };
      const ids = [...(byKey.get(gridKey(text)) ?? [])];
      if (ids.length === 0) return { problem: 'gridUnknown' };
      if (ids.length > 1) return { problem: 'gridAmbiguous' };
      return { gridId: ids[0] as number };
    },
    placeNames: rows.filter((r) => r.level === 'street' || r.level === 'community').map((r) => r.name),
    pathOf(gridId) {
      const names: string[] = [];
      for (let grid = byId.get(gridId); grid && grid.level !== 'street'; grid = byId.get(grid.parentId ?? -1)) {
        names.unshift(grid.name);
      }
      return names.join(' / ');
    },
  };
}
