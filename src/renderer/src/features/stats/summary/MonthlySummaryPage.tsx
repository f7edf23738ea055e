// The monthly summary (月度工作总结) of a scope and month at /stats/monthly?gridId=&month=: every section with its
// changes, chart and table, and the commentary; the A4 preview (&print=1), print, PDF and .xlsx.
import { Alert, DatePicker, Flex, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQueryProc } from '../../../api/hooks';
import { GridTreeSelect } from '../../../components/GridTreeSelect';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../i18n/describeError';
import { useGridTree } from '../../grids/useGridTree';
import { currentMonth } from '../../party/reports/reportMonth';
import { SummaryActions } from './SummaryActions';
import { SummaryDocument } from './SummaryDocument';
import { readSummaryAddress, type SummaryAddress, summarySearch } from './summaryAddress';
import '../../../components/printSheet.css';
import './summary.css';

export function MonthlySummaryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const address = readSummaryAddress(params);
  const tree = useGridTree(false);
  // No scope in the address: the top of the tree (the street), written into the address so it can be shared.
  const topGridId = tree.model.roots[0]?.id ?? null;
  const gridId = address.gridId ?? topGridId;
  const go = (next: Partial<SummaryAddress>) =>
    setParams(summarySearch({ ...address, gridId, ...next }), { replace: true });

  useEffect(() => {
    if (address.gridId === null && topGridId !== null) {
      setParams(summarySearch({ ...address, gridId: topGridId }), { replace: true });
    }
  }, [address, topGridId, setParams]);

  const found = useQueryProc(
    'summaries.month',
    { gridId: gridId ?? 0, month: address.month },
    { enabled: gridId !== null },
  );
  const thisMonth = currentMonth();

  return (
    <div className={address.preview ? 'summary-screen summary-screen-preview' : 'summary-screen'}>
      <div className="summary-no-print">
        <PageTitle
          title={t('monthlySummary.title')}
          intro={t('monthlySummary.intro')}
          actions={
            <SummaryActions
              summary={found.data}
              gridId={gridId}
              preview={address.preview}
              onPreview={(preview) => go({ preview })}
            />
          }
        />
        <Flex gap={12} wrap align="center" className="summary-pickers">
          <GridTreeSelect
            label={t('monthlySummary.scope')}
            placeholder={t('monthlySummary.pickScope')}
            value={gridId}
            onChange={(next) => next !== undefined && go({ gridId: next })}
            style={{ width: 280 }}
          />
          <DatePicker
            picker="month"
            aria-label={t('monthlySummary.month')}
            allowClear={false}
            value={dayjs(`${address.month}-01`)}
            format={t('monthlySummary.monthFormat')}
            disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
            onChange={(value) => value && go({ month: value.format('YYYY-MM') })}
          />
          {address.preview && <span className="summary-preview-note">{t('monthlySummary.previewNote')}</span>}
        </Flex>
      </div>
      {gridId === null || found.isPending ? (
        tree.isError ? (
          <Alert type="error" showIcon message={describeError(tree.error, t)} />
        ) : tree.isSuccess && gridId === null ? (
          <Alert type="info" showIcon message={t('monthlySummary.pickScope')} />
        ) : (
          <Skeleton active paragraph={{ rows: 10 }} />
        )
      ) : found.isError ? (
        <Alert
          type="error"
          showIcon
          message={t('monthlySummary.loadFailed')}
          description={describeError(found.error, t)}
        />
      ) : (
        <SummaryDocument summary={found.data} gridId={gridId} preview={address.preview} />
      )}
    </div>
  );
}
