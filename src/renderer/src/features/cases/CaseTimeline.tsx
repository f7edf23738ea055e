// Every step of the case, oldest first: what was done, by whom and when, the note, and the step's own details
// (to whom it went, the resolution, satisfaction, levels, extension days, why it was voided, the file, what changed).
import { Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../../shared/contract/cases';
import { i18next } from '../../i18n/i18n';

const supervisionColors = { normal: 'blue', yellow: 'gold', red: 'red' } as const;

function colorOf(event: CaseEvent): string {
  switch (event.kind) {
    case 'resolve':
    case 'close':
      return 'green';
    case 'followUp':
      return event.data.satisfaction === 'dissatisfied' ? 'red' : 'green';
    case 'void':
      return 'gray';
    case 'return':
    case 'escalate':
    case 'requestExtension':
      return 'orange';
    case 'supervise':
      return event.data.supervisionLevel === 'red' ? 'red' : 'orange';
    default:
      return 'blue';
  }
}

/** A field name from an edit, in words when the catalogue knows it. */
function fieldLabel(field: string, t: TFunction): string {
  const key = `casePage.fields.${field}`;
  return i18next.exists(key) ? t(key as 'casePage.fields.kind') : field;
}

function details(event: CaseEvent, t: TFunction): ReactNode[] {
  const { data } = event;
  const lines: ReactNode[] = [];
  const line = (key: string, label: string, value: ReactNode) => (
    <div key={key} className="case-event-detail">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <span>{value}</span>
    </div>
  );
  if (data.handlerName) lines.push(line('handler', t('caseTimeline.handler'), data.handlerName));
  if (data.handlerDepartment) lines.push(line('department', t('caseTimeline.department'), data.handlerDepartment));
  if (data.claimantName) {
    const kind = data.claimantKind ? `${t(`claimantKinds.${data.claimantKind}`)} · ` : '';
    lines.push(line('claimant', t('caseTimeline.claimant'), `${kind}${data.claimantName}`));
  }
  if (data.resolution) lines.push(line('resolution', t('caseTimeline.resolution'), data.resolution));
  if (data.satisfaction) {
    lines.push(
      line(
        'satisfaction',
        t('caseTimeline.satisfaction'),
        <Tag color={data.satisfaction === 'dissatisfied' ? 'red' : 'green'}>
          {t(`satisfactions.${data.satisfaction}`)}
        </Tag>,
      ),
    );
  }
  if (data.escalationLevel) {
    lines.push(line('escalation', t('caseTimeline.escalation'), t(`escalationLevels.${data.escalationLevel}`)));
  }
  if (data.supervisionLevel) {
    lines.push(
      line(
        'supervision',
        t('caseTimeline.supervision'),
        <Tag color={supervisionColors[data.supervisionLevel]}>{t(`supervisionLevels.${data.supervisionLevel}`)}</Tag>,
      ),
    );
  }
  if (data.extensionDays !== undefined) {
    const days = data.extensionDays;
    const text =
      data.approved === undefined
        ? t('caseTimeline.extensionRequested', { days })
        : data.approved
          ? t('caseTimeline.extensionApproved', { days })
          : t('caseTimeline.extensionRejected', { days });
    lines.push(line('extension', t('caseTimeline.extension'), text));
  } else if (data.approved !== undefined) {
    lines.push(
      line(
        'extension',
        t('caseTimeline.extension'),
        t(data.approved ? 'caseTimeline.approved' : 'caseTimeline.rejected'),
      ),
    );
  }
  if (data.voidReason) {
    const duplicate = data.duplicateOfNumber
      ? ` · ${t('caseTimeline.duplicateOf', { number: data.duplicateOfNumber })}`
      : '';
    lines.push(line('void', t('caseTimeline.voidReason'), `${t(`voidReasons.${data.voidReason}`)}${duplicate}`));
  }
  if (data.fileName) lines.push(line('file', t('caseTimeline.file'), data.fileName));
  if (data.changedFields?.length) {
    lines.push(
      line(
        'changed',
        t('caseTimeline.changed'),
        data.changedFields.map((field) => fieldLabel(field, t)).join(t('caseTimeline.separator')),
      ),
    );
  }
  return lines;
}

export function CaseTimeline({ timeline }: { timeline: CaseEvent[] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // The newest step is what the user came for: a long timeline opens scrolled to its end.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls again when a step is added.
  useEffect(() => {
    const box = scroller.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [timeline.length]);
  return (
    <div className="case-timeline-scroll" ref={scroller}>
      <Timeline
        className="case-timeline"
        items={timeline.map((event) => ({
          key: event.id,
          color: colorOf(event),
          content: (
            <div className="case-event">
              <div className="case-event-head">
                <Typography.Text strong>{t(`caseEventKinds.${event.kind}`)}</Typography.Text>
                {event.fromStatus !== null && event.fromStatus !== event.toStatus && (
                  <Typography.Text type="secondary" className="case-event-status">
                    {t('caseTimeline.statusChange', {
                      from: t(`caseStatuses.${event.fromStatus}`),
                      to: t(`caseStatuses.${event.toStatus}`),
                    })}
                  </Typography.Text>
                )}
              </div>
              <Typography.Text type="secondary" className="case-event-meta">
                {dayjs(event.at).format('YYYY-MM-DD HH:mm')} · {event.actorName}
              </Typography.Text>
              {details(event, t)}
              {event.note && <Typography.Paragraph className="case-event-note">{event.note}</Typography.Paragraph>}
            </div>
          ),
        }))}
      />
    </div>
  );
}
