// The facts of one case: where it came from and what it is about, its deadlines, who it concerns and where,
// who has it in hand (or claimed the wish), and what was asked and done.
import { Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseDetail } from '../../../../shared/contract/cases';

const time = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const items: NonNullable<DescriptionsProps['items']> = [];
  const add = (key: string, label: string, children: ReactNode, span?: number) =>
    items.push({ key, label, children, span });

  add('source', t('casePage.source'), t(`caseSources.${detail.source}`));
  add('category', t('casePage.category'), detail.categoryPath);
  if (detail.source === 'hotline') {
    add('hotlineOrderNo', t('casePage.hotlineOrderNo'), detail.hotlineOrderNo ?? none);
    add('hotlineDeadline', t('casePage.hotlineDeadline'), detail.hotlineDeadline ? time(detail.hotlineDeadline) : none);
  }
  add(
    'registered',
    t('casePage.registered'),
    detail.registeredByName ? `${time(detail.registeredAt)} · ${detail.registeredByName}` : time(detail.registeredAt),
  );
  add('urgency', t('casePage.urgency'), t(`caseUrgencies.${detail.urgency}`));
  add('acceptBy', t('casePage.acceptBy'), time(detail.acceptBy));
  if (detail.acceptedAt) add('acceptedAt', t('casePage.acceptedAt'), time(detail.acceptedAt));
  add(
    'resolveBy',
    t('casePage.resolveBy'),
    <span>
      {time(detail.resolveBy)}
      {detail.extensionDays > 0 && (
        <Typography.Text type="secondary"> {t('casePage.extended', { days: detail.extensionDays })}</Typography.Text>
      )}
    </span>,
  );
  if (detail.resolvedAt) add('resolvedAt', t('casePage.resolvedAt'), time(detail.resolvedAt));

  const household = detail.householdId;
  add(
    'resident',
    t('casePage.resident'),
    detail.residentName ? (
      household ? (
        <Link to={`/households/${household}`}>{detail.residentName}</Link>
      ) : (
        detail.residentName
      )
    ) : household ? (
      <Link to={`/households/${household}`}>{t('casePage.householdFile')}</Link>
    ) : (
      none
    ),
  );
  add('contact', t('casePage.contact'), contactOf(detail) ?? none);
  add('address', t('casePage.address'), detail.householdAddress ?? detail.address ?? none);
  add('grid', t('casePage.grid'), detail.gridPath);
  add(
    'handler',
    t('casePage.handler'),
    detail.handlerName ??
      (detail.handlerDepartment ? (
        <span>
          {detail.handlerDepartment} <Tag>{t('casePage.departmentTag')}</Tag>
        </span>
      ) : (
        none
      )),
  );
  if (detail.escalationLevel)
    add('escalation', t('casePage.escalation'), t(`escalationLevels.${detail.escalationLevel}`));
  if (detail.kind === 'wish') {
    add(
      'claimant',
      t('casePage.claimant'),
      detail.claimantName ? (
        <span>
          {detail.claimantKind && <Tag>{t(`claimantKinds.${detail.claimantKind}`)}</Tag>}
          {detail.claimantName}
          {detail.claimantPhone && ` · ${detail.claimantPhone}`}
          {detail.claimedAt && <Typography.Text type="secondary"> · {time(detail.claimedAt)}</Typography.Text>}
        </span>
      ) : (
        <Typography.Text type="secondary">{t('casePage.notClaimed')}</Typography.Text>
      ),
    );
  }
  if (detail.satisfaction) {
    add(
      'satisfaction',
      t('casePage.satisfaction'),
      <span>
        <Tag color={detail.satisfaction === 'dissatisfied' ? 'red' : 'green'}>
          {t(`satisfactions.${detail.satisfaction}`)}
        </Tag>
        {detail.followedUpAt && <Typography.Text type="secondary">{time(detail.followedUpAt)}</Typography.Text>}
      </span>,
    );
  }
  if (detail.reopenCount > 0)
    add('reopened', t('casePage.reopened'), t('casePage.times', { count: detail.reopenCount }));
  if (detail.voidReason) {
    add(
      'void',
      t('casePage.voidReason'),
      <span>
        {t(`voidReasons.${detail.voidReason}`)}
        {detail.duplicateOf && (
          <>
            {' · '}
            <Link to={`/cases/${detail.duplicateOf.id}`}>
              {t('casePage.duplicateOf', { number: detail.duplicateOf.number })}
            </Link>
          </>
        )}
      </span>,
    );
  }

  return (
    <div className="case-header">
      <Descriptions size="small" column={2} items={items} className="case-facts" />
      <section className="case-text">
        <Typography.Title level={5}>{t('casePage.description')}</Typography.Title>
        <Typography.Paragraph className="case-description">{detail.description}</Typography.Paragraph>
      </section>
      {detail.resolution && (
        <section className="case-text case-resolution">
          <Typography.Title level={5}>{t('casePage.resolution')}</Typography.Title>
          <Typography.Paragraph className="case-description">{detail.resolution}</Typography.Paragraph>
        </section>
      )}
    </div>
  );
}

function contactOf(detail: CaseDetail): string | null {
  const parts = [detail.contactName, detail.contactPhone].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
