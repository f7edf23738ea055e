// The roster's two tags, coloured the same wherever a worker is shown: employment kind and status.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmploymentKind, StaffStatus } from '../../../../../shared/domain/gridTeam';

const statusColours: Record<StaffStatus, string> = { active: 'green', eliminated: 'red', left: 'default' };

export function EmploymentTag({ employment }: { employment: EmploymentKind }) {
  const { t } = useTranslation();
  return <Tag color={employment === 'full_time' ? 'blue' : 'cyan'}>{t(`employmentKinds.${employment}`)}</Tag>;
}

export function StaffStatusTag({ status }: { status: StaffStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`staffStatuses.${status}`)}</Tag>;
}
