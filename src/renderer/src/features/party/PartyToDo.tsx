// The workbench's party card: what the branches the user reaches still owe this month (meetings, dues) and where
// the monthly reports stand — a secretary's own report to file, a manager's reports to review.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fenToYuanText } from '../../../../shared/domain/money';
import { useQueryProc } from '../../api/hooks';
import { useCan } from '../auth/SessionProvider';
import { useBranches } from './partyQueries';
import { currentMonth, monthLabel, previousMonth, reportPath } from './reports/reportMonth';
import './partyToDo.css';

function Item({ to, title, value, hint }: { to: string; title: string; value: string | number; hint: string }) {
  return (
    <Col xs={24} md={8}>
      <Link to={to} className="party-todo-item">
        <Statistic title={title} value={value} />
        <Typography.Text type="secondary">{hint}</Typography.Text>
      </Link>
    </Col>
  );
}

export function PartyToDo() {
  const { t } = useTranslation();
  const canReview = useCan('party.review');
  const branches = useBranches().data?.rows ?? [];
  const arrears = useQueryProc('party.arrears', {}).data;
  const lastMonth = previousMonth(currentMonth());
  const reports = useQueryProc('party.reports', { month: lastMonth }).data?.rows ?? [];
  if (branches.length === 0) return null;

  const owed = branches.reduce((n, b) => n + b.meetingsOwed, 0);
  const month = monthLabel(lastMonth, t);
  const waiting = reports.filter((r) => r.status === 'submitted').length;
  const toFile = reports.filter((r) => r.status === null || r.status === 'draft' || r.status === 'returned');
  const only = branches.length === 1 ? branches[0] : undefined;
  const ownReport = only ? reports.find((r) => r.branchId === only.id) : undefined;

  const report = canReview ? (
    <Item
      to={`/party/reports?month=${lastMonth}&status=submitted`}
      title={t('partyToDo.toReview', { month })}
      value={waiting}
      hint={t('partyToDo.toReviewHint', { count: toFile.length })}
    />
  ) : (
    <Item
      to={only ? reportPath(only.id, lastMonth) : `/party/reports?month=${lastMonth}`}
      title={t('partyToDo.ownReport', { month })}
      value={t(`partyToDo.reportState.${ownReport?.status ?? 'none'}`)}
      hint={ownReport?.status === 'returned' ? (ownReport.opinion ?? '') : t('partyToDo.ownReportHint')}
    />
  );

  return (
    <Card className="party-todo" title={only ? only.name : t('partyToDo.title')}>
      <Row gutter={[16, 16]}>
        <Item
          to="/party/meetings"
          title={t('partyToDo.meetingsOwed')}
          value={owed}
          hint={owed === 0 ? t('partyToDo.meetingsDone') : t('partyToDo.meetingsHint')}
        />
        <Item
          to="/party/dues?tab=arrears"
          title={t('partyToDo.arrears')}
          value={arrears?.rows.length ?? '—'}
          hint={t('partyToDo.arrearsHint', { amount: fenToYuanText(arrears?.owedFen ?? 0) })}
        />
        {report}
      </Row>
    </Card>
  );
}
