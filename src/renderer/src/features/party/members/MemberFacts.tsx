// A member's particulars: who they are, how they came onto the roster, their kind with its details, income and dues.
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MemberDetail } from '../../../../../shared/contract/party';
import { useCan } from '../../auth/SessionProvider';
import { yuanOf } from './partyFormat';

export function MemberFacts({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  // The household file is for those who keep the register; a secretary sees that the member is on it.
  const seesRegister = useCan('households.read');
  const none = t('common.none');
  const person = [member.gender ? t(`genders.${member.gender}`) : null, member.birthDate].filter(Boolean).join(' · ');
  const items = [
    { key: 'person', label: t('partyRoster.genderBirth'), children: person || none },
    {
      key: 'resident',
      label: t('partyRoster.resident'),
      children:
        member.householdId === null ? (
          t('partyRoster.notOnRegisterShort')
        ) : seesRegister ? (
          <Link to={`/households/${member.householdId}`}>{t('partyRoster.openHousehold')}</Link>
        ) : (
          t('partyRoster.onRegister')
        ),
    },
    { key: 'phone', label: t('partyRoster.phone'), children: member.phone ?? none },
    { key: 'joinedOn', label: t('partyRoster.joinedOn'), children: member.joinedOn },
    { key: 'fullOn', label: t('partyRoster.fullOn'), children: member.fullOn ?? t('partyRoster.stillProbationary') },
    // Joined here, they arrived the day they joined; only a transfer in has a date of its own.
    ...(member.arrivedOn !== member.joinedOn
      ? [{ key: 'arrivedOn', label: t('partyRoster.arrivedOn'), children: member.arrivedOn }]
      : []),
    ...(member.statusDate
      ? [{ key: 'statusDate', label: t(`memberStatuses.${member.status}`), children: member.statusDate }]
      : []),
    { key: 'kind', label: t('partyRoster.kind'), children: t(`memberKinds.${member.kind}`) },
    ...(member.kind === 'on_the_job'
      ? [
          { key: 'employer', label: t('partyRoster.employer'), children: member.employer ?? none },
          { key: 'reportedOn', label: t('partyRoster.reportedOn'), children: member.reportedOn ?? none },
          { key: 'servicePost', label: t('partyRoster.servicePost'), children: member.servicePost ?? none },
        ]
      : []),
    ...(member.kind === 'mobile'
      ? [
          { key: 'mobileWhere', label: t('partyRoster.mobileWhere'), children: member.mobileWhere ?? none },
          { key: 'mobileSince', label: t('partyRoster.mobileSince'), children: member.mobileSince ?? none },
          { key: 'mobileContact', label: t('partyRoster.mobileContact'), children: member.mobileContact ?? none },
        ]
      : []),
    {
      key: 'income',
      label: t('partyRoster.income'),
      children: t('partyRoster.incomeValue', {
        category: t(`incomeCategories.${member.incomeCategory}`),
        income: yuanOf(member.incomeFen),
      }),
    },
    {
      key: 'dues',
      label: t('partyRoster.duesPerMonth'),
      children: t('partyCommon.yuan', { amount: yuanOf(member.monthlyDuesFen) }),
    },
    ...(member.committeePost
      ? [{ key: 'post', label: t('partyRoster.committeePost'), children: t(`committeePosts.${member.committeePost}`) }]
      : []),
  ];
  return <Descriptions column={2} size="small" items={items} className="member-facts" />;
}
