// Whom and where a new case is about: a resident found by the lookup (their household, address and grid shown, not
// typed), a household without a named resident, or, with no resident at all, an address and a grid.
import { EnvironmentOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Skeleton, Typography } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import { GridTreeSelect } from '../../components/GridTreeSelect';
import { type LookupHandle, ResidentLookup } from './ResidentLookup';

export type Subject =
  | { kind: 'lookup' }
  | { kind: 'household'; householdId: number; residentId?: number }
  | { kind: 'address' };

export type HouseholdFile = OutputOf<'households.get'>;

export function CaseSubject({
  subject,
  onChange,
  file,
  lookupRef,
}: {
  subject: Subject;
  onChange: (subject: Subject) => void;
  /** The household file of a household subject, once loaded. */
  file: HouseholdFile | undefined;
  lookupRef: Ref<LookupHandle>;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('form.required') }];

  if (subject.kind === 'lookup') {
    return (
      <Form.Item label={t('newCase.resident')} htmlFor="new-case-lookup" required>
        <div className="case-subject-lookup">
          <ResidentLookup
            id="new-case-lookup"
            ref={lookupRef}
            autoFocus
            onPick={(hit) => onChange({ kind: 'household', householdId: hit.householdId, residentId: hit.residentId })}
          />
          <Button icon={<EnvironmentOutlined />} onClick={() => onChange({ kind: 'address' })}>
            {t('newCase.noResident')}
          </Button>
        </div>
      </Form.Item>
    );
  }

  if (subject.kind === 'address') {
    return (
      <div className="case-subject-address">
        <Form.Item name="address" label={t('newCase.address')} rules={[{ max: 120 }]}>
          <Input autoFocus placeholder={t('newCase.addressPlaceholder')} maxLength={120} />
        </Form.Item>
        <Form.Item name="gridId" label={t('newCase.grid')} rules={required}>
          <GridTreeSelect placeholder={t('newCase.gridPlaceholder')} />
        </Form.Item>
        <Form.Item label=" " colon={false}>
          <Button icon={<SwapOutlined />} onClick={() => onChange({ kind: 'lookup' })}>
            {t('newCase.findResident')}
          </Button>
        </Form.Item>
      </div>
    );
  }

  if (!file) {
    return (
      <Form.Item label={t('newCase.resident')}>
        <Skeleton active paragraph={{ rows: 1 }} />
      </Form.Item>
    );
  }

  const { household, members, formerMembers } = file;
  return (
    <Form.Item label={t('newCase.resident')} required>
      <div className="case-subject-picked">
        <div className="case-subject-facts">
          <span className="case-subject-fact">
            <Typography.Text type="secondary">{t('newCase.who')}</Typography.Text>
            <Select<number>
              className="case-subject-member"
              aria-label={t('newCase.who')}
              // Opened from a household file: who in the household is asking is the first thing to say.
              autoFocus={subject.residentId === undefined}
              allowClear
              popupMatchSelectWidth={false}
              placeholder={t('newCase.noMember')}
              value={subject.residentId}
              onChange={(residentId) => onChange({ ...subject, residentId })}
              options={[...members, ...formerMembers].map((member) => ({
                value: member.id,
                label: t('newCase.memberLabel', {
                  name: member.name,
                  relation:
                    member.lifeStatus === 'active'
                      ? t(`relationsToHead.${member.relationToHead}`)
                      : t(`lifeStatuses.${member.lifeStatus}`),
                }),
              }))}
            />
          </span>
          <span className="case-subject-fact">
            <Typography.Text type="secondary">{t('newCase.household')}</Typography.Text>
            <span>{household.address}</span>
          </span>
          <span className="case-subject-fact">
            <Typography.Text type="secondary">{t('newCase.grid')}</Typography.Text>
            <span>{household.gridPath}</span>
          </span>
        </div>
        <Button icon={<SwapOutlined />} onClick={() => onChange({ kind: 'lookup' })}>
          {t('newCase.changeResident')}
        </Button>
      </div>
    </Form.Item>
  );
}
