// A member's dues over the last 12 months: each month's amount, paid (when) or still owed; payments are recorded
// on the dues page.
import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Empty, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MemberDetail } from '../../../../../shared/contract/party';
import { yuanOf } from './partyFormat';

export function MemberDues({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const unpaid = member.dues.filter((month) => month.paidFen === null);
  return (
    <Card
      size="small"
      title={t('partyRoster.duesTitle')}
      extra={
        <Link to="/party/dues">
          {unpaid.length > 0 ? t('partyRoster.duesUnpaid', { count: unpaid.length }) : t('partyRoster.duesAllPaid')}
        </Link>
      }
    >
      {member.dues.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyRoster.duesEmpty')} />
      ) : (
        <ul className="member-dues" aria-label={t('partyRoster.duesTitle')}>
          {member.dues.map((month) => {
            const paid = month.paidFen !== null;
            const tip = paid
              ? t('partyRoster.duesPaidOn', {
                  date: month.paidOn ?? '',
                  method: month.method ? t(`duesPaymentMethods.${month.method}`) : '',
                })
              : t('partyRoster.duesOwed');
            return (
              <Tooltip key={month.month} title={tip}>
                <li className={paid ? 'member-dues-month is-paid' : 'member-dues-month is-unpaid'}>
                  <span className="member-dues-label">{month.month}</span>
                  <Typography.Text className="roster-number">
                    {yuanOf(paid ? (month.paidFen ?? 0) : month.dueFen)}
                  </Typography.Text>
                  <span className="member-dues-state">
                    {paid ? <CheckCircleFilled /> : <ExclamationCircleFilled />}{' '}
                    {paid ? t('partyRoster.paid') : t('partyRoster.unpaid')}
                  </span>
                </li>
              </Tooltip>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
