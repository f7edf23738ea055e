// The monthly summary at district scale (1M residents, 400k households, 500k cases): last month's summary of the
// whole street, every section, as the manager asks for it, beside its floor (summaryFloor.ts): every section's
// figures, chart values and table rows in one hand-written SELECT.
import type { GridDesk } from '../../src/main/app';
import type { MonthlySummary } from '../../src/shared/contract/stats';
import { localDate } from '../../src/shared/domain/dates';
import { previousMonth } from '../../src/shared/domain/months';
import { type BenchRow, timeBeside } from './measure';
import { answerFigures, differingFields, parseSummaryFloor, summaryFloor, summaryFloorParams } from './summaryFloor';

export function summaryBenchmarks(desk: GridDesk, _token: string, now: number, repetitions = 20): BenchRow[] {
  // summaries.read is the manager's: the desk's token does not reach it.
  const login = desk.router.call('auth.login', { username: 'manager', password: 'demo1234' }, { lang: 'zh-CN' });
  if (!login.ok) throw new Error(`auth.login: ${login.error.message}`);
  const { token } = login.data as { token: string };
  const { sqlite } = desk.database;
  const street = sqlite.prepare("select id from grids where level = 'street' order by id limit 1").get() as {
    id: number;
  };
  const input = { gridId: street.id, month: previousMonth(localDate(now).slice(0, 7)) };
  const summary = () => {
    const answer = desk.router.call('summaries.month', input, { token, lang: 'zh-CN' });
    if (!answer.ok) throw new Error(`summaries.month: ${answer.error.message}`);
    return answer.data as MonthlySummary;
  };
  const floor = summaryFloor(sqlite);
  const params = summaryFloorParams(street.id, input.month, now);
  const differing = differingFields(
    answerFigures(summary()),
    parseSummaryFloor(floor.get(params) as Record<string, string>),
  );
  if (differing.length > 0) {
    console.log(`  ! summaries.month: the floor's ${differing.join(', ')} differ from the answer's`);
  }
  return [
    {
      operation: 'summaries.month: last month, the street',
      ...timeBeside(summary, () => parseSummaryFloor(floor.get(params) as Record<string, string>), repetitions),
      targetMs: 300,
    },
  ];
}
