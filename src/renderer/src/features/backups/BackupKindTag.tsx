// A backup's kind as a coloured tag: daily, manual, before an upgrade, before a restore.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupKind } from '../../../../shared/contract/backups';

const colours: Record<BackupKind, string> = {
  daily: 'blue',
  manual: 'green',
  preMigration: 'purple',
  beforeRestore: 'orange',
};

export function BackupKindTag({ kind }: { kind: BackupKind }) {
  const { t } = useTranslation();
  return <Tag color={colours[kind]}>{t(`backups.kinds.${kind}`)}</Tag>;
}
