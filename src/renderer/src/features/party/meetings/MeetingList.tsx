// The meetings held, newest first: by branch, type and a range of months; a row opens the meeting.
import { Card, DatePicker, Flex, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MeetingRow } from '../../../../../shared/contract/party';
import { type MeetingType, meetingTypes } from '../../../../../shared/domain/partyLife';
import { useInfiniteProc } from '../../../api/hooks';
import { CellButton } from '../../../components/CellButton';
import { InfiniteTable } from '../../../components/InfiniteTable';
import { ListEmpty } from '../../../components/ListEmpty';
import { BranchSelect } from '../BranchSelect';

export interface MeetingFilters {
  branchId?: number;
  type?: MeetingType;
  fromMonth?: string;
  toMonth?: string;
}

interface Props {
  filters: MeetingFilters;
  onChange: (filters: MeetingFilters) => void;
  thisMonth: string;
  canRecord: boolean;
  onOpen: (id: number) => void;
}

export function MeetingTypeTag({ type }: { type: MeetingType }) {
  const { t } = useTranslation();
  return <Tag className={`meeting-type-tag meeting-type-${type}`}>{t(`meetingTypes.${type}`)}</Tag>;
}

export function MeetingList({ filters, onChange, thisMonth, canRecord, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  // "Present 163 / absent 2" needs more room than 出席 163 / 缺席 2; the topic gives way.
  const english = i18n.language === 'en';
  const list = useInfiniteProc('party.meetings', { ...filters, limit: 50 });
  const total = list.data?.pages[0]?.total;
  const onlyThisMonth =
    filters.fromMonth === thisMonth && filters.toMonth === thisMonth && !filters.branchId && !filters.type;
  const format = t('partyLife.monthFormat');

  const emptyTitle = onlyThisMonth ? t('partyLife.list.emptyMonth') : t('partyLife.list.emptyFiltered');
  const emptyHint = !canRecord
    ? t('partyLife.list.emptyReadOnly')
    : onlyThisMonth
      ? t('partyLife.list.emptyMonthHint')
      : t('partyLife.list.emptyFilteredHint');

  return (
    <Card className="meeting-list" title={t('partyLife.list.title')}>
      <Flex gap={8} wrap align="center" className="meeting-list-bar">
        <BranchSelect allowAll value={filters.branchId} onChange={(branchId) => onChange({ ...filters, branchId })} />
        <Select<MeetingType>
          allowClear
          aria-label={t('partyLife.list.type')}
          placeholder={t('partyLife.list.allTypes')}
          style={{ width: 160 }}
          value={filters.type}
          onChange={(type) => onChange({ ...filters, type: type ?? undefined })}
          options={meetingTypes.map((type) => ({ value: type, label: t(`meetingTypes.${type}`) }))}
        />
        <DatePicker.RangePicker
          picker="month"
          aria-label={t('partyLife.list.months')}
          format={format}
          style={{ width: 260 }}
          value={
            filters.fromMonth && filters.toMonth
              ? [dayjs(`${filters.fromMonth}-01`), dayjs(`${filters.toMonth}-01`)]
              : null
          }
          disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
          onChange={(range) =>
            onChange({
              ...filters,
              fromMonth: range?.[0]?.format('YYYY-MM'),
              toMonth: range?.[1]?.format('YYYY-MM'),
            })
          }
        />
        {total !== undefined && (
          <Typography.Text strong className="meeting-list-total">
            {t('partyLife.list.total', { count: total })}
          </Typography.Text>
        )}
      </Flex>
      <InfiniteTable<MeetingRow>
        list={list}
        rowKey="id"
        label={t('partyLife.list.title')}
        reserve={96}
        onRowClick={(row) => onOpen(row.id)}
        loaded={(count) => t('partyLife.list.loaded', { count })}
        empty={<ListEmpty title={emptyTitle} hint={emptyHint} />}
        columns={[
          { key: 'heldOn', title: t('partyLife.list.columns.heldOn'), dataIndex: 'heldOn', width: 108 },
          {
            key: 'branch',
            title: t('partyLife.list.columns.branch'),
            dataIndex: 'branchName',
            width: 180,
            ellipsis: true,
          },
          {
            key: 'type',
            title: t('partyLife.list.columns.type'),
            dataIndex: 'type',
            width: 140,
            render: (type: MeetingType) => <MeetingTypeTag type={type} />,
          },
          {
            key: 'topic',
            title: t('partyLife.list.columns.topic'),
            dataIndex: 'topic',
            ellipsis: true,
            render: (topic: string, row) => <CellButton onOpen={() => onOpen(row.id)}>{topic}</CellButton>,
          },
          {
            key: 'presenter',
            title: t('partyLife.list.columns.presenter'),
            dataIndex: 'presenter',
            width: 140,
            ellipsis: true,
          },
          {
            key: 'attendance',
            title: t('partyLife.list.columns.attendance'),
            width: english ? 190 : 150,
            render: (_: unknown, row) => (
              <span className={row.absent > 0 ? 'meeting-attendance-some' : undefined}>
                {t('partyLife.list.attendance', { present: row.present, absent: row.absent })}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
