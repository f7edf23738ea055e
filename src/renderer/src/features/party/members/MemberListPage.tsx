// The roster: filters in the address, every matching member in a virtual table; a row opens the member's file.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { MemberRow } from '../../../../../shared/contract/party';
import { useInfiniteProc } from '../../../api/hooks';
import { InfiniteTable } from '../../../components/InfiniteTable';
import { FilteredListEmpty } from '../../../components/ListEmpty';
import { PageTitle } from '../../../components/PageTitle';
import { useCan } from '../../auth/SessionProvider';
import { AddMemberDrawer } from './AddMemberDrawer';
import { MemberExportButton } from './MemberExportButton';
import { MemberFilterBar } from './MemberFilterBar';
import { useMemberColumns } from './memberColumns';
import { hasRosterFilters, type RosterFilters, readRosterFilters, writeRosterFilters } from './memberListFilters';

export function MemberListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('party.manage');
  const [params, setParams] = useSearchParams();
  const filters = readRosterFilters(params);
  const list = useInfiniteProc('party.members', { ...filters, limit: 50 });
  const columns = useMemberColumns();
  const [adding, setAdding] = useState(false);
  const total = list.data?.pages[0]?.total;

  const change = (patch: Partial<RosterFilters>) =>
    setParams(writeRosterFilters({ ...filters, ...patch }), { replace: true });
  const filtered = hasRosterFilters(filters);

  return (
    <>
      <PageTitle
        title={t('partyRoster.title')}
        intro={t('partyRoster.intro')}
        actions={
          <Flex gap={8}>
            <MemberExportButton filters={filters} />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('partyRoster.add')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card className="roster-card">
        <Flex justify="space-between" align="start" gap={12}>
          <MemberFilterBar filters={filters} onChange={change} />
          {total !== undefined && (
            <Typography.Text strong className="roster-total">
              {t('partyRoster.total', { count: total })}
            </Typography.Text>
          )}
        </Flex>
        <InfiniteTable<MemberRow>
          list={list}
          rowKey="id"
          label={t('partyRoster.title')}
          reserve={72}
          onRowClick={(row) => navigate(`/party/members/${row.id}`)}
          loaded={(count) => t('partyRoster.loaded', { count })}
          empty={
            <FilteredListEmpty
              texts={{
                ...t('partyRoster', { returnObjects: true }),
                emptyReadOnly: t('partyRoster.emptyHintReadOnly'),
              }}
              filtered={filtered}
              canAdd={canManage}
            />
          }
          columns={columns}
        />
      </Card>
      <AddMemberDrawer
        open={adding}
        branchId={filters.branchId}
        onClose={() => setAdding(false)}
        onAdded={(member) => navigate(`/party/members/${member.id}`)}
      />
    </>
  );
}
