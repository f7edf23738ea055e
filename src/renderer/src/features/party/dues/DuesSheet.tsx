// A branch's dues for a month: each member with the income the dues come from, due and paid, and the totals line.
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../../shared/contract';
import { fenToYuanText } from '../../../../../shared/domain/money';
import { useQueryProc } from '../../../api/hooks';
import { describeError } from '../../../i18n/describeError';
import { BranchSelect } from '../BranchSelect';
import type { DuesTarget } from './RecordDuesModal';

type SheetRow = OutputOf<'party.duesSheet'>['rows'][number];

interface Props {
  thisMonth: string;
  onRecord?: (target: DuesTarget) => void;
}

export function DuesSheet({ thisMonth, onRecord }: Props) {
  const { t } = useTranslation();
  const [branchId, setBranchId] = useState<number | undefined>();
  const [month, setMonth] = useState(thisMonth);
  const sheet = useQueryProc(
    'party.duesSheet',
    { branchId: branchId ?? 0, month },
    { enabled: branchId !== undefined },
  );
  const [unpaidOnly, setUnpaidOnly] = useState(false);
  const allRows = sheet.data?.rows ?? [];
  const unpaidCount = allRows.filter((row) => row.paidFen === null).length;
  const rows = unpaidOnly ? allRows.filter((row) => row.paidFen === null) : allRows;
  const totals = sheet.data?.totals;
  const yuan = (fen: number) => fenToYuanText(fen);
  const record = (row?: SheetRow) =>
    branchId !== undefined &&
    onRecord?.({ branchId, month, member: row ? { id: row.memberId, name: row.name } : undefined });

  const columns: TableColumnsType<SheetRow> = [
    { key: 'name', title: t('partyDues.sheet.columns.name'), dataIndex: 'name', width: 100, ellipsis: true },
    {
      key: 'kind',
      title: t('partyDues.sheet.columns.kind'),
      dataIndex: 'kind',
      width: 96,
      render: (kind: SheetRow['kind']) => t(`memberKinds.${kind}`),
    },
    {
      key: 'category',
      title: t('partyDues.sheet.columns.category'),
      dataIndex: 'incomeCategory',
      width: 96,
      render: (category: SheetRow['incomeCategory']) => t(`incomeCategories.${category}`),
    },
    {
      key: 'income',
      title: t('partyDues.sheet.columns.income'),
      dataIndex: 'incomeFen',
      align: 'right',
      width: 120,
      render: yuan,
    },
    {
      key: 'due',
      title: t('partyDues.sheet.columns.due'),
      dataIndex: 'dueFen',
      align: 'right',
      width: 96,
      render: yuan,
    },
    {
      key: 'paid',
      title: t('partyDues.sheet.columns.paid'),
      dataIndex: 'paidFen',
      align: 'right',
      width: 96,
      render: (paid: number | null) =>
        paid === null ? <Tag color="orange">{t('partyDues.sheet.unpaid')}</Tag> : yuan(paid),
    },
    { key: 'paidOn', title: t('partyDues.sheet.columns.paidOn'), dataIndex: 'paidOn', width: 108 },
    {
      key: 'method',
      title: t('partyDues.sheet.columns.method'),
      dataIndex: 'method',
      width: 96,
      render: (method: SheetRow['method']) => (method ? t(`duesPaymentMethods.${method}`) : ''),
    },
    ...(onRecord
      ? [
          {
            key: 'actions',
            title: t('partyDues.sheet.columns.actions'),
            width: 100,
            render: (_: unknown, row: SheetRow) =>
              row.paidFen === null && (
                <Button size="small" type="link" onClick={() => record(row)}>
                  {t('partyDues.record')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card>
      <Flex gap={8} wrap align="center" className="dues-bar">
        <BranchSelect value={branchId} onChange={setBranchId} />
        <DatePicker
          picker="month"
          aria-label={t('partyDues.sheet.month')}
          allowClear={false}
          value={dayjs(`${month}-01`)}
          format={t('partyDues.monthFormat')}
          disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
          onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
        />
        {totals && totals.members > 0 && (
          <Checkbox checked={unpaidOnly} onChange={(event) => setUnpaidOnly(event.target.checked)}>
            {t('partyDues.sheet.unpaidOnly', { count: unpaidCount })}
          </Checkbox>
        )}
        {totals && totals.members > 0 && (
          <Typography.Text strong className="dues-totals">
            {t('partyDues.sheet.totals', {
              members: totals.members,
              due: yuan(totals.dueFen),
              paid: totals.paid,
              paidAmount: yuan(totals.paidFen),
            })}
          </Typography.Text>
        )}
        {onRecord && branchId !== undefined && (
          <Button type="primary" icon={<PlusOutlined />} className="dues-record" onClick={() => record()}>
            {t('partyDues.record')}
          </Button>
        )}
      </Flex>
      {branchId === undefined ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <div>{t('partyDues.sheet.chooseBranch')}</div>
              <Typography.Text type="secondary">{t('partyDues.sheet.chooseBranchHint')}</Typography.Text>
            </>
          }
        />
      ) : sheet.isError ? (
        <Alert
          type="warning"
          showIcon
          title={describeError(sheet.error, t)}
          action={<Button onClick={() => sheet.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Table<SheetRow>
          size="small"
          rowKey="memberId"
          aria-label={t('partyDues.tabs.sheet')}
          columns={columns}
          dataSource={rows}
          loading={sheet.isPending}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          rowClassName={(row) => (row.paidFen === null ? 'dues-row-unpaid' : '')}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <>
                    <div>{t('partyDues.sheet.empty')}</div>
                    <Typography.Text type="secondary">{t('partyDues.sheet.emptyHint')}</Typography.Text>
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
