// 学时统计: each worker's sessions expected and attended and hours over a period (this year by default), the fewest
// hours first so whoever is behind is seen.
import { Card, DatePicker, Empty, Flex, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQueryProc } from '../../../api/hooks';
import { useFillHeight } from '../../../components/useFillHeight';
import { isFutureDay } from '../../party/members/partyFormat';

interface HoursRow {
  staffId: number;
  name: string;
  expected: number;
  attended: number;
  hours: number;
}

export function TrainingHoursCard() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const hours = useQueryProc('team.trainingHours', { from, to });
  const [ref, height] = useFillHeight<HTMLDivElement>(48);
  const rows = hours.data?.rows ?? [];
  const total = rows.reduce((sum, row) => sum + row.hours, 0);

  return (
    <Card className="training-hours">
      <Flex gap={12} wrap align="center" className="training-list-bar">
        <DatePicker.RangePicker
          aria-label={t('teamTraining.hours.period')}
          allowClear={false}
          value={range}
          disabledDate={isFutureDay}
          onChange={(value) => {
            if (value?.[0] && value[1]) setRange([value[0], value[1]]);
          }}
        />
        {hours.data && (
          <Typography.Text strong className="training-total">
            {t('teamTraining.hours.summary', { count: rows.length, hours: total })}
          </Typography.Text>
        )}
      </Flex>
      <div ref={ref}>
        <Table<HoursRow>
          size="middle"
          rowKey="staffId"
          aria-label={t('teamTraining.tabs.hours')}
          loading={hours.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ y: Math.max(height - 56, 200) }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  hours.isError ? (
                    t('common.loadFailed')
                  ) : (
                    <>
                      <div>{t('teamTraining.hours.empty')}</div>
                      <Typography.Text type="secondary">{t('teamTraining.hours.emptyHint')}</Typography.Text>
                    </>
                  )
                }
              />
            ),
          }}
          columns={[
            {
              key: 'name',
              title: t('teamTraining.hours.name'),
              render: (_: unknown, row) => <Link to={`/team/staff/${row.staffId}`}>{row.name}</Link>,
            },
            {
              key: 'expected',
              title: t('teamTraining.hours.expected'),
              dataIndex: 'expected',
              width: 140,
              align: 'right',
            },
            {
              key: 'attended',
              title: t('teamTraining.hours.attended'),
              dataIndex: 'attended',
              width: 140,
              align: 'right',
            },
            {
              key: 'rate',
              title: t('teamTraining.hours.rate'),
              width: 140,
              align: 'right',
              render: (_: unknown, row) =>
                row.expected > 0 ? `${Math.round((row.attended / row.expected) * 100)}%` : t('common.none'),
            },
            {
              key: 'hours',
              title: t('teamTraining.hours.hours'),
              dataIndex: 'hours',
              width: 140,
              align: 'right',
              defaultSortOrder: 'ascend',
              sorter: (a, b) => a.hours - b.hours,
            },
          ]}
        />
      </div>
    </Card>
  );
}
