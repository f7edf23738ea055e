// The steps the signed-in user may take on the case now: exactly cases.get's `allowedActions`, the natural next
// step as the primary button, side steps under 更多; each opens its own small dialog.
import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases';
import type { CaseAction } from '../../../../shared/domain/caseFlow';
import type { CaseStatus } from '../../../../shared/domain/cases';
import { ClaimWishModal } from '../wishes/ClaimWishModal';
import { StepModal } from './StepModal';
import type { FlowStep } from './stepFields';

/** Shown as buttons, in this order; the rest go under 更多. */
const mainActions: readonly CaseAction[] = [
  'accept',
  'assign',
  'claim',
  'start',
  'resolve',
  'followUp',
  'close',
  'decideExtension',
  'note',
];
const sideActions: readonly CaseAction[] = ['return', 'escalate', 'requestExtension', 'supervise', 'void'];

/** The step a case in this status naturally waits for, best first (a wish waits to be claimed before dispatch). */
const nextSteps: Partial<Record<CaseStatus, readonly CaseAction[]>> = {
  registered: ['accept'],
  accepted: ['claim', 'assign', 'resolve'],
  assigned: ['start', 'resolve'],
  claimed: ['start', 'resolve'],
  in_progress: ['resolve'],
  escalated: ['resolve'],
  resolved: ['followUp', 'close'],
  followed_up: ['close'],
};

export function primaryAction(detail: CaseDetail): CaseAction | undefined {
  const allowed = (action: CaseAction) => detail.allowedActions.includes(action);
  // A pending extension request waits on the supervisor before anything else they could do.
  if (detail.extensionPending && allowed('decideExtension')) return 'decideExtension';
  return nextSteps[detail.status]?.find(allowed);
}

export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<FlowStep | null>(null);
  const [claiming, setClaiming] = useState(false);
  const primary = primaryAction(detail);
  const labelOf = (action: CaseAction) =>
    action === 'assign' && detail.status === 'assigned' ? t('casePage.reassign') : t(`caseActions.${action}`);
  // Kept after closing, so the dialog's title does not change while it fades out.
  const [label, setLabel] = useState('');
  const open = (action: CaseAction) => {
    setLabel(labelOf(action));
    if (action === 'claim') setClaiming(true);
    else setStep(action);
  };

  const shown = mainActions.filter((action) => detail.allowedActions.includes(action));
  const more = sideActions.filter((action) => detail.allowedActions.includes(action));

  // The dialogs stay mounted when a refetch takes the buttons away, so a refused step can say why.
  return (
    <>
      {shown.length === 0 && more.length === 0 && (
        <Typography.Text type="secondary" className="case-no-actions">
          {t(detail.status === 'closed' || detail.status === 'voided' ? 'casePage.finished' : 'casePage.noActions')}
        </Typography.Text>
      )}
      <Flex gap={8} wrap className="case-actions">
        {[...shown]
          .sort((a, b) => Number(b === primary) - Number(a === primary))
          .map((action) => (
            <Button key={action} type={action === primary ? 'primary' : 'default'} onClick={() => open(action)}>
              {labelOf(action)}
            </Button>
          ))}
        {more.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: more.map((action) => ({ key: action, label: labelOf(action), danger: action === 'void' })),
              onClick: ({ key }) => open(key as CaseAction),
            }}
          >
            <Button>
              {t('casePage.more')} <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Flex>
      <StepModal detail={detail} action={step} label={label} onClose={() => setStep(null)} />
      <ClaimWishModal
        wish={claiming ? detail : null}
        stillOpen={detail.allowedActions.includes('claim')}
        onClose={() => setClaiming(false)}
      />
    </>
  );
}
