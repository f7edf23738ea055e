// One wish as a note pinned on the wall: the wish, whose (name masked: the wall is read by outsiders), where,
// when, and who claimed or fulfilled it.
import { Button, Typography } from 'antd';
import dayjs from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { wishCard, wishStages } from '../../../../shared/contract/cases';

export type WishCardData = z.infer<typeof wishCard>;
export type WishStage = (typeof wishStages)[number];

const day = (at: number) => dayjs(at).format('YYYY-MM-DD');

export function WishCard({
  wish,
  stage,
  onOpen,
  onClaim,
}: {
  wish: WishCardData;
  stage: WishStage;
  /** Opens the wish's case page; absent for roles that cannot read cases. */
  onOpen?: () => void;
  /** Offered on open wishes to roles that may record a claim. */
  onClaim?: () => void;
}) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    if (onOpen && (event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget) {
      event.preventDefault();
      onOpen();
    }
  };
  return (
    <article
      className={`wish-note wish-note-${stage}${onOpen ? ' wish-note-link' : ''}`}
      tabIndex={onOpen ? 0 : undefined}
      onClick={onOpen}
      onKeyDown={onKeyDown}
      aria-label={t('wishWall.noteLabel', { number: wish.number })}
    >
      <Typography.Paragraph className="wish-text" ellipsis={{ rows: 4, tooltip: wish.description }}>
        {wish.description}
      </Typography.Paragraph>
      <div className="wish-meta">
        <span className="wish-who">{wish.wisherName ?? t('wishWall.anonymous')}</span>
        <span>{day(wish.registeredAt)}</span>
      </div>
      <Typography.Text type="secondary" className="wish-grid" ellipsis={{ tooltip: wish.gridPath }}>
        {wish.gridPath}
      </Typography.Text>
      {wish.claimantName && (
        <div className="wish-claimant">
          {t('wishWall.claimedBy', {
            kind: wish.claimantKind ? t(`claimantKinds.${wish.claimantKind}`) : '',
            name: wish.claimantName,
          })}
          {wish.claimedAt && <span className="wish-claimed-at">{day(wish.claimedAt)}</span>}
        </div>
      )}
      {stage === 'fulfilled' && wish.resolvedAt && (
        <div className="wish-fulfilled">{t('wishWall.fulfilledOn', { date: day(wish.resolvedAt) })}</div>
      )}
      {onClaim && (
        <Button
          size="small"
          type="primary"
          className="wish-claim"
          onClick={(event) => {
            event.stopPropagation();
            onClaim();
          }}
        >
          {t('wishWall.claim')}
        </Button>
      )}
    </article>
  );
}
