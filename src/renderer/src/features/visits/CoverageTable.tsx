// Visit coverage of a month per grid below the chosen one, with a progress bar a row; a row opens that grid.
import { Empty, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import type { GridLevel } from '../../../../shared/domain/gridLevels';
import { useQueryProc } from '../../api/hooks';
import { describeError } from '../../i18n/describeError';
import { GridLevelTag } from '../grids/GridLevelIcon';

type CoverageRow = OutputOf<'visits.coverage'>['rows'][number];

function CoverageBar({ coverage }: { coverage: number | null }) {
  const { t } = useTranslation();
  if (coverage === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const percent = Math.round(coverage * 1000) / 10;
  return (
    <Progress percent={percent} size="small" status={percent >= 100 ? 'success' : 'normal'} format={(p) => `${p}%`} />
  );
}

export function CoverageTable({
  month,
  gridId,
  gridName,
  onOpen,
}: {
  month: string;
  gridId?: number;
  gridName?: string;
  onOpen: (gridId: number) => void;
}) {
  const { t } = useTranslation();
  const coverage = useQueryProc('visits.coverage', { month, gridId });
  if (coverage.isError) return <Typography.Text type="danger">{describeError(coverage.error, t)}</Typography.Text>;
  const total = coverage.data?.total;

  return (
    <>
      <Typography.Paragraph type="secondary">{t('visits.coverageHint')}</Typography.Paragraph>
      <Table<CoverageRow>
        size="small"
        rowKey="gridId"
        loading={coverage.isPending}
        dataSource={coverage.data?.rows}
        pagination={false}
        onRow={(row) => ({ onClick: () => onOpen(row.gridId), className: 'coverage-row' })}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={gridName ? t('visits.noSubGrids', { name: gridName }) : t('visits.noCoverage')}
            />
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('visits.grid'),
            dataIndex: 'name',
            render: (name: string, row) => (
              <span className="coverage-grid">
                <Typography.Link>{name}</Typography.Link>
                <GridLevelTag level={row.level as GridLevel} />
              </span>
            ),
          },
          { key: 'households', title: t('visits.households'), dataIndex: 'households', width: 72, align: 'right' },
          { key: 'visited', title: t('visits.visited'), dataIndex: 'visited', width: 72, align: 'right' },
          {
            key: 'coverage',
            title: t('visits.coverage'),
            dataIndex: 'coverage',
            width: 160,
            render: (value: number | null) => <CoverageBar coverage={value} />,
          },
        ]}
        summary={() =>
          total && (coverage.data?.rows.length ?? 0) > 0 ? (
            <Table.Summary.Row className="coverage-total">
              <Table.Summary.Cell index={0}>{t('visits.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total.households}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {total.visited}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3}>
                <CoverageBar coverage={total.coverage} />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
