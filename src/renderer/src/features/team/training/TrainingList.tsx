// The sessions held, newest first, by a range of months; a row (or its topic, by keyboard) opens the attendance.
import { Card, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TrainingRow } from '../../../../../shared/contract/team';
import type { TrainingOrganiser } from '../../../../../shared/domain/gridTeam';
import { useInfiniteProc } from '../../../api/hooks';
import { CellButton } from '../../../components/CellButton';
import { InfiniteTable } from '../../../components/InfiniteTable';
import { FilteredListEmpty } from '../../../components/ListEmpty';
import { OrganiserTag } from './OrganiserTag';

export interface TrainingFilters {
  fromMonth?: string;
  toMonth?: string;
}

interface Props {
  filters: TrainingFilters;
  onChange: (filters: TrainingFilters) => void;
  canRecord: boolean;
  onOpen: (id: number) => void;
}

export function TrainingList({ filters, onChange, canRecord, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const list = useInfiniteProc('team.trainings', { ...filters, limit: 50 });
  const total = list.data?.pages[0]?.total;
  const filtered = !!filters.fromMonth;
  const thisMonth = dayjs().format('YYYY-MM');

  return (
    <Card className="training-list">
      <Flex gap={8} wrap align="center" className="training-list-bar">
        <DatePicker.RangePicker
          picker="month"
          aria-label={t('teamTraining.list.months')}
          placeholder={[t('teamTraining.list.fromMonth'), t('teamTraining.list.toMonth')]}
          format={t('teamTraining.monthFormat')}
          style={{ width: 260 }}
          value={
            filters.fromMonth && filters.toMonth
              ? [dayjs(`${filters.fromMonth}-01`), dayjs(`${filters.toMonth}-01`)]
              : null
          }
          disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
          onChange={(range) =>
            onChange({ fromMonth: range?.[0]?.format('YYYY-MM'), toMonth: range?.[1]?.format('YYYY-MM') })
          }
        />
        {total !== undefined && (
          <Typography.Text strong className="training-total">
            {t('teamTraining.list.total', { count: total })}
          </Typography.Text>
        )}
      </Flex>
      <InfiniteTable<TrainingRow>
        list={list}
        rowKey="id"
        label={t('teamTraining.tabs.sessions')}
        reserve={72}
        onRowClick={(row) => onOpen(row.id)}
        loaded={(count) => t('teamTraining.list.loaded', { count })}
        empty={
          <FilteredListEmpty
            texts={t('teamTraining.list', { returnObjects: true })}
            filtered={filtered}
            canAdd={canRecord}
          />
        }
        columns={[
          { key: 'heldOn', title: t('teamTraining.columns.heldOn'), dataIndex: 'heldOn', width: 110 },
          {
            key: 'topic',
            title: t('teamTraining.columns.topic'),
            dataIndex: 'topic',
            ellipsis: true,
            render: (topic: string, row) => <CellButton onOpen={() => onOpen(row.id)}>{topic}</CellButton>,
          },
          {
            key: 'organiser',
            title: t('teamTraining.columns.organiser'),
            dataIndex: 'organiser',
            width: 100,
            render: (organiser: TrainingOrganiser) => <OrganiserTag organiser={organiser} />,
          },
          {
            key: 'hours',
            title: t('teamTraining.columns.hours'),
            dataIndex: 'hours',
            width: 90,
            align: 'right',
            render: (hours: number) => t('teamTraining.hoursValue', { hours }),
          },
          {
            key: 'location',
            title: t('teamTraining.columns.location'),
            dataIndex: 'location',
            width: 180,
            ellipsis: true,
            render: (location: string | null) => location || t('common.none'),
          },
          {
            key: 'attendance',
            title: t('teamTraining.columns.attendance'),
            width: english ? 190 : 150,
            render: (_: unknown, row) => (
              <span className={row.absent > 0 ? 'training-attendance-some' : undefined}>
                {t('teamTraining.list.attendance', { present: row.present, absent: row.absent })}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
