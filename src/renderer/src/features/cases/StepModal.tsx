// The dialog of one step of the case flow: it asks exactly what that step needs (stepFields.ts) and sends
// cases.transition with the case's version. A refusal keeps what was typed; the case is refetched so a retry
// goes against the case as it now is.
import { Alert, Form, Input, InputNumber, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, TransitionInput } from '../../../../shared/contract/cases';
import {
  escalationLevels,
  type Satisfaction,
  satisfactions,
  supervisionLevels,
  voidReasons,
} from '../../../../shared/domain/cases';
import { isRpcError } from '../../api/RpcError';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { zodRule } from '../../components/zodRule';
import { HandlerFields, type HandlerKind } from './HandlerFields';
import { type FlowStep, noteRequired, type StepField, stepSchema, stepSpecs } from './stepFields';
import { useCaseMutation } from './useCaseMutation';

interface StepValues {
  note?: string;
  handlerKind?: HandlerKind;
  handlerUserId?: number;
  handlerDepartment?: string;
  resolution?: string;
  escalationLevel?: string;
  extensionDays?: number;
  approved?: boolean;
  supervisionLevel?: string;
  satisfaction?: Satisfaction;
  voidReason?: string;
  duplicateOfNumber?: string;
}

/** What the server said when it refused, shown above the form until the next try. */
type Refusal = 'conflict' | 'invalid' | null;

function inputOf(detail: CaseDetail, action: FlowStep, values: StepValues): TransitionInput {
  const base = { id: detail.id, version: detail.version, action, note: values.note ?? '' };
  const picked: Partial<StepValues> = {};
  for (const field of stepSpecs[action].fields) {
    if (field === 'handler') {
      if (values.handlerKind === 'department') picked.handlerDepartment = values.handlerDepartment;
      else picked.handlerUserId = values.handlerUserId;
    } else if (field === 'voidReason') {
      picked.voidReason = values.voidReason;
      if (values.voidReason === 'duplicate' && values.duplicateOfNumber) {
        picked.duplicateOfNumber = values.duplicateOfNumber;
      }
    } else {
      Object.assign(picked, { [field]: values[field] });
    }
  }
  // The field table and the contract name the same fields; the server checks the whole again.
  return { ...base, ...picked } as TransitionInput;
}

