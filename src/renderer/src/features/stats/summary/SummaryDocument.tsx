// The summary as a document: a first page with the heading, the month's state and the commentary (工作说明, read
// before the numbers it explains) followed by the first section, then one page per section. The same markup is
// the working screen, the A4 preview (page-wide sheets) and the paper, whose running head and page numbers are
// @page margin boxes.
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlySummary } from '../../../../../shared/contract/stats';
import { CommentaryEditor } from './CommentaryEditor';
import { SummarySectionView } from './SummarySectionView';
import { summaryMonthText } from './summaryAddress';
import { pageNumberSlots, summaryPageRules } from './summaryPageRules';

interface Props {
  summary: MonthlySummary;
  gridId: number;
  preview: boolean;
}

export function SummaryDocument({ summary, gridId, preview }: Props) {
  const { t } = useTranslation();
  const month = summaryMonthText(summary.month, t);
  const header = t('monthlySummary.printHeader', { scope: summary.scope.name, month });
  const pageRules = summaryPageRules(header, t('monthlySummary.pageOf', pageNumberSlots));
  const fileNameParts = [summary.scope.name, summary.month];
  const [first, ...rest] = summary.sections;
  const runningHead = <div className="summary-running-head">{header}</div>;

  return (
    <div className={preview ? 'summary-document print-sheet summary-preview' : 'summary-document print-sheet'}>
      <style>{pageRules}</style>
      <div className="summary-page">
        {runningHead}
        <header className="summary-heading">
          <Typography.Title level={2} className="summary-heading-title">
            {t('monthlySummary.documentTitle', { scope: summary.scope.name, month })}
          </Typography.Title>
          <div className="summary-heading-line">
            {t('monthlySummary.scopePath', { path: summary.scope.path })}
            {' · '}
            {t('monthlySummary.compared', {
              previous: summaryMonthText(summary.previousMonth, t),
              lastYear: summaryMonthText(summary.lastYearMonth, t),
            })}
          </div>
        </header>
        {summary.provisional && (
          <Alert className="summary-provisional" type="warning" showIcon message={t('monthlySummary.provisional')} />
        )}
        <CommentaryEditor key={`${gridId}/${summary.month}`} summary={summary} gridId={gridId} paper={preview} />
        {first && <SummarySectionView section={first} fileNameParts={fileNameParts} />}
      </div>
      {rest.map((section) => (
        <div className="summary-page" key={section.key}>
          {runningHead}
          <SummarySectionView section={section} fileNameParts={fileNameParts} />
        </div>
      ))}
    </div>
  );
}
