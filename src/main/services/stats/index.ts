// What managers read and print: the dashboard (dashboard.ts), the monthly summary and its sheet (summary*.ts).
import type { Handlers } from '../context';
import { dashboardHandlers } from './dashboard';
import { summaryHandlers } from './summary';

export const statsHandlers: Handlers<
  'dashboard.today' | 'dashboard.trends' | 'summaries.month' | 'summaries.saveCommentary' | 'exports.monthlySummary'
> = {
  ...dashboardHandlers,
  ...summaryHandlers,
};
