// The places on the grids by grid, kind and name: when each was last inspected and its hazards still open; a manager
// edits a place or records an inspection of it from its row.
import { Badge, Button, Card, Flex, Input, Select, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceRow } from '../../../../../shared/contract/team';
import { type PlaceKind, placeKinds } from '../../../../../shared/domain/gridTeam';
import { useInfiniteProc } from '../../../api/hooks';
import { GridTreeSelect } from '../../../components/GridTreeSelect';
import { InfiniteTable } from '../../../components/InfiniteTable';
import { FilteredListEmpty } from '../../../components/ListEmpty';
import { useDebouncedValue } from '../../../components/useDebouncedValue';
import { PlaceKindTag } from './placeTags';

interface Filters {
  gridId?: number;
  kind?: PlaceKind;
  q?: string;
}

interface Props {
  canManage: boolean;
  onInspect?: (place: PlaceRow) => void;
  onEdit?: (place: PlaceRow) => void;
}

function useColumns({ onInspect, onEdit }: Props): TableColumnsType<PlaceRow> {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('teamField.none')}</Typography.Text>;
  const columns: TableColumnsType<PlaceRow> = [
    { key: 'name', title: t('teamField.places.name'), dataIndex: 'name', width: 170, ellipsis: true },
    {
      key: 'kind',
      title: t('teamField.places.kind'),
      width: 108,
      render: (_, row) => <PlaceKindTag kind={row.kind} />,
    },
    { key: 'address', title: t('teamField.places.address'), dataIndex: 'address', ellipsis: true },
    { key: 'grid', title: t('teamField.grid'), dataIndex: 'gridPath', width: 150, ellipsis: true },
    {
      key: 'contact',
      title: t('teamField.places.contact'),
      width: 160,
      ellipsis: true,
      render: (_, row) =>
        row.contactName || row.contactPhone ? [row.contactName, row.contactPhone].filter(Boolean).join(' ') : none,
    },
    {
      key: 'lastInspected',
      title: t('teamField.places.lastInspected'),
      dataIndex: 'lastInspectedOn',
      width: 96,
      render: (date: string | null) =>
        date ?? <Typography.Text type="warning">{t('teamField.places.never')}</Typography.Text>,
    },
    {
      key: 'openHazards',
      title: t('teamField.places.openHazards'),
      dataIndex: 'openHazards',
      width: 96,
      render: (count: number) =>
        count > 0 ? <Badge status="error" text={t('teamField.places.openHazardsCount', { count })} /> : none,
    },
  ];
  if (onInspect && onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 104,
      render: (_, row) => (
        <Flex gap={0}>
          <Button type="link" size="small" onClick={() => onInspect(row)}>
            {t('teamField.places.inspect')}
          </Button>
          <Button type="link" size="small" onClick={() => onEdit(row)}>
            {t('teamField.places.edit')}
          </Button>
        </Flex>
      ),
    });
  }
  return columns;
}

export function PlaceList(props: Props) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text.trim(), 300);
  const list = useInfiniteProc('team.places', { ...filters, limit: 50 });
  const total = list.data?.pages[0]?.total;
  const filtered = filters.gridId !== undefined || filters.kind !== undefined || Boolean(filters.q);
  const columns = useColumns(props);

  // Only the settled text moves the filter, so typing does not ask the server for every letter.
  useEffect(() => setFilters((current) => ({ ...current, q: settled || undefined })), [settled]);

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
          <Select<PlaceKind>
            allowClear
            aria-label={t('teamField.places.kind')}
            placeholder={t('teamField.places.allKinds')}
            style={{ width: 140 }}
            value={filters.kind}
            onChange={(kind) => setFilters({ ...filters, kind: kind ?? undefined })}
            options={placeKinds.map((kind) => ({ value: kind, label: t(`placeKinds.${kind}`) }))}
          />
          <Input.Search
            allowClear
            aria-label={t('teamField.places.name')}
            placeholder={t('teamField.places.namePlaceholder')}
            style={{ width: 200 }}
            maxLength={30}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </Flex>
        {total !== undefined && (
          <Typography.Text strong className="places-total">
            {t('teamField.places.total', { count: total })}
          </Typography.Text>
        )}
      </Flex>
      <InfiniteTable<PlaceRow>
        list={list}
        rowKey="id"
        label={t('teamField.tabs.places')}
        reserve={72}
        columns={columns}
        loaded={(count) => t('teamField.places.loaded', { count })}
        empty={
          <FilteredListEmpty
            texts={t('teamField.places', { returnObjects: true })}
            filtered={filtered}
            canAdd={props.canManage}
          />
        }
      />
    </Card>
  );
}
