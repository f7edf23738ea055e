// Who organised a session, coloured the same in the list and the detail: 市级, 区级, 街道.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingOrganiser } from '../../../../../shared/domain/gridTeam';

const colours: Record<TrainingOrganiser, string> = { city: 'volcano', district: 'geekblue', street: 'green' };

export function OrganiserTag({ organiser }: { organiser: TrainingOrganiser }) {
  const { t } = useTranslation();
  return <Tag color={colours[organiser]}>{t(`trainingOrganisers.${organiser}`)}</Tag>;
}
