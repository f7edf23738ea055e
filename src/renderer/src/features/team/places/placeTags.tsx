// The small marks the place screens share: a place's kind as a coloured tag.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlaceKind } from '../../../../../shared/domain/gridTeam';

const kindColours: Record<PlaceKind, string> = {
  enterprise: 'blue',
  shop: 'cyan',
  rental_house: 'gold',
  key_place: 'volcano',
};

export function PlaceKindTag({ kind }: { kind: PlaceKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kindColours[kind]} bordered={false} className="place-tag">
      {t(`placeKinds.${kind}`)}
    </Tag>
  );
}
