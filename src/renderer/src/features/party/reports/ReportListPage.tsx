// The month's reports, one row per branch the user reaches: status, times and the reviewer's opinion. A manager
// sees how many wait for review; a secretary sees what their own branch still has to do. A row opens the report.
import { Alert, Button, DatePicker, Empty, Flex, Select, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { ReportSummary } from '../../../../../shared/contract/party';
import { type ReportStatus, reportStatuses } from '../../../../../shared/domain/party';
import { useQueryProc } from '../../../api/hooks';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../i18n/describeError';
import { useCan } from '../../auth/SessionProvider';
import { useBranches } from '../partyQueries';
import { ReportStatusTag } from './ReportStatusTag';
import { currentMonth, monthLabel, monthPattern, previousMonth, reportPath, timeText } from './reportMonth';

/** The status filter: a saved status, or none for the branches with nothing saved yet. */
type StatusFilter = ReportStatus | 'none';
const statusFilters: StatusFilter[] = ['none', ...reportStatuses];

export function ReportListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canReview = useCan('party.review');
  const [params, setParams] = useSearchParams();
  const thisMonth = currentMonth();
  const requested = params.get('month') ?? '';
  const month = monthPattern.test(requested) && requested <= thisMonth ? requested : previousMonth(thisMonth);
  const requestedStatus = params.get('status') as StatusFilter | null;
  const status = requestedStatus && statusFilters.includes(requestedStatus) ? requestedStatus : undefined;
  const label = monthLabel(month, t);

  // Every branch of the month, filtered here: "not started" is no status the server could filter by.
  const list = useQueryProc('party.reports', { month }, { staleTime: 0 });
  const branches = useBranches();
  const brandOf = new Map((branches.data?.rows ?? []).map((b) => [b.id, b.brandName]));
  const rows = list.data?.rows ?? [];
  const shown = rows.filter((row) => !status || (row.status ?? 'none') === status);
  const waiting = rows.filter((row) => row.status === 'submitted').length;

  const go = (next: { month?: string; status?: StatusFilter }) => {
    const merged = { month, status, ...next };
    const search = new URLSearchParams();
    search.set('month', merged.month);
    if (merged.status) search.set('status', merged.status);
    setParams(search);
  };
  const statusText = (s: StatusFilter) => (s === 'none' ? t('partyReports.notStarted') : t(`reportStatuses.${s}`));

  const columns: ColumnsType<ReportSummary> = [
    {
      key: 'branch',
      title: t('partyReports.columns.branch'),
      render: (_, row) => (
        <Link to={reportPath(row.branchId, row.month)} onClick={(event) => event.stopPropagation()}>
          {row.branchName}
          {brandOf.get(row.branchId) && (
            <Typography.Text type="secondary">（{brandOf.get(row.branchId)}）</Typography.Text>
          )}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('partyReports.columns.status'),
      width: 110,
      render: (_, row) => <ReportStatusTag status={row.status} />,
    },
    {
      key: 'submittedAt',
      title: t('partyReports.columns.submittedAt'),
      width: 160,
      render: (_, row) => timeText(row.submittedAt),
    },
    {
      key: 'reviewedAt',
      title: t('partyReports.columns.reviewedAt'),
      width: 160,
      render: (_, row) => timeText(row.reviewedAt),
    },
    {
      key: 'opinion',
      title: t('partyReports.columns.opinion'),
      ellipsis: { showTitle: false },
      render: (_, row) =>
        row.opinion ? (
          <Tooltip title={row.opinion} placement="topLeft">
            <Typography.Text type={row.status === 'returned' ? 'danger' : undefined}>{row.opinion}</Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      key: 'action',
      title: t('partyReports.columns.action'),
      width: 90,
      render: (_, row) => (
        <Link to={reportPath(row.branchId, row.month)} onClick={(event) => event.stopPropagation()}>
          {actionText(row)}
        </Link>
      ),
    },
  ];

  function actionText(row: ReportSummary): string {
    if (canReview && row.status === 'submitted') return t('partyReports.openReview');
    if (!canReview && row.status !== 'submitted' && row.status !== 'reviewed') return t('partyReports.openFill');
    return t('partyReports.open');
  }

  // The secretary's own branch (or branches) still to file for the month, with the way there.
  const todo = canReview ? [] : rows.filter((row) => row.status !== 'submitted' && row.status !== 'reviewed');
  const stateOf = (row: ReportSummary) =>
    row.status === 'returned'
      ? t('partyReports.ownTodoReturned', { opinion: row.opinion ?? '' })
      : row.status === 'draft'
        ? t('partyReports.ownTodoDraft')
        : t('partyReports.ownTodoNone');

  return (
    <>
      <PageTitle
        title={t('partyReports.title')}
        intro={t('partyReports.intro')}
        actions={
          <Flex gap={8} wrap>
            <DatePicker
              picker="month"
              aria-label={t('partyReports.month')}
              allowClear={false}
              value={dayjs(`${month}-01`)}
              format={t('partyReports.monthFormat')}
              disabledDate={(day) => day.format('YYYY-MM') > thisMonth}
              onChange={(value) => value && go({ month: value.format('YYYY-MM') })}
            />
            <Select
              aria-label={t('partyReports.status')}
              style={{ width: 140 }}
              allowClear
              placeholder={t('partyReports.allStatuses')}
              value={status}
              onChange={(value?: StatusFilter) => go({ status: value })}
              options={statusFilters.map((s) => ({ value: s, label: statusText(s) }))}
            />
          </Flex>
        }
      />
      {canReview && list.isSuccess && rows.length > 0 && (
        <Alert
          className="reports-banner"
          type={waiting > 0 ? 'warning' : 'success'}
          showIcon
          message={
            waiting > 0 ? (
              <span className="reports-pending">{t('partyReports.pending', { month: label, count: waiting })}</span>
            ) : (
              t('partyReports.noPending', { month: label })
            )
          }
          description={waiting > 0 ? t('partyReports.pendingHint') : undefined}
          action={
            waiting > 0 &&
            (status === 'submitted' ? (
              <Button onClick={() => go({ status: undefined })}>{t('partyReports.showAll')}</Button>
            ) : (
              <Button type="primary" onClick={() => go({ status: 'submitted' })}>
                {t('partyReports.showPending')}
              </Button>
            ))
          }
        />
      )}
      {todo.map((row) => (
        <Alert
          key={row.branchId}
          className="reports-banner"
          type={row.status === 'returned' ? 'error' : 'info'}
          showIcon
          message={t('partyReports.ownTodo', { branch: row.branchName, month: label, state: stateOf(row) })}
          action={
            <Button type="primary" onClick={() => navigate(reportPath(row.branchId, row.month))}>
              {t('partyReports.fill')}
            </Button>
          }
        />
      ))}
      {list.isError && (
        <Alert
          className="reports-banner"
          type="error"
          showIcon
          message={describeError(list.error, t)}
          action={<Button onClick={() => list.refetch()}>{t('common.retry')}</Button>}
        />
      )}
      <Table<ReportSummary>
        className="reports-table"
        rowKey="branchId"
        size="middle"
        loading={list.isPending}
        columns={columns}
        dataSource={shown}
        pagination={false}
        onRow={(row) => ({ onClick: () => navigate(reportPath(row.branchId, row.month)) })}
        rowClassName="reports-row"
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                rows.length === 0
                  ? t('partyReports.emptyNoBranches')
                  : t('partyReports.emptyFiltered', { status: status ? statusText(status) : '' })
              }
            />
          ),
        }}
      />
    </>
  );
}
