// The households not yet visited this month, in a grid or in the grid worker's own grids, each with a quick "record visit".
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OutputOf } from '../../../../shared/contract';
import { useInfiniteProc, useQueryProc } from '../../api/hooks';
import { InfiniteTable } from '../../components/InfiniteTable';
import { useCan } from '../auth/SessionProvider';
import type { VisitTarget } from './RecordVisitModal';

type UnvisitedRow = OutputOf<'visits.unvisited'>['rows'][number];

export function UnvisitedList({
  month,
  monthLabel,
  gridId,
  ownGrids,
  onRecord,
}: {
  month: string;
  monthLabel: string;
  gridId?: number;
  /** A grid worker sees their own grids' households without picking a grid. */
  ownGrids: boolean;
  onRecord: (target: VisitTarget) => void;
}) {
  const { t } = useTranslation();
  const canRecord = useCan('visits.record');
  const shown = ownGrids || gridId !== undefined;
  const list = useInfiniteProc('visits.unvisited', { month, gridId, limit: 100 }, { enabled: shown });
  const coverage = useQueryProc('visits.coverage', { month, gridId }, { enabled: shown });
  const total = list.data?.pages[0]?.total;
  const title = t('visits.unvisitedTitle', { month: monthLabel });

  if (!shown) {
    return (
      <Card title={title}>
        <Alert type="info" showIcon title={t('visits.pickGrid')} />
      </Card>
    );
  }

  const nothingLeft =
    total === 0 ? (
      coverage.data?.total.households === 0 ? (
        <Result status="info" title={t('visits.noHouseholds')} />
      ) : (
        <Result status="success" title={t('visits.allVisited', { month: monthLabel })} />
      )
    ) : null;

  return (
    <Card
      title={title}
      extra={
        total !== undefined && total > 0 && <Tag color="orange">{t('visits.unvisitedCount', { count: total })}</Tag>
      }
    >
      {nothingLeft ?? (
        <InfiniteTable<UnvisitedRow>
          list={list}
          rowKey="householdId"
          label={title}
          reserve={160}
          empty={t('visits.noHouseholds')}
          loaded={(count) => t('register.loadedHouseholds', { count })}
          columns={[
            {
              key: 'address',
              title: t('visits.columns.address'),
              render: (_, row) => (
                <div className="unvisited-address">
                  <Link to={`/households/${row.householdId}`}>{row.address}</Link>
                  <Typography.Text type="secondary" ellipsis>
                    {row.gridPath}
                  </Typography.Text>
                </div>
              ),
            },
            {
              key: 'head',
              title: t('visits.columns.head'),
              dataIndex: 'headName',
              width: 84,
              render: (name: string | null) => name ?? t('common.none'),
            },
            {
              key: 'lastVisit',
              title: t('visits.columns.lastVisit'),
              dataIndex: 'lastVisitDate',
              width: 110,
              render: (date: string | null) =>
                date ?? <Typography.Text type="secondary">{t('visits.never')}</Typography.Text>,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: canRecord ? 150 : 80,
              render: (_, row) => (
                <Flex gap={4}>
                  {canRecord && (
                    <Button
                      size="small"
                      type="primary"
                      ghost
                      icon={<PlusOutlined />}
                      onClick={() => onRecord({ householdId: row.householdId, address: row.address })}
                      aria-label={`${t('visits.record')} ${row.address}`}
                    >
                      {t('visits.record')}
                    </Button>
                  )}
                  <Link to={`/households/${row.householdId}`} aria-label={`${t('visits.openFile')} ${row.address}`}>
                    <Button size="small" type="link" icon={<FileTextOutlined />} />
                  </Link>
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
