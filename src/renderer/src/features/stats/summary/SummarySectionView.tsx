// One section of the summary: its title, its figures with their changes, then its chart beside its table; an
// empty month says so in one line instead of drawing empty axes.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SummarySection } from '../../../../../shared/contract/stats';
import { FigureGrid } from './FigureGrid';
import { SectionChart } from './SectionChart';
import { SectionTable } from './SectionTable';
import { statsLabel } from './summaryFormat';

export function SummarySectionView({ section, fileNameParts }: { section: SummarySection; fileNameParts: string[] }) {
  const { t } = useTranslation();
  const title = statsLabel(t, 'sections', section.key);
  return (
    <section className="summary-section" aria-label={title}>
      <h2 className="summary-section-title">{title}</h2>
      <FigureGrid figures={section.figures} />
      {section.hasData ? (
        <div className="summary-section-body">
          <SectionChart chart={section.chart} fileNameParts={fileNameParts} />
          <div className="summary-section-table">
            <SectionTable table={section.table} />
          </div>
        </div>
      ) : (
        <Typography.Paragraph type="secondary" className="summary-no-data">
          {t('monthlySummary.noData', { section: title })}
        </Typography.Paragraph>
      )}
    </section>
  );
}
