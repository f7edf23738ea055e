// The icon and tag colour of each grid level, so a street, a community and a micro-grid are told apart at a glance.
import { AppstoreOutlined, BankOutlined, BorderOutlined, HomeOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ComponentType, CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridLevel } from '../../../../shared/domain/gridLevels';

const icons: Record<GridLevel, ComponentType<{ style?: CSSProperties }>> = {
  street: BankOutlined,
  community: HomeOutlined,
  grid: AppstoreOutlined,
  micro_grid: BorderOutlined,
};

const colours: Record<GridLevel, string> = {
  street: 'red',
  community: 'orange',
  grid: 'blue',
  micro_grid: 'cyan',
};

export function GridLevelIcon({ level }: { level: GridLevel }) {
  const { t } = useTranslation();
  const Icon = icons[level];
  return (
    <span role="img" aria-label={t(`gridLevels.${level}`)} title={t(`gridLevels.${level}`)}>
      <Icon style={{ color: `var(--grid-level-${level})` }} />
    </span>
  );
}

export function GridLevelTag({ level }: { level: GridLevel }) {
  const { t } = useTranslation();
  return <Tag color={colours[level]}>{t(`gridLevels.${level}`)}</Tag>;
}
