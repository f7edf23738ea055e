// Who a case can be dispatched to (cases.handlers): the accounts that handle cases, the grid's own workers first,
// each with the grids they serve; and the departments cases went to before, with the usual ones.
import { commonDepartments } from '../../../shared/domain/cases';
import { type Role, roleHasPermission } from '../../../shared/domain/roles';
import type { Ctx } from '../context';
import { gridPaths, gridSubtree } from '../scope';

/** Grid workers first, then the desk and the managers; administrators run the system, not cases. */
const dispatchRoles = ['grid_worker', 'desk', 'manager'] as const satisfies readonly Role[];
const recentCaseWindow = 2000;

function gridAndAncestors(ctx: Ctx, gridId: number): number[] {
  return ctx.sqlite
    .prepare(
      `with recursive up(id, parent_id) as (
         select id, parent_id from grids where id = ?
         union all
         select g.id, g.parent_id from grids g join up on g.id = up.parent_id
       )
       select id from up`,
    )
    .pluck()
    .all(gridId) as number[];
}

export function dispatchTargets(ctx: Ctx, gridId: number | undefined) {
  const handlingRoles = dispatchRoles.filter((role) => roleHasPermission(role, 'cases.handle'));
  const people = ctx.sqlite
    .prepare(
      `select u.id as userId, u.display_name as displayName, u.role as role,
              (select json_group_array(gs.grid_id) from grid_staff gs join staff s on s.id = gs.staff_id
                where s.user_id = u.id and gs.until is null) as servedGrids
         from users u
        where u.active = 1 and u.role in (select value from json_each(?))
        order by u.display_name, u.id`,
    )
    .all(JSON.stringify(handlingRoles)) as { userId: number; displayName: string; role: Role; servedGrids: string }[];
  const served = new Map(people.map((p) => [p.userId, JSON.parse(p.servedGrids) as number[]]));
  const paths = gridPaths(ctx, [...served.values()].flat());
  const near = new Set(gridId === undefined ? [] : [...gridSubtree(ctx, gridId), ...gridAndAncestors(ctx, gridId)]);
  const users = people.map((p) => {
    const grids = served.get(p.userId) ?? [];
    return {
      userId: p.userId,
      displayName: p.displayName,
      role: p.role,
      gridNames: grids.map((id) => paths.get(id) ?? '').filter(Boolean),
      onThisGrid: grids.some((id) => near.has(id)),
    };
  });
  const rank = (u: (typeof users)[number]) =>
    handlingRoles.indexOf(u.role as (typeof handlingRoles)[number]) * 2 + (u.onThisGrid ? 0 : 1);
  users.sort((a, b) => rank(a) - rank(b));

  const used = ctx.sqlite
    .prepare(
      `select handler_department from (
         select handler_department, id from cases where handler_department is not null order by id desc limit ?
       ) group by handler_department order by max(id) desc`,
    )
    .pluck()
    .all(recentCaseWindow) as string[];
  return { users, departments: [...new Set([...used, ...commonDepartments])] };
}
