// One branch's report for a month at /party/reports/:branchId/:month: who and what it is for, the reviewer's
// opinion when returned, the figures, the remarks (typed while the branch holds it), its history; and the same
// sheet laid out on A4 when printed, with a signature line.
import { Alert, Card, Descriptions, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { ReportDetail } from '../../../../../shared/contract/party';
import { isReportEditable } from '../../../../../shared/domain/party';
import { useQueryProc } from '../../../api/hooks';
import { RecordBreadcrumb, RecordLoading, RecordUnavailable } from '../../../components/RecordPage';
import { useCan } from '../../auth/SessionProvider';
import { ReportActions } from './ReportActions';
import { ReportFiguresView } from './ReportFiguresView';
import { ReportHistory } from './ReportHistory';
import { ReportStatusTag } from './ReportStatusTag';
import { currentMonth, monthLabel, monthPattern } from './reportMonth';

export function ReportPage() {
  const { t } = useTranslation();
  const params = useParams();
  const branchId = Number(params.branchId);
  const month = params.month ?? '';
  const future = monthPattern.test(month) && month > currentMonth();
  const valid = Number.isInteger(branchId) && branchId > 0 && monthPattern.test(month) && !future;
  // The branch and the reviewer work the same report: fresh on every visit.
  const found = useQueryProc('party.report', { branchId, month }, { enabled: valid, staleTime: 0 });
  const listLink = valid ? `/party/reports?month=${month}` : '/party/reports';

  const back = { to: listLink, label: t('partyReports.backToList') };

  if (valid && found.isPending) return <RecordLoading rows={10} />;
  if (!valid || !found.isSuccess) {
    return (
      <RecordUnavailable
        back={back}
        error={valid ? found.error : null}
        notFound={valid ? t('partyReports.notFound') : t('partyReports.badAddress')}
        title={future ? t('partyReports.futureMonth', { month: monthLabel(month, t) }) : undefined}
        breadcrumbClassName="report-no-print"
      />
    );
  }
  return (
    <>
      <RecordBreadcrumb
        back={back}
        current={`${found.data.branchName} · ${monthLabel(month, t)}`}
        className="report-no-print"
      />
      <ReportSheet key={`${branchId}/${month}`} detail={found.data} />
    </>
  );
}

function ReportSheet({ detail }: { detail: ReportDetail }) {
  const { t } = useTranslation();
  const canManage = useCan('party.manage');
  const canReview = useCan('party.review');
  const held = detail.status === null || isReportEditable(detail.status);
  const editable = canManage && held;
  // What the user typed and has not saved; null shows the saved remarks (and follows them when they change).
  const [typed, setTyped] = useState<string | null>(null);
  const remarks = typed ?? detail.remarks;
  const month = monthLabel(detail.month, t);
  const title = detail.brandName ? `${detail.branchName}（${detail.brandName}）` : detail.branchName;

  const note = editable
    ? null
    : detail.status === 'submitted'
      ? canReview
        ? null
        : t('partyReports.waiting')
      : detail.status === 'reviewed'
        ? t('partyReports.reviewedNote')
        : t('partyReports.readOnly');

  return (
    <div className="report-sheet print-sheet">
      <h1 className="report-print-title">{t('partyReports.printTitle', { branch: detail.branchName, month })}</h1>
      <div className="report-title">
        <Typography.Title level={1} className="report-title-text">
          {title}
        </Typography.Title>
        <ReportActions detail={detail} editable={editable} remarks={remarks} onSaved={() => setTyped(null)} />
      </div>
      {detail.status === 'returned' && detail.opinion && (
        <Alert
          className="report-opinion"
          type="error"
          showIcon
          message={t('partyReports.returnedTitle')}
          description={t('partyReports.opinionLine', { opinion: detail.opinion })}
        />
      )}
      {detail.status === 'reviewed' && detail.opinion && (
        <Alert
          className="report-opinion"
          type="success"
          showIcon
          message={t('partyReports.opinionLine', { opinion: detail.opinion })}
        />
      )}
      {note && <Alert className="report-note report-no-print" type="info" showIcon message={note} />}
      <Descriptions
        className="report-facts"
        bordered
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'month', label: t('partyReports.header.month'), children: month },
          {
            key: 'status',
            label: t('partyReports.header.status'),
            children: <ReportStatusTag status={detail.status} />,
          },
          {
            key: 'secretary',
            label: t('partyReports.header.secretary'),
            children: detail.secretaryName ?? t('partyReports.header.noSecretary'),
          },
          { key: 'grid', label: t('partyReports.header.grid'), children: detail.gridPath, span: 2 },
          { key: 'brand', label: t('partyReports.header.brand'), children: detail.brandName ?? '—' },
        ]}
      />
      <div className="report-columns">
        <div>
          <Card size="small" className="report-card report-figures" title={t('partyReports.figuresTitle')}>
            <Typography.Text type="secondary" className="report-figures-note report-no-print">
              {held ? t('partyReports.liveNote') : t('partyReports.frozenNote')}
            </Typography.Text>
            <ReportFiguresView figures={detail.figures} />
          </Card>
        </div>
        <div>
          <Card size="small" className="report-card report-remarks" title={t('partyReports.remarks')}>
            {editable ? (
              <Input.TextArea
                className="report-no-print"
                aria-label={t('partyReports.remarks')}
                value={remarks}
                onChange={(event) => setTyped(event.target.value)}
                placeholder={t('partyReports.remarksPlaceholder')}
                autoSize={{ minRows: 6, maxRows: 14 }}
                maxLength={2000}
                showCount
              />
            ) : null}
            <div className={editable ? 'report-remarks-text report-print-only' : 'report-remarks-text'}>
              {remarks.trim() ? remarks : t('partyReports.remarksNone')}
            </div>
          </Card>
          <Card size="small" className="report-card report-no-print" title={t('partyReports.history')}>
            <ReportHistory history={detail.history} />
          </Card>
        </div>
      </div>
      <div className="report-signatures report-print-only">
        <span>{t('partyReports.signSecretary')}</span>
        <span>{t('partyReports.signReviewer')}</span>
        <span>{t('partyReports.signDate')}</span>
      </div>
    </div>
  );
}
