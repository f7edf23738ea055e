// Members behind with their dues: the unpaid months before this one and what they come to, each a click from
// being recorded.
import { Alert, Button, Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../../shared/contract';
import { fenToYuanText } from '../../../../../shared/domain/money';
import { arrearsWindowMonths } from '../../../../../shared/domain/party';
import { useQueryProc } from '../../../api/hooks';
import { describeError } from '../../../i18n/describeError';
import { BranchSelect } from '../BranchSelect';
import type { DuesTarget } from './RecordDuesModal';

type ArrearsRow = OutputOf<'party.arrears'>['rows'][number];

export function ArrearsList({ onRecord }: { onRecord?: (target: DuesTarget) => void }) {
  const { t } = useTranslation();
  const [branchId, setBranchId] = useState<number | undefined>();
  const arrears = useQueryProc('party.arrears', { branchId });
  const rows = arrears.data?.rows ?? [];
  const monthFormat = t('partyDues.monthFormat');

  const columns: TableColumnsType<ArrearsRow> = [
    { key: 'name', title: t('partyDues.arrears.columns.name'), dataIndex: 'name', width: 96, ellipsis: true },
    {
      key: 'branch',
      title: t('partyDues.arrears.columns.branch'),
      dataIndex: 'branchName',
      width: 180,
      ellipsis: true,
    },
    { key: 'phone', title: t('partyDues.arrears.columns.phone'), dataIndex: 'phone', width: 124 },
    {
      key: 'months',
      title: t('partyDues.arrears.columns.months'),
      dataIndex: 'months',
      render: (months: string[]) => (
        <Flex gap={4} wrap>
          {months.map((month) => (
            <Tag key={month} color="orange" className="dues-month-tag">
              {dayjs(`${month}-01`).format(monthFormat)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'owed',
      title: t('partyDues.arrears.columns.owed'),
      dataIndex: 'owedFen',
      align: 'right',
      width: 100,
      render: (fen: number) => fenToYuanText(fen),
    },
    ...(onRecord
      ? [
          {
            key: 'actions',
            title: t('partyDues.arrears.columns.actions'),
            width: 80,
            render: (_: unknown, row: ArrearsRow) => (
              <Button
                size="small"
                type="link"
                aria-label={`${t('partyDues.arrears.recordThese')} ${row.name}`}
                onClick={() =>
                  onRecord({ branchId: row.branchId, member: { id: row.memberId, name: row.name }, months: row.months })
                }
              >
                {t('partyDues.arrears.recordThese')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card>
      <Flex gap={12} wrap align="center" className="dues-bar">
        <BranchSelect allowAll value={branchId} onChange={setBranchId} />
        <Typography.Text type="secondary">
          {t('partyDues.arrears.intro', { months: arrearsWindowMonths })}
        </Typography.Text>
        {arrears.data && rows.length > 0 && (
          <Typography.Text strong type="danger" className="dues-totals">
            {t('partyDues.arrears.total', { count: rows.length, amount: fenToYuanText(arrears.data.owedFen) })}
          </Typography.Text>
        )}
      </Flex>
      {arrears.isError ? (
        <Alert
          type="warning"
          showIcon
          title={describeError(arrears.error, t)}
          action={<Button onClick={() => arrears.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Table<ArrearsRow>
          size="small"
          rowKey="memberId"
          aria-label={t('partyDues.tabs.arrears')}
          columns={columns}
          dataSource={rows}
          loading={arrears.isPending}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <>
                    <div>{t('partyDues.arrears.empty')}</div>
                    <Typography.Text type="secondary">{t('partyDues.arrears.emptyHint')}</Typography.Text>
                  </>
                }
              />
            ),
          }}
        />
      )}
    </Card>
  );
}
