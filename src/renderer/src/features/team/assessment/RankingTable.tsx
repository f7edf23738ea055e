// The month's ranking: every worker on the roster that month with total, grade, 末位 and 暂定; a row opens the sheet.
import { Alert, Button, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { RankingRow } from '../../../../../shared/contract/team';
import { useQueryProc } from '../../../api/hooks';
import { describeError } from '../../../i18n/describeError';
import { currentMonth, monthText, pointsText, sheetPath } from './assessmentFormat';
import { GradeTags } from './GradeTags';

export function RankingTable({ month }: { month: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ranking = useQueryProc('team.ranking', { month }, { staleTime: 0 });
  const rows = ranking.data?.rows ?? [];

  const columns: ColumnsType<RankingRow> = [
    { key: 'rank', title: t('teamAssessment.columns.rank'), width: 70, align: 'center', dataIndex: 'rank' },
    {
      key: 'name',
      title: t('teamAssessment.columns.name'),
      width: 120,
      render: (_, row) => (
        <Link to={sheetPath(month, row.staffId)} onClick={(event) => event.stopPropagation()}>
          {row.name}
        </Link>
      ),
    },
    {
      key: 'employment',
      title: t('teamAssessment.columns.employment'),
      width: 90,
      render: (_, row) => t(`employmentKinds.${row.employment}`),
    },
    {
      key: 'grids',
      title: t('teamAssessment.columns.grids'),
      ellipsis: true,
      render: (_, row) => (row.grids.length > 0 ? row.grids.join('、') : '—'),
    },
    {
      key: 'total',
      title: t('teamAssessment.columns.total'),
      width: 90,
      align: 'right',
      render: (_, row) => <Typography.Text strong>{pointsText(row.total)}</Typography.Text>,
    },
    {
      key: 'grade',
      title: t('teamAssessment.columns.grade'),
      width: 190,
      render: (_, row) => <GradeTags grade={row.grade} bottom={row.bottom} complete={row.complete} />,
    },
    {
      key: 'deducted',
      title: t('teamAssessment.columns.deducted'),
      width: 80,
      align: 'right',
      render: (_, row) =>
        row.deducted > 0 ? <Typography.Text type="danger">−{pointsText(row.deducted)}</Typography.Text> : '—',
    },
  ];

  return (
    <>
      {month === currentMonth() && (
        <Alert
          className="assessment-banner"
          type="info"
          showIcon
          message={t('teamAssessment.thisMonthProvisional', { month: monthText(month, t) })}
        />
      )}
      {ranking.isError && (
        <Alert
          className="assessment-banner"
          type="error"
          showIcon
          message={describeError(ranking.error, t)}
          action={<Button onClick={() => ranking.refetch()}>{t('common.retry')}</Button>}
        />
      )}
      <Table<RankingRow>
        rowKey="staffId"
        size="middle"
        loading={ranking.isPending}
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowClassName={(row) => (row.bottom ? 'assessment-row assessment-row-bottom' : 'assessment-row')}
        onRow={(row) => ({ onClick: () => navigate(sheetPath(month, row.staffId)) })}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={ranking.isError ? ' ' : t('teamAssessment.emptyRanking', { month: monthText(month, t) })}
            >
              {!ranking.isError && (
                <Link to="/team/staff">
                  <Button>{t('nav.items.teamStaff')}</Button>
                </Link>
              )}
            </Empty>
          ),
        }}
      />
    </>
  );
}
