// Training (业务培训): sessions newest first, one session with its attendance, recording one, and each worker's
// sessions expected, attended and hours over a period.
import { and, count, desc, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import { trainingHours } from '../../../shared/domain/gridTeam';
import { staff } from '../../db/schema/grids';
import { trainingSessions } from '../../db/schema/team';
import type { Handlers } from '../context';
import { keysetPage } from '../paging';
import { IssueList } from '../party/serviceIssues';
import { staffRowsWhere } from './rosterRows';
import { recordTraining } from './trainingRecord';
import { attendanceBetween, trainingDetailOf, trainingRowColumns } from './trainingRows';

export const trainingHandlers: Handlers<
  'team.trainings' | 'team.training' | 'team.recordTraining' | 'team.trainingHours'
> = {
  'team.trainings': (ctx, input) => {
    const filters: (SQL | undefined)[] = [
      input.fromMonth === undefined ? undefined : gte(trainingSessions.month, input.fromMonth),
      input.toMonth === undefined ? undefined : lte(trainingSessions.month, input.toMonth),
    ];
    const total =
      ctx.db
        .select({ n: count() })
        .from(trainingSessions)
        .where(and(...filters))
        .get()?.n ?? 0;
    // Newest first by date; the cursor is the last session's id, its date read back for the (date, id) key.
    const after =
      input.cursor === undefined
        ? undefined
        : sql`(${trainingSessions.heldOn}, ${trainingSessions.id}) < ((select held_on from training_sessions where id = ${input.cursor}), ${input.cursor})`;
    const rows = ctx.db
      .select(trainingRowColumns)
      .from(trainingSessions)
      .where(and(...filters, after))
      .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.id))
      .limit(input.limit + 1)
      .all();
    const { page, nextCursor } = keysetPage(rows, input.limit, (r) => r.id);
    return { rows: page, total, nextCursor };
  },

  'team.training': (ctx, input) => trainingDetailOf(ctx, input.id),

  'team.recordTraining': recordTraining,

  'team.trainingHours': (ctx, { from, to }) => {
    if (to < from) new IssueList(ctx).add(['to'], 'periodEndsBeforeStart').throwIfAny();
    // Everyone on the roster at some point of the period: started by its end, and not gone before its start.
    const workers = staffRowsWhere(
      ctx,
      and(lte(staff.startedOn, to), or(sql`${staff.status} = 'active'`, gte(staff.statusDate, from))),
    );
    const attendance = attendanceBetween(ctx, from, to);
    const rows = workers.map((w) => {
      const mine = attendance.filter((a) => a.staffId === w.id);
      const present = mine.filter((a) => a.present);
      return {
        staffId: w.id,
        name: w.name,
        expected: mine.length,
        attended: present.length,
        hours: trainingHours(present, w.id, from, to),
      };
    });
    return { rows };
  },
};
