// A household's house use as a coloured tag: rented houses stand out, since they carry a landlord and a pledge.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseUse } from '../../../../shared/domain/residents';

const colours: Record<HouseUse, string> = {
  owner_occupied: 'green',
  rented: 'orange',
  vacant: 'default',
  commercial: 'purple',
};

export function HouseUseTag({ use }: { use: HouseUse }) {
  const { t } = useTranslation();
  return <Tag color={colours[use]}>{t(`houseUses.${use}`)}</Tag>;
}
