// The 三会一课 calendar of a month: one row per branch, one cell per meeting type, held or still owed in its period
// (the month, or the quarter for quarterly meetings). An owed cell is a button that records that meeting.
import { Alert, Button, Card, DatePicker, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../../shared/contract';
import { type MeetingType, meetingFrequencies, meetingTypes } from '../../../../../shared/domain/partyLife';
import { useQueryProc } from '../../../api/hooks';
import { describeError } from '../../../i18n/describeError';

type OwedRow = OutputOf<'party.meetingsOwed'>['rows'][number];

interface Props {
  month: string;
  thisMonth: string;
  onMonth: (month: string) => void;
  /** Present when the user may record: an owed cell then opens the dialog with its branch and type. */
  onRecord?: (branchId: number, type: MeetingType) => void;
}

export function MeetingCalendar({ month, thisMonth, onMonth, onRecord }: Props) {
  const { t } = useTranslation();
  const owed = useQueryProc('party.meetingsOwed', { month });
  const rows = owed.data?.rows ?? [];
  const totalOwed = rows.reduce((sum, row) => sum + row.owed, 0);

  const cell = (row: OwedRow, type: MeetingType) => {
    const due = row.due.find((d) => d.type === type);
    if (!due) return null;
    const period =
      due.frequency === 'quarterly' ? t('partyLife.calendar.thisQuarter') : t('partyLife.calendar.thisMonth');
    if (!due.owed) {
      return (
        <div className="meeting-cell meeting-cell-done">
          <span className="meeting-cell-state">{t('partyLife.calendar.done', { count: due.held })}</span>
          <span className="meeting-cell-period">{period}</span>
        </div>
      );
    }
    const content = (
      <>
        <span className="meeting-cell-state">{t('partyLife.calendar.owed')}</span>
        <span className="meeting-cell-period">{period}</span>
      </>
    );
    return onRecord ? (
      <button
        type="button"
        className="meeting-cell meeting-cell-owed"
        aria-label={t('partyLife.calendar.recordOwed', { branch: row.branchName, type: t(`meetingTypes.${type}`) })}
        onClick={() => onRecord(row.branchId, type)}
      >
        {content}
      </button>
    ) : (
      <div className="meeting-cell meeting-cell-owed">{content}</div>
    );
  };

  const columns: TableColumnsType<OwedRow> = [
    {
      key: 'branch',
      title: t('partyLife.calendar.branch'),
      dataIndex: 'branchName',
      ellipsis: true,
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    ...meetingTypes.map((type) => ({
      key: type,
      width: 132,
      align: 'center' as const,
      title: (
        <div className="meeting-col-title">
          <span>{t(`meetingTypes.${type}`)}</span>
          <Typography.Text type="secondary">{t(`meetingFrequencies.${meetingFrequencies[type]}`)}</Typography.Text>
        </div>
      ),
      render: (_: unknown, row: OwedRow) => cell(row, type),
    })),
    {
      key: 'owed',
      width: 96,
      align: 'center' as const,
      title: t('partyLife.calendar.stillOwed'),
      render: (_: unknown, row: OwedRow) =>
        row.owed > 0 ? (
          <Typography.Text type="danger">{t('partyLife.calendar.branchOwed', { count: row.owed })}</Typography.Text>
        ) : (
          <Typography.Text type="success">{t('partyLife.calendar.branchDone')}</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      className="meeting-calendar"
      title={
        <Flex gap={12} align="baseline" wrap>
          <span>{t('partyLife.calendar.title')}</span>
          {owed.data && rows.length > 0 && (
            <Typography.Text type={totalOwed > 0 ? 'danger' : 'success'} className="meeting-owed-summary">
              {totalOwed > 0
                ? t('partyLife.calendar.owedSummary', { count: totalOwed })
                : t('partyLife.calendar.allDone')}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <DatePicker
          picker="month"
          aria-label={t('partyLife.calendar.month')}
          allowClear={false}
          value={dayjs(`${month}-01`)}
          format={t('partyLife.monthFormat')}
          disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
          onChange={(value) => value && onMonth(value.format('YYYY-MM'))}
        />
      }
    >
      {owed.isError ? (
        <Alert
          type="warning"
          showIcon
          title={describeError(owed.error, t)}
          action={<Button onClick={() => owed.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <>
          <Table<OwedRow>
            size="small"
            rowKey="branchId"
            columns={columns}
            dataSource={rows}
            loading={owed.isPending}
            pagination={false}
            tableLayout="fixed"
            aria-label={t('partyLife.calendar.title')}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    <>
                      <div>{t('partyLife.calendar.noBranches')}</div>
                      <Typography.Text type="secondary">{t('partyLife.calendar.noBranchesHint')}</Typography.Text>
                    </>
                  }
                />
              ),
            }}
          />
          {onRecord && totalOwed > 0 && (
            <Typography.Text type="secondary" className="meeting-calendar-hint">
              {t('partyLife.calendar.owedHint')}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
