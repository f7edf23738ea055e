// A month's assessment as the screens read it: every worker of the month scored under the plan in force with their
// manual points and deductions, ranked with the 末位 flag; and one worker's score sheet taken from that ranking.
import type { RankingRow, ScoreSheet } from '../../../shared/contract/team';
import { type AssessmentPlan, type WorkerScore, workerScore } from '../../../shared/domain/assessment';
import { rankWorkers } from '../../../shared/domain/assessmentRanking';
import { employmentKinds } from '../../../shared/domain/gridTeam';
import type { Ctx } from '../context';
import { gridPaths } from '../scope';
import { type MonthSpan, type MonthWorker, monthGrids, monthlyFacts, monthRoster, monthSpan } from './assessmentFacts';
import { domainPlan, type PlanInForce, planInForce } from './assessmentPlan';

interface Entries {
  manual: Map<number, Record<string, number>>;
  deductions: Map<number, { id: number; reason: string; points: number; at: number }[]>;
}

/**
 * The month's manual points and deductions, tenths read as points. Points for an item the plan in force no longer
 * has as manual stay stored but do not count.
 */
function monthEntries(ctx: Ctx, month: string, plan: AssessmentPlan): Entries {
  const manualKeys = new Set(plan.items.filter((i) => i.source === 'manual').map((i) => i.key));
  const manual = new Map<number, Record<string, number>>();
  const points = ctx.sqlite
    .prepare(
      'select staff_id as staffId, item_key as itemKey, points_tenths as tenths from assessment_manual_points where month = ?',
    )
    .all(month) as { staffId: number; itemKey: string; tenths: number }[];
  for (const row of points) {
    if (!manualKeys.has(row.itemKey)) continue;
    manual.set(row.staffId, { ...manual.get(row.staffId), [row.itemKey]: row.tenths / 10 });
  }
  const deductions: Entries['deductions'] = new Map();
  const rows = ctx.sqlite
    .prepare(
      `select id, staff_id as staffId, reason, points_tenths as tenths, created_at as at from assessment_deductions
        where month = ? order by id`,
    )
    .all(month) as { id: number; staffId: number; reason: string; tenths: number; at: number }[];
  for (const { staffId, tenths, ...row } of rows) {
    deductions.set(staffId, [...(deductions.get(staffId) ?? []), { ...row, points: tenths / 10 }]);
  }
  return { manual, deductions };
}

export interface ScoredWorker extends MonthWorker {
  score: WorkerScore;
  grids: string[];
  deductionRows: ScoreSheet['deductions'];
}

export interface MonthAssessment {
  span: MonthSpan;
  inForce: PlanInForce;
  ranked: (ScoredWorker & RankingRow)[];
}

/** Every worker of the month, scored and ranked. */
export function assessMonth(ctx: Ctx, month: string): MonthAssessment {
  const span = monthSpan(month);
  const inForce = planInForce(ctx);
  const plan = domainPlan(inForce.plan);
  const workers = monthRoster(ctx, span);
  const facts = monthlyFacts(ctx, span, workers);
  const entries = monthEntries(ctx, month, plan);
  const grids = monthGrids(
    ctx,
    span,
    workers.map((w) => w.staffId),
  );
  const paths = gridPaths(ctx, [...grids.values()].flat());
  const scored = workers.map((worker) => {
    const deductionRows = entries.deductions.get(worker.staffId) ?? [];
    const counted = facts.get(worker.staffId);
    if (!counted) throw new Error(`No facts gathered for staff ${worker.staffId}`);
    const score = workerScore(plan, counted, entries.manual.get(worker.staffId) ?? {}, deductionRows);
    const gridNames = (grids.get(worker.staffId) ?? []).map((id) => paths.get(id) ?? '').sort();
    return {
      ...worker,
      score,
      grids: gridNames,
      deductionRows,
      total: score.total,
      grade: score.grade,
      complete: score.complete,
      deducted: score.deducted,
    };
  });
  // Full- and part-time workers do different work (cases are the full-time workers'): each kind is ranked among its
  // own and the bottom of each is flagged, so nobody is 末位 for work their post does not give them.
  const ranked = employmentKinds.flatMap((kind) =>
    rankWorkers(
      scored.filter((worker) => worker.employment === kind),
      { bottomCount: plan.bottomCount },
    ),
  );
  return { span, inForce, ranked };
}

/** The ranking row as the contract has it. */
export function rankingRowOf(row: ScoredWorker & RankingRow): RankingRow {
  const { staffId, name, employment, grids, status, total, grade, rank, bottom, complete, deducted } = row;
  return { staffId, name, employment, grids, status, total, grade, rank, bottom, complete, deducted };
}

/** One worker's sheet: each line with the item's label, the deductions, and their place in the month's ranking. */
export function sheetOf(assessment: MonthAssessment, row: ScoredWorker & RankingRow): ScoreSheet {
  const labels = new Map(assessment.inForce.plan.items.map((item) => [item.key, item.label]));
  return {
    ...rankingRowOf(row),
    month: assessment.span.month,
    lines: row.score.lines.map((line) => ({ ...line, label: labels.get(line.key) ?? null })),
    earned: row.score.earned,
    deductedApplied: row.score.deductedApplied,
    deductions: row.deductionRows,
  };
}
