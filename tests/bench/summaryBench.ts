// The monthly summary at district scale (1M residents, 400k households, 500k cases): last month's summary of the
// whole street, every section, as the manager asks for it. Its floor would be nine sections' worth of hand-written
// statements, so it has none.
import type { GridDesk } from '../../src/main/app';
import { localDate } from '../../src/shared/domain/dates';
import { previousMonth } from '../../src/shared/domain/months';
import { type BenchRow, time } from './measure';

export function summaryBenchmarks(desk: GridDesk, _token: string, now: number, repetitions = 20): BenchRow[] {
  // summaries.read is the manager's: the desk's token does not reach it.
  const login = desk.router.call('auth.login', { username: 'manager', password: 'demo1234' }, { lang: 'zh-CN' });
  if (!login.ok) throw new Error(`auth.login: ${login.error.message}`);
  const { token } = login.data as { token: string };
  const street = desk.database.sqlite
    .prepare("select id from grids where level = 'street' order by id limit 1")
    .get() as {
    id: number;
  };
  const input = { gridId: street.id, month: previousMonth(localDate(now).slice(0, 7)) };
  const summary = () => {
    const answer = desk.router.call('summaries.month', input, { token, lang: 'zh-CN' });
    if (!answer.ok) throw new Error(`summaries.month: ${answer.error.message}`);
    return answer.data;
  };
  return [
    {
      operation: 'summaries.month: last month, the street',
      timing: time(summary, repetitions, 3),
      floor: null,
      targetMs: 300,
    },
  ];
}
