// A worker's status history, newest first: joined, eliminated, left, each dated with its reason and who recorded it.
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffDetail } from '../../../../../shared/contract/team';

const colours = { joined: 'green', eliminated: 'red', left: 'gray' } as const;

export function StaffHistory({ events }: { events: StaffDetail['events'] }) {
  const { t } = useTranslation();
  if (events.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('teamStaff.historyEmpty')} />;
  }
  const newestFirst = [...events].sort((a, b) => b.date.localeCompare(a.date) || b.at - a.at);
  return (
    <Timeline
      className="staff-history"
      items={newestFirst.map((event) => ({
        key: event.id,
        color: colours[event.kind],
        content: (
          <>
            <div>
              <Typography.Text strong>{event.date}</Typography.Text> {t(`staffEventKinds.${event.kind}`)}
              {event.employment && (
                <Typography.Text type="secondary"> · {t(`employmentKinds.${event.employment}`)}</Typography.Text>
              )}
            </div>
            {event.reason && <div className="staff-history-reason">{event.reason}</div>}
            <Typography.Text type="secondary" className="staff-history-actor">
              {t('teamStaff.recordedBy', { name: event.actorName })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
