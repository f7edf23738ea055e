// A member's dated changes, newest first: joined, became full, transferred in or out, deceased.
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../../../shared/contract/party';

const colours = {
  joined: 'red',
  became_full: 'red',
  transferred_in: 'blue',
  transferred_out: 'gray',
  deceased: 'gray',
} as const;

export function MemberHistory({ events }: { events: MemberDetail['events'] }) {
  const { t } = useTranslation();
  if (events.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyRoster.historyEmpty')} />;
  }
  const newestFirst = [...events].sort((a, b) => b.date.localeCompare(a.date) || b.at - a.at);
  return (
    <Timeline
      className="member-history"
      items={newestFirst.map((event) => ({
        key: event.id,
        color: colours[event.kind],
        content: (
          <>
            <div>
              <Typography.Text strong>{event.date}</Typography.Text> {t(`memberEventKinds.${event.kind}`)}
              <Typography.Text type="secondary"> · {event.branchName}</Typography.Text>
            </div>
            {event.note && <div>{event.note}</div>}
            <Typography.Text type="secondary" className="member-history-actor">
              {t('partyRoster.recordedBy', { name: event.actorName })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
