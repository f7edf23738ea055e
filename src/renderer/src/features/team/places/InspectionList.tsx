// The inspections made, newest first, by grid and month; a hazard shows the case it became, linked to it.
import { Card, DatePicker, Flex, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InspectionRow } from '../../../../../shared/contract/team';
import { localDate } from '../../../../../shared/domain/dates';
import { useInfiniteProc } from '../../../api/hooks';
import { GridTreeSelect } from '../../../components/GridTreeSelect';
import { InfiniteTable } from '../../../components/InfiniteTable';
import { FilteredListEmpty } from '../../../components/ListEmpty';
import { CaseNumber, CaseStatusTag } from '../../cases/caseTags';
import { PlaceKindTag } from './placeTags';

interface Filters {
  gridId?: number;
  month?: string;
}

function useColumns(): TableColumnsType<InspectionRow> {
  const { t } = useTranslation();
  return [
    { key: 'date', title: t('teamField.records.date'), dataIndex: 'inspectedOn', width: 110 },
    {
      key: 'place',
      title: t('teamField.records.place'),
      width: 230,
      ellipsis: true,
      render: (_, row) => (
        <span>
          <PlaceKindTag kind={row.placeKind} />
          {row.placeName}
        </span>
      ),
    },
    { key: 'grid', title: t('teamField.grid'), dataIndex: 'gridPath', width: 170, ellipsis: true },
    { key: 'inspector', title: t('teamField.records.inspector'), dataIndex: 'inspectorName', width: 90 },
    {
      key: 'findings',
      title: t('teamField.records.findings'),
      dataIndex: 'findings',
      ellipsis: { showTitle: true },
      render: (findings: string) =>
        findings || <Typography.Text type="secondary">{t('teamField.none')}</Typography.Text>,
    },
    {
      key: 'hazard',
      title: t('teamField.records.hazard'),
      width: 230,
      render: (_, row) => {
        if (row.caseId && row.caseNumber) {
          return (
            <Flex gap={4} align="center">
              <Link to={`/cases/${row.caseId}`}>
                <CaseNumber number={row.caseNumber} />
              </Link>
              {row.caseStatus && <CaseStatusTag status={row.caseStatus} />}
            </Flex>
          );
        }
        return row.hazardFound ? (
          <Typography.Text type="warning">{t('teamField.records.hazardNoCase')}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('teamField.records.noHazard')}</Typography.Text>
        );
      },
    },
  ];
}

export function InspectionList({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const list = useInfiniteProc('team.inspections', { ...filters, limit: 50 });
  const total = list.data?.pages[0]?.total;
  const filtered = filters.gridId !== undefined || filters.month !== undefined;
  const thisMonth = localDate(Date.now()).slice(0, 7);
  const columns = useColumns();

  return (
    <Card className="places-card">
      <Flex justify="space-between" align="start" gap={12}>
        <Flex gap={8} wrap align="center" className="places-filters">
          <GridTreeSelect
            allowClear
            label={t('teamField.grid')}
            placeholder={t('teamField.allGrids')}
            style={{ width: 240 }}
            value={filters.gridId}
            onChange={(gridId) => setFilters({ ...filters, gridId })}
          />
          <DatePicker
            picker="month"
            aria-label={t('teamField.month')}
            placeholder={t('teamField.month')}
            format={t('teamField.monthFormat')}
            style={{ width: 160 }}
            value={filters.month ? dayjs(`${filters.month}-01`) : null}
            disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
            onChange={(day) => setFilters({ ...filters, month: day ? day.format('YYYY-MM') : undefined })}
          />
        </Flex>
        {total !== undefined && (
          <Typography.Text strong className="places-total">
            {t('teamField.records.total', { count: total })}
          </Typography.Text>
        )}
      </Flex>
      <InfiniteTable<InspectionRow>
        list={list}
        rowKey="id"
        label={t('teamField.tabs.records')}
        reserve={72}
        columns={columns}
        loaded={(count) => t('teamField.records.loaded', { count })}
        empty={
          <FilteredListEmpty
            texts={t('teamField.records', { returnObjects: true })}
            filtered={filtered}
            canAdd={canManage}
          />
        }
      />
    </Card>
  );
}
