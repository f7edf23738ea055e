// The roster's marks: standing (正式 / 预备) and, for those no longer on it, their status.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberStanding, MemberStatus } from '../../../../../shared/domain/party';

export function StandingTag({ standing }: { standing: MemberStanding }) {
  const { t } = useTranslation();
  return (
    <Tag className="roster-tag" color={standing === 'full' ? 'red' : 'orange'}>
      {t(`memberStandings.${standing}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Tag className="roster-tag" color={status === 'active' ? 'green' : 'default'}>
      {t(`memberStatuses.${status}`)}
    </Tag>
  );
}
