// The household file's change history: each change with who made it and when, opening to its fields before and after.
import { Collapse, Empty, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import { AuditChange } from '../../components/AuditChange';
import { actionLabel, entityLabel } from '../audit/auditLabels';

type HistoryEntry = OutputOf<'households.get'>['history'][number];

export function HouseholdHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('household.noHistory')} />;
  }
  return (
    <Collapse
      size="small"
      className="household-history"
      items={history.map((entry) => ({
        key: entry.id,
        label: (
          <span className="household-history-line">
            <span className="household-history-time">{dayjs(entry.at).format('YYYY-MM-DD HH:mm')}</span>
            <span>{entry.actorName ?? t('audit.system')}</span>
            <Typography.Text strong>{actionLabel(entry.action, t) ?? entry.action}</Typography.Text>
            {entry.entity && (
              <Typography.Text type="secondary">
                {entityLabel(entry.entity, t)}
                {entry.entityId !== null && ` #${entry.entityId}`}
              </Typography.Text>
            )}
          </span>
        ),
        children: <AuditChange before={entry.before} after={entry.after} />,
      }))}
    />
  );
}
