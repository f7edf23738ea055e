// The demo's monthly summaries: the register dated to the centre's opening (so past months' totals can be read),
// and the manager's commentary on last month's summary of the street, as 周卫东 wrote it early this month.
import { localDate, startOfLocalDate } from '../../shared/domain/dates';
import { previousMonth } from '../../shared/domain/months';
import type { AppDb } from '../db/open';

const commentary = [
  '上月街道各项工作总体平稳。入户走访按月推进，三个社区覆盖率均保持在七成以上，凤凰社区走访最为扎实；振兴社区老旧小区多、出租房集中，覆盖率相对偏低，本月请各网格对未走访户逐户补访。',
  '诉求办理方面，环境卫生和民生服务类诉求仍占多数，按时办结率和初次化解率保持高位，回访满意度良好；个别超期办结件集中在物业管理和房屋安全，已责成相关网格和部门说明原因、限期整改。12345 工单数量与上月基本持平，要继续把问题解决在网格、化解在首次。',
  '场所巡查发现的隐患已全部转为诉求跟踪办理，平安巡逻和业务培训按计划开展。各党支部“三会一课”基本按要求召开，在职党员到社区报到服务积极；请党费收缴率偏低的支部本月底前补齐。',
  '下月重点：一是开展冬季燃气和消防安全专项排查；二是做好独居老人、高龄老人冬季走访关怀；三是对考核排名末位的网格员开展谈心谈话，帮助其查找差距、改进工作。',
].join('\n\n');

export interface SummariesSummary {
  commentaries: number;
}

export function generateSummaries(db: AppDb, options: { now: number; since: string }): SummariesSummary {
  const sqlite = db.$client;
  // The demo's households and residents are generated today; a real centre keyed its register in when it opened.
  // Dating them so lets the summary count last month's and last year's totals (migration 0009's triggers follow).
  const opened = startOfLocalDate(options.since);
  sqlite.prepare('update households set created_at = ? where created_at = ?').run(opened, options.now);
  sqlite.prepare('update residents set created_at = ? where created_at = ?').run(opened, options.now);

  const street = sqlite.prepare("select id from grids where level = 'street' order by id limit 1").get() as
    | { id: number }
    | undefined;
  const manager = sqlite.prepare("select id, display_name as name from users where username = 'manager'").get() as
    | { id: number; name: string }
    | undefined;
  if (!street || !manager) return { commentaries: 0 };
  const month = previousMonth(localDate(options.now).slice(0, 7));
  // Written on the third of this month, or today when the month is younger than that.
  const written = Math.min(options.now, startOfLocalDate(`${localDate(options.now).slice(0, 7)}-03`) + 10 * 3_600_000);
  sqlite
    .prepare(
      `insert into monthly_summaries (grid_id, month, commentary, updated_by, updated_by_name, updated_at, version)
       values (?, ?, ?, ?, ?, ?, 1)`,
    )
    .run(street.id, month, commentary, manager.id, manager.name, written);
  return { commentaries: 1 };
}
