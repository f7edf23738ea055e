// The case list: filters in the address, saved views, and every matching case in a virtual table; a row opens the case.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { CaseFilters, CaseRow } from '../../../../shared/contract/cases';
import { InfiniteTable } from '../../components/InfiniteTable';
import { PageTitle } from '../../components/PageTitle';
import { useCan } from '../auth/SessionProvider';
import { CaseExportButton } from './CaseExportButton';
import { CaseFilterBar } from './CaseFilterBar';
import { hasCaseFilters, readCaseFilters, writeCaseFilters } from './caseListFilters';
import { CaseNumber, CaseStatusTag, DeadlineTag, formatCaseTime, KindTag, SupervisionTag } from './caseTags';
import { SavedViews } from './SavedViews';
import { useCaseList } from './useCaseQueries';

/** The last step of a grid path: the micro-grid, which tells cases apart; the whole path is in the tooltip. */
function lastStep(path: string): string {
  return path.split(' / ').at(-1) ?? path;
}

export function CaseListPage() {
  const { t, i18n } = useTranslation();
  // English labels (In progress, Consultation) need wider tag columns than 办理中 and 咨询; the summary gives way.
  const english = i18n.language === 'en';
  const navigate = useNavigate();
  const canRegister = useCan('cases.register');
  const canExport = useCan('cases.export');
  const [params, setParams] = useSearchParams();
  const filters = readCaseFilters(params);
  const list = useCaseList(filters);
  const first = list.data?.pages[0];

  const replace = (next: CaseFilters) => setParams(writeCaseFilters(next), { replace: true });
  const change = (patch: Partial<CaseFilters>) => replace({ ...filters, ...patch });

  const total = first
    ? first.totalIsLowerBound
      ? t('caseList.totalAtLeast', { count: first.total })
      : t('caseList.total', { count: first.total })
    : null;

  return (
    <>
      <PageTitle
        title={t('caseList.title')}
        intro={t('caseList.intro')}
        actions={
          (canExport || canRegister) && (
            <Flex gap={8}>
              {canExport && <CaseExportButton filters={filters} />}
              {canRegister && (
                <Link to="/cases/new">
                  <Button type="primary" icon={<PlusOutlined />}>
                    {t('cases.register')}
                  </Button>
                </Link>
              )}
            </Flex>
          )
        }
      />
      <Card className="case-list-card">
        <CaseFilterBar filters={filters} onChange={change} />
        <Flex justify="space-between" align="center" gap={12} wrap className="case-list-bar">
          <SavedViews filters={filters} onPick={replace} />
          <Flex gap={8} align="center">
            {filters.householdId !== undefined && (
              <Tag closable onClose={() => change({ householdId: undefined })}>
                {t('caseList.thisHousehold')}
              </Tag>
            )}
            {filters.residentId !== undefined && (
              <Tag closable onClose={() => change({ residentId: undefined })}>
                {t('caseList.thisResident')}
              </Tag>
            )}
            {total && (
              <Typography.Text strong className="case-list-total">
                {total}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
        <InfiniteTable<CaseRow>
          list={list}
          rowKey="id"
          label={t('caseList.title')}
          reserve={112}
          onRowClick={(row) => navigate(`/cases/${row.id}`)}
          rowClassName={(row) => (row.deadlineState === 'overdue' && row.status !== 'voided' ? 'case-row-overdue' : '')}
          loaded={(count) => t('caseList.loaded', { count })}
          empty={
            <>
              <div>{hasCaseFilters(filters) ? t('caseList.emptyFiltered') : t('caseList.empty')}</div>
              <Typography.Text type="secondary">
                {hasCaseFilters(filters) ? t('caseList.emptyFilteredHint') : t('caseList.emptyHint')}
              </Typography.Text>
            </>
          }
          columns={[
            {
              key: 'number',
              title: t('caseList.columns.number'),
              dataIndex: 'number',
              width: 132,
              render: (number: string, row) => (
                <Link to={`/cases/${row.id}`} onClick={(event) => event.stopPropagation()}>
                  <CaseNumber number={number} />
                </Link>
              ),
            },
            {
              key: 'status',
              title: t('caseList.columns.status'),
              dataIndex: 'status',
              width: english ? 108 : 76,
              render: (status: CaseRow['status']) => <CaseStatusTag status={status} />,
            },
            {
              key: 'kind',
              title: t('caseList.columns.kind'),
              dataIndex: 'kind',
              width: english ? 104 : 60,
              render: (kind: CaseRow['kind']) => <KindTag kind={kind} />,
            },
            {
              key: 'category',
              title: t('caseList.columns.category'),
              dataIndex: 'categoryPath',
              width: 120,
              ellipsis: { showTitle: true },
            },
            {
              key: 'summary',
              title: t('caseList.columns.summary'),
              dataIndex: 'summary',
              ellipsis: { showTitle: true },
              render: (summary: string, row) => (
                <>
                  {row.supervisionLevel && <SupervisionTag level={row.supervisionLevel} />}
                  {summary}
                </>
              ),
            },
            {
              key: 'grid',
              title: t('caseList.columns.grid'),
              dataIndex: 'gridPath',
              width: 96,
              ellipsis: { showTitle: false },
              render: (path: string) => (
                <Tooltip title={path} placement="topLeft">
                  {lastStep(path)}
                </Tooltip>
              ),
            },
            {
              key: 'resident',
              title: t('caseList.columns.resident'),
              dataIndex: 'residentName',
              width: 64,
              ellipsis: true,
              render: (name: string | null) => name ?? t('common.none'),
            },
            {
              key: 'handler',
              title: t('caseList.columns.handler'),
              dataIndex: 'handlerName',
              width: 64,
              ellipsis: true,
              render: (name: string | null) => name ?? t('common.none'),
            },
            {
              key: 'registered',
              title: t('caseList.columns.registered'),
              dataIndex: 'registeredAt',
              width: 96,
              className: 'case-time',
              render: (at: number) => formatCaseTime(at),
            },
            {
              key: 'deadline',
              title: t('caseList.columns.deadline'),
              width: 150,
              render: (_: unknown, row) => <DeadlineTag row={row} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
