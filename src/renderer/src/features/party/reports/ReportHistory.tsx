// The report's steps so far, oldest first: who submitted, approved or returned it, when, and the opinion given.
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../../shared/contract/party';
import type { ReportAction } from '../../../../../shared/domain/party';
import { timeText } from './reportMonth';

const colors: Record<ReportAction, string> = { submit: 'blue', review: 'green', return: 'red' };

export function ReportHistory({ history }: { history: ReportDetail['history'] }) {
  const { t } = useTranslation();
  if (history.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('partyReports.historyEmpty')} />;
  }
  return (
    <Timeline
      className="report-history"
      items={history.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: colors[event.action],
        children: (
          <>
            <div>
              <Typography.Text strong>{t(`reportActions.${event.action}`)}</Typography.Text>
              <Typography.Text type="secondary">
                {' · '}
                {event.actorName} · {timeText(event.at)}
              </Typography.Text>
            </div>
            {event.opinion && (
              <Typography.Paragraph
                className="report-history-opinion"
                type={event.action === 'return' ? 'danger' : undefined}
              >
                {event.opinion}
              </Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
