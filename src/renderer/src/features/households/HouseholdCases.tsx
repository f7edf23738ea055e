// The household file's cases: what this household asked for, newest first, with status and deadline, and a button
// that opens the new-case form already filled in with the household.
import { FileSearchOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useQueryProc } from '../../api/hooks';
import { describeError } from '../../i18n/describeError';
import { useCan } from '../auth/SessionProvider';
import { caseListHref } from '../cases/caseListFilters';
import { CaseNumber, CaseStatusTag, DeadlineTag, formatCaseTime } from '../cases/caseTags';

const shown = 8;

export function HouseholdCases({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canRead = useCan('cases.read');
  const canRegister = useCan('cases.register');
  const cases = useQueryProc('cases.list', { filters: { householdId }, limit: shown }, { enabled: canRead });
  const newCaseHref = `/cases/new?householdId=${householdId}`;
  const rows = cases.data?.rows ?? [];
  const more = cases.data ? cases.data.total - rows.length : 0;

  const register = canRegister && (
    <Link to={newCaseHref}>
      <Button icon={<PlusOutlined />}>{t('householdCases.register')}</Button>
    </Link>
  );

  return (
    <Card
      title={cases.data ? t('householdCases.title', { count: cases.data.total }) : t('household.casesTitle')}
      extra={register}
      loading={canRead && cases.isPending}
      className="household-cases"
    >
      {!canRead ? (
        <Typography.Text type="secondary">{t('householdCases.notAllowed')}</Typography.Text>
      ) : cases.isError ? (
        <Typography.Text type="danger">{describeError(cases.error, t)}</Typography.Text>
      ) : rows.length === 0 ? (
        <Empty
          image={<FileSearchOutlined className="household-cases-icon" />}
          description={
            <>
              <div>{t('householdCases.none')}</div>
              {canRegister && <Typography.Text type="secondary">{t('householdCases.noneHint')}</Typography.Text>}
            </>
          }
        />
      ) : (
        <Flex vertical className="household-case-list">
          {rows.map((row) => (
            <button type="button" key={row.id} className="household-case" onClick={() => navigate(`/cases/${row.id}`)}>
              <span className="household-case-head">
                <CaseNumber number={row.number} />
                <CaseStatusTag status={row.status} />
                <DeadlineTag row={row} />
              </span>
              <span className="household-case-summary" title={row.summary}>
                {row.categoryPath} · {row.summary}
              </span>
              <Typography.Text type="secondary" className="household-case-meta">
                {t('householdCases.meta', {
                  time: formatCaseTime(row.registeredAt),
                  who: row.residentName ?? t('householdCases.noResident'),
                })}
              </Typography.Text>
            </button>
          ))}
          {more > 0 && (
            <Link to={caseListHref({ householdId })} className="household-case-more">
              {cases.data?.totalIsLowerBound
                ? t('householdCases.moreAtLeast', { count: more })
                : t('householdCases.more', { count: more })}
            </Link>
          )}
        </Flex>
      )}
    </Card>
  );
}
