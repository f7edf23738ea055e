// The small marks every case screen shares: number, status, kind, supervision, and the deadline with its time.
import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/contract/cases';
import type { CaseKind, CaseStatus, SupervisionLevel } from '../../../../shared/domain/cases';
import { isOpenStatus } from '../../../../shared/domain/cases';
import './cases.css';

const statusColours: Record<CaseStatus, string> = {
  registered: 'default',
  accepted: 'blue',
  assigned: 'geekblue',
  claimed: 'cyan',
  in_progress: 'processing',
  escalated: 'purple',
  resolved: 'green',
  followed_up: 'success',
  closed: 'default',
  voided: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColours[status]} className={status === 'voided' ? 'case-tag case-tag-voided' : 'case-tag'}>
      {t(`caseStatuses.${status}`)}
    </Tag>
  );
}

const kindColours: Record<CaseKind, string> = {
  demand: 'blue',
  wish: 'magenta',
  complaint: 'volcano',
  consultation: 'cyan',
  suggestion: 'lime',
};

export function KindTag({ kind }: { kind: CaseKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kindColours[kind]} bordered={false} className="case-tag">
      {t(`caseKinds.${kind}`)}
    </Tag>
  );
}

const supervisionColours: Record<SupervisionLevel, string> = { normal: 'blue', yellow: 'gold', red: 'red' };

export function SupervisionTag({ level }: { level: SupervisionLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={supervisionColours[level]} className="case-tag">
      {t(`supervisionLevels.${level}`)}
    </Tag>
  );
}

/** SQ202611-000123 in even figures, so numbers line up in a column. */
export function CaseNumber({ number }: { number: string }) {
  return <span className="case-number">{number}</span>;
}

/** 11-28 17:00 this year, 2025-11-28 17:00 otherwise. */
export function formatCaseTime(epochMs: number): string {
  const at = dayjs(epochMs);
  return at.format(at.year() === dayjs().year() ? 'MM-DD HH:mm' : 'YYYY-MM-DD HH:mm');
}

/**
 * Overdue in red and due soon in orange, each with the deadline; a case on time shows just its deadline, and a
 * finished one (resolved in time, closed, voided) nothing loud.
 */
export function DeadlineTag({ row }: { row: Pick<CaseRow, 'deadlineState' | 'resolveBy' | 'resolvedAt' | 'status'> }) {
  const { t } = useTranslation();
  const time = formatCaseTime(row.resolveBy);
  const title = t('cases.deadlineAt', { time: dayjs(row.resolveBy).format('YYYY-MM-DD HH:mm') });
  if (row.status === 'voided') return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (row.deadlineState === 'overdue') {
    return (
      <Tooltip title={title}>
        <Tag color="red" className="case-tag case-deadline">
          {isOpenStatus(row.status) ? t('deadlineStates.overdue') : t('cases.resolvedLate')} {time}
        </Tag>
      </Tooltip>
    );
  }
  if (row.deadlineState === 'dueSoon' && isOpenStatus(row.status)) {
    return (
      <Tooltip title={title}>
        <Tag color="orange" className="case-tag case-deadline">
          {t('deadlineStates.dueSoon')} {time}
        </Tag>
      </Tooltip>
    );
  }
  if (!isOpenStatus(row.status)) {
    return <Typography.Text type="secondary">{t('cases.resolvedInTime')}</Typography.Text>;
  }
  return (
    <Typography.Text type="secondary" className="case-deadline" title={title}>
      {t('cases.dueAt', { time })}
    </Typography.Text>
  );
}
