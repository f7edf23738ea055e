// The register by household: address, grid, house use, head, members and the last visit; a row opens its file.
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { HouseholdRow } from '../../../../shared/contract/households';
import { useInfiniteProc } from '../../api/hooks';
import { InfiniteTable } from '../../components/InfiniteTable';
import { HouseUseTag } from './HouseUseTag';
import { RegisterEmpty } from './RegisterEmpty';
import type { RegisterFilters } from './registerFilters';

export const registerPageSize = 100;

export function HouseholdTable({ filters }: { filters: RegisterFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useInfiniteProc('households.list', {
    gridId: filters.gridId,
    address: filters.address,
    houseUse: filters.houseUse,
    limit: registerPageSize,
  });

  return (
    <InfiniteTable<HouseholdRow>
      list={list}
      rowKey="id"
      label={t('register.byHousehold')}
      onRowClick={(row) => navigate(`/households/${row.id}`)}
      loaded={(count) => t('register.loadedHouseholds', { count })}
      empty={<RegisterEmpty title={t('register.emptyHouseholds')} />}
      columns={[
        {
          key: 'address',
          title: t('register.columns.address'),
          dataIndex: 'address',
          ellipsis: true,
          render: (address: string, row) => (
            <Link to={`/households/${row.id}`} onClick={(event) => event.stopPropagation()}>
              {address}
            </Link>
          ),
        },
        { key: 'grid', title: t('register.columns.grid'), dataIndex: 'gridPath', width: 260, ellipsis: true },
        {
          key: 'houseUse',
          title: t('register.columns.houseUse'),
          dataIndex: 'houseUse',
          width: 100,
          render: (use: HouseholdRow['houseUse']) => <HouseUseTag use={use} />,
        },
        {
          key: 'head',
          title: t('register.columns.head'),
          dataIndex: 'headName',
          width: 100,
          render: (name: string | null) =>
            name ?? <Typography.Text type="secondary">{t('register.noHead')}</Typography.Text>,
        },
        { key: 'members', title: t('register.columns.members'), dataIndex: 'memberCount', width: 70, align: 'right' },
        {
          key: 'lastVisit',
          title: t('register.columns.lastVisit'),
          dataIndex: 'lastVisitDate',
          width: 120,
          render: (date: string | null) => date ?? <Tag>{t('register.neverVisited')}</Tag>,
        },
      ]}
    />
  );
}
