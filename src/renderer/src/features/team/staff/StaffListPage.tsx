// The team roster: filters in the address, the matching workers in one table (a roster is tens of people, so it is
// read whole); a row, or its name by keyboard, opens the worker's page.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { StaffRow } from '../../../../../shared/contract/team';
import { useQueryProc } from '../../../api/hooks';
import { FilteredListEmpty } from '../../../components/ListEmpty';
import { PageTitle } from '../../../components/PageTitle';
import { useFillHeight } from '../../../components/useFillHeight';
import { useCan } from '../../auth/SessionProvider';
import { AddStaffModal } from './AddStaffModal';
import { readStaffFilters, StaffFilterBar, type StaffFilters, writeStaffFilters } from './StaffFilterBar';
import { EmploymentTag, StaffStatusTag } from './staffTags';

export function StaffListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('team.manage');
  const [params, setParams] = useSearchParams();
  const filters = readStaffFilters(params);
  const list = useQueryProc('team.staff', filters);
  const [adding, setAdding] = useState(false);
  const [ref, height] = useFillHeight<HTMLDivElement>(48);
  const rows = list.data?.rows ?? [];
  const filtered = filters.status !== 'active' || !!filters.employment || !!filters.q;

  const change = (patch: Partial<StaffFilters>) =>
    setParams(writeStaffFilters({ ...filters, ...patch }), { replace: true });

  return (
    <>
      <PageTitle
        title={t('teamStaff.title')}
        intro={t('teamStaff.intro')}
        actions={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('teamStaff.add')}
            </Button>
          )
        }
      />
      <Card className="staff-card">
        <Flex justify="space-between" align="start" gap={12}>
          <StaffFilterBar filters={filters} onChange={change} />
          {list.data && (
            <Typography.Text strong className="staff-total">
              {t('teamStaff.total', { count: rows.length })}
            </Typography.Text>
          )}
        </Flex>
        <div ref={ref}>
          <Table<StaffRow>
            size="middle"
            rowKey="id"
            aria-label={t('teamStaff.title')}
            loading={list.isPending}
            dataSource={rows}
            pagination={false}
            scroll={{ y: Math.max(height - 56, 200) }}
            onRow={(row) => ({ onClick: () => navigate(`/team/staff/${row.id}`), className: 'staff-row' })}
            locale={{
              emptyText: list.isError ? (
                <Empty description={t('common.loadFailed')} />
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    <FilteredListEmpty
                      texts={{
                        ...t('teamStaff', { returnObjects: true }),
                        emptyReadOnly: t('teamStaff.emptyHintReadOnly'),
                      }}
                      filtered={filtered}
                      canAdd={canManage}
                    />
                  }
                />
              ),
            }}
            columns={[
              {
                key: 'name',
                title: t('teamStaff.columns.name'),
                width: 110,
                render: (_: unknown, row) => (
                  <Link to={`/team/staff/${row.id}`} onClick={(event) => event.stopPropagation()}>
                    {row.name}
                  </Link>
                ),
              },
              {
                key: 'employment',
                title: t('teamStaff.columns.employment'),
                width: 110,
                render: (_: unknown, row) => <EmploymentTag employment={row.employment} />,
              },
              {
                key: 'position',
                title: t('teamStaff.columns.position'),
                width: 140,
                ellipsis: true,
                render: (_: unknown, row) => row.position || t('common.none'),
              },
              {
                key: 'grids',
                title: t('teamStaff.columns.grids'),
                ellipsis: true,
                render: (_: unknown, row) =>
                  row.grids.length > 0 ? row.grids.join(t('common.listSeparator')) : t('teamStaff.noGrids'),
              },
              { key: 'phone', title: t('teamStaff.columns.phone'), dataIndex: 'phone', width: 130 },
              { key: 'startedOn', title: t('teamStaff.columns.startedOn'), dataIndex: 'startedOn', width: 110 },
              {
                key: 'status',
                title: t('teamStaff.columns.status'),
                width: 150,
                render: (_: unknown, row) => (
                  <Flex gap={4} align="center">
                    <StaffStatusTag status={row.status} />
                    {row.status !== 'active' && row.statusDate && (
                      <Typography.Text type="secondary" className="staff-number">
                        {row.statusDate}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </div>
      </Card>
      <AddStaffModal
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(worker) => navigate(`/team/staff/${worker.id}`)}
      />
    </>
  );
}