export function StepModal({
  detail,
  action,
  label,
  onClose,
}: {
  detail: CaseDetail;
  action: FlowStep | null;
  /** The button's words, e.g. 改派 for a second dispatch. */
  label: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StepValues>();
  const [refusal, setRefusal] = useState<Refusal>(null);
  const satisfaction = Form.useWatch('satisfaction', form);
  const voidReason = Form.useWatch('voidReason', form);
  const transition = useCaseMutation('cases.transition');
  const save = useSaveAndClose(form, onClose, (error) => {
    if (!isRpcError(error)) return;
    if (error.code === 'CONFLICT') setRefusal('conflict');
    else if (error.code === 'INVALID_TRANSITION') setRefusal('invalid');
  });
  // After a refetch the step may no longer be one the case allows (someone else took it first).
  const stillAllowed = action !== null && detail.allowedActions.includes(action);

  const submit = (values: StepValues) => {
    if (!action) return;
    setRefusal(null);
    return save(async () => {
      const change = await transition.mutateAsync(inputOf(detail, action, values));
      return t('caseSteps.done', { action: label, number: change.number });
    });
  };

  const spec = action ? stepSpecs[action] : null;
  const has = (field: StepField) => spec?.fields.includes(field) ?? false;
  const shape = action ? stepSchema(action) : null;

  return (
    <FormModal
      form={form}
      open={action !== null}
      title={t('caseSteps.title', { action: label, number: detail.number })}
      okText={label}
      okButtonProps={{ danger: spec?.danger, disabled: !stillAllowed }}
      onClose={onClose}
      onClosed={() => setRefusal(null)}
      pending={transition.isPending}
      width={560}
    >
      {action && (
        <Typography.Paragraph type="secondary" className="step-hint">
          {t(`caseSteps.hints.${action}`)}
        </Typography.Paragraph>
      )}
      {refusal && (
        <Alert
          className="step-refusal"
          type="warning"
          showIcon
          title={t(refusal === 'conflict' ? 'caseSteps.conflict' : 'caseSteps.invalid')}
          description={stillAllowed ? t('caseSteps.keptTyping') : t('caseSteps.noLongerAllowed')}
        />
      )}
      {!refusal && !stillAllowed && action && (
        <Alert className="step-refusal" type="info" showIcon title={t('caseSteps.noLongerAllowed')} />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        {has('handler') && <HandlerFields gridId={detail.gridId} />}
        {has('resolution') && shape && 'resolution' in shape && (
          <Form.Item
            name="resolution"
            label={t('caseSteps.resolution')}
            required
            rules={[zodRule(shape.resolution, t)]}
          >
            <Input.TextArea autoFocus rows={4} maxLength={2000} showCount placeholder={t('caseSteps.resolutionHint')} />
          </Form.Item>
        )}
        {has('escalationLevel') && (
          <Form.Item
            name="escalationLevel"
            label={t('caseSteps.escalationLevel')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Radio.Group
              optionType="button"
              options={escalationLevels.map((level) => ({ value: level, label: t(`escalationLevels.${level}`) }))}
            />
          </Form.Item>
        )}
        {has('extensionDays') && shape && 'extensionDays' in shape && (
          <Form.Item
            name="extensionDays"
            label={t('caseSteps.extensionDays')}
            required
            rules={[zodRule(shape.extensionDays, t)]}
            extra={t('caseSteps.extensionDaysHint')}
          >
            <InputNumber autoFocus min={1} max={30} precision={0} suffix={t('caseSteps.days')} />
          </Form.Item>
        )}
        {has('approved') && (
          <>
            <ExtensionRequest detail={detail} />
            <Form.Item
              name="approved"
              label={t('caseSteps.decision')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Radio.Group
                optionType="button"
                options={[
                  { value: true, label: t('caseSteps.approve') },
                  { value: false, label: t('caseSteps.reject') },
                ]}
              />
            </Form.Item>
          </>
        )}
        {has('supervisionLevel') && (
          <Form.Item
            name="supervisionLevel"
            label={t('caseSteps.supervisionLevel')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Radio.Group
              optionType="button"
              options={supervisionLevels.map((level) => ({ value: level, label: t(`supervisionLevels.${level}`) }))}
            />
          </Form.Item>
        )}
        {has('satisfaction') && (
          <Form.Item
            name="satisfaction"
            label={t('caseSteps.satisfaction')}
            rules={[{ required: true, message: t('form.required') }]}
            extra={
              satisfaction === 'dissatisfied' && (
                <Alert className="step-reopen" type="warning" showIcon title={t('caseSteps.reopenWarning')} />
              )
            }
          >
            <Radio.Group
              optionType="button"
              options={satisfactions.map((value) => ({ value, label: t(`satisfactions.${value}`) }))}
            />
          </Form.Item>
        )}
        {has('voidReason') && shape && 'duplicateOfNumber' in shape && (
          <>
            <Form.Item
              name="voidReason"
              label={t('caseSteps.voidReason')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Radio.Group
                optionType="button"
                options={voidReasons.map((reason) => ({ value: reason, label: t(`voidReasons.${reason}`) }))}
              />
            </Form.Item>
            {voidReason === 'duplicate' && (
              <Form.Item
                name="duplicateOfNumber"
                label={t('caseSteps.duplicateOf')}
                rules={[zodRule(shape.duplicateOfNumber, t)]}
                extra={t('caseSteps.duplicateOfHint')}
              >
                <Input maxLength={20} placeholder="SQ202611-000123" />
              </Form.Item>
            )}
          </>
        )}
        {action && shape && (
          <Form.Item
            name="note"
            label={t(`caseSteps.noteLabels.${stepSpecs[action].note}`)}
            required={noteRequired(action)}
            rules={[zodRule(shape.note, t)]}
          >
            <Input.TextArea
              autoFocus={stepSpecs[action].fields.length === 0}
              rows={3}
              maxLength={1000}
              showCount
              placeholder={t(noteRequired(action) ? 'caseSteps.notePlaceholderRequired' : 'caseSteps.notePlaceholder')}
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

const dayMs = 24 * 60 * 60_000;

/** The request being decided: how many days, why (the request's note), and where the deadline would move. */
function ExtensionRequest({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const days = detail.extensionRequestDays ?? 0;
  const request = detail.timeline.findLast((event) => event.kind === 'requestExtension');
  const format = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');
  return (
    <Alert
      className="step-request"
      type="info"
      title={t('caseSteps.extensionRequested', { days })}
      description={
        <>
          {request?.note && <div>{request.note}</div>}
          <div>
            {t('caseSteps.extensionMoves', {
              from: format(detail.resolveBy),
              to: format(detail.resolveBy + days * dayMs),
            })}
          </div>
        </>
      }
    />
  );
}
