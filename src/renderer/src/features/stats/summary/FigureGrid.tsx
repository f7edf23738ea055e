// A section's figures as a compact grid: each value with its change against last month (环比) and the same month
// last year (同比). Arrows stay neutral grey: whether a rise is good depends on the figure (more overdue cases is
// bad, more satisfaction good), and a wrong colour would mislead more than none.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SummaryFigure } from '../../../../../shared/contract/stats';
import { type ChangeView, changeView, noValue, statsLabel, unitText, valueText } from './summaryFormat';

const arrows = { up: <ArrowUpOutlined />, down: <ArrowDownOutlined />, flat: null };

function Change({ label, change }: { label: string; change: ChangeView | null }) {
  const { t } = useTranslation();
  return (
    <div className="summary-change">
      <span className="summary-change-label">{label}</span>
      {change ? (
        <span className={`summary-change-value summary-change-${change.direction}`}>
          {arrows[change.direction] && (
            <span className="summary-change-arrow" aria-hidden>
              {arrows[change.direction]}
            </span>
          )}
          {change.text}
        </span>
      ) : (
        <Tooltip title={t('monthlySummary.noComparison')}>
          <span className="summary-change-value">{noValue}</span>
        </Tooltip>
      )}
    </div>
  );
}

export function FigureGrid({ figures }: { figures: SummaryFigure[] }) {
  const { t } = useTranslation();
  return (
    <div className="summary-figures">
      {figures.map((figure) => {
        const unit = figure.value === null ? undefined : unitText(figure.kind, t);
        return (
          <div key={figure.key} className="summary-figure">
            <div className="summary-figure-label">{statsLabel(t, 'figures', figure.key)}</div>
            <div className="summary-figure-value">
              {valueText(figure.kind, figure.value)}
              {unit && <span className="summary-figure-unit">{unit}</span>}
            </div>
            <Change
              label={t('monthlySummary.monthOnMonth')}
              change={changeView(figure.kind, figure.value, figure.previous, t)}
            />
            <Change
              label={t('monthlySummary.yearOnYear')}
              change={changeView(figure.kind, figure.value, figure.lastYear, t)}
            />
          </div>
        );
      })}
    </div>
  );
}
