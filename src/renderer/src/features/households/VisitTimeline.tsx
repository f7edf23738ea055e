// The household's home visits, newest first: when, what kind, who visited, whom they met and what they found.
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../../shared/contract/households';
import type { VisitType } from '../../../../shared/domain/residents';

export function VisitTimeline({ visits, canRecord }: { visits: VisitRow[]; canRecord: boolean }) {
  const { t } = useTranslation();
  if (visits.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <div>{t('household.noVisits')}</div>
            {canRecord && <Typography.Text type="secondary">{t('household.noVisitsHint')}</Typography.Text>}
          </>
        }
      />
    );
  }
  return (
    <Timeline
      className="visit-timeline"
      items={visits.map((visit) => ({
        key: visit.id,
        color: visit.followUpNeeded ? 'red' : 'blue',
        content: (
          <div className="visit-entry">
            <div className="visit-entry-head">
              <Typography.Text strong>{visit.visitDate}</Typography.Text>
              <Tag>{t(`visitTypes.${visit.type as VisitType}`)}</Tag>
              {visit.followUpNeeded && <Tag color="red">{t('household.followUp')}</Tag>}
              <Typography.Text type="secondary">{t('household.visitor', { name: visit.visitorName })}</Typography.Text>
            </div>
            {visit.peopleMet && (
              <Typography.Text type="secondary">
                {t('household.peopleMet', { people: visit.peopleMet })}
              </Typography.Text>
            )}
            <Typography.Paragraph className="visit-findings">
              {visit.findings || <Typography.Text type="secondary">{t('household.noFindings')}</Typography.Text>}
            </Typography.Paragraph>
          </div>
        ),
      }))}
    />
  );
}
