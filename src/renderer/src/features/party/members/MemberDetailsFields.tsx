// The fields a member's record shares between adding and editing: phone, kind with its own details (on the job:
// employer, report date, service post; mobile: where, since, contact), income category and the monthly income in
// yuan, with the dues it gives shown as it is typed.
import { Col, DatePicker, Form, type FormInstance, Input, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { MemberRow } from '../../../../../shared/contract/party';
import { fenToYuanText, yuanTextToFen } from '../../../../../shared/domain/money';
import { type MemberKind, memberKinds } from '../../../../../shared/domain/party';
import {
  duesRateBasisPoints,
  type IncomeCategory,
  incomeCategories,
  monthlyDuesFen,
} from '../../../../../shared/domain/partyDues';
import { zodRule } from '../../../components/zodRule';
import { dateOf, dayOf, isFutureDay, yuanOf } from './partyFormat';

export interface MemberDetailValues {
  phone?: string;
  kind: MemberKind;
  employer?: string;
  reportedOn?: Dayjs;
  servicePost?: string;
  mobileWhere?: string;
  mobileSince?: Dayjs;
  mobileContact?: string;
  incomeCategory: IncomeCategory;
  /** Typed in yuan; named as the contract's field so the server's issues about it land here. */
  incomeFen: string;
}

const fields = contract['party.updateMember'].input.shape;

export const detailDefaults: Partial<MemberDetailValues> = { kind: 'community', incomeCategory: 'retired' };

export function detailValuesOf(member: MemberRow): MemberDetailValues {
  return {
    phone: member.phone ?? '',
    kind: member.kind,
    employer: member.employer ?? '',
    reportedOn: dayOf(member.reportedOn),
    servicePost: member.servicePost ?? '',
    mobileWhere: member.mobileWhere ?? '',
    mobileSince: dayOf(member.mobileSince),
    mobileContact: member.mobileContact ?? '',
    incomeCategory: member.incomeCategory,
    incomeFen: fenToYuanText(member.incomeFen),
  };
}

/** The contract's fields from the form's; only the chosen kind's details are sent. */
export function detailsOf(values: MemberDetailValues) {
  const onJob = values.kind === 'on_the_job';
  const mobile = values.kind === 'mobile';
  return {
    phone: values.phone || undefined,
    kind: values.kind,
    employer: onJob ? values.employer || undefined : undefined,
    reportedOn: onJob ? dateOf(values.reportedOn) : undefined,
    servicePost: onJob ? values.servicePost || undefined : undefined,
    mobileWhere: mobile ? values.mobileWhere || undefined : undefined,
    mobileSince: mobile ? dateOf(values.mobileSince) : undefined,
    mobileContact: mobile ? values.mobileContact || undefined : undefined,
    incomeCategory: values.incomeCategory,
    incomeFen: yuanTextToFen(values.incomeFen ?? '') ?? -1,
  };
}

export function MemberDetailsFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const kind: MemberKind | undefined = Form.useWatch('kind', form);
  const category: IncomeCategory | undefined = Form.useWatch('incomeCategory', form);
  const incomeText: string | undefined = Form.useWatch('incomeFen', form);
  const required = (message: string) => [{ required: true, message }];

  // An on-the-job member is employed; the category follows the kind until someone chooses it.
  useEffect(() => {
    if (kind === 'on_the_job' && !form.isFieldTouched('incomeCategory'))
      form.setFieldValue('incomeCategory', 'employed');
  }, [kind, form]);

  const incomeRule = {
    validator: async (_rule: unknown, text: string | undefined) => {
      const fen = yuanTextToFen(text ?? '');
      if (!text?.trim()) throw new Error(t('form.required'));
      if (fen === null) throw new Error(t('validation.incomeFen'));
      if (fen < 0) throw new Error(t('validation.incomeNegative'));
    },
  };

  return (
    <>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="kind" label={t('partyRoster.kind')} required>
            <Radio.Group
              optionType="button"
              options={memberKinds.map((value) => ({ value, label: t(`memberKinds.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="phone" label={t('partyRoster.phone')} rules={[zodRule(fields.phone, t)]}>
            <Input maxLength={20} className="roster-number" />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'on_the_job' && (
        <Row gutter={16} className="roster-kind-box">
          <Col span={24}>
            <Form.Item
              name="employer"
              label={t('partyRoster.employer')}
              rules={[...required(t('validation.employerRequired')), zodRule(fields.employer, t)]}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="reportedOn"
              label={t('partyRoster.reportedOn')}
              rules={required(t('validation.reportedOnRequired'))}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="servicePost" label={t('partyRoster.servicePost')} rules={[zodRule(fields.servicePost, t)]}>
              <Input maxLength={40} placeholder={t('partyRoster.servicePostPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {kind === 'mobile' && (
        <Row gutter={16} className="roster-kind-box">
          <Col span={24}>
            <Form.Item
              name="mobileWhere"
              label={t('partyRoster.mobileWhere')}
              rules={[...required(t('validation.mobileWhereRequired')), zodRule(fields.mobileWhere, t)]}
            >
              <Input maxLength={60} placeholder={t('partyRoster.mobileWherePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="mobileSince"
              label={t('partyRoster.mobileSince')}
              rules={required(t('validation.mobileSinceRequired'))}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="mobileContact"
              label={t('partyRoster.mobileContact')}
              rules={[zodRule(fields.mobileContact, t)]}
            >
              <Input maxLength={40} placeholder={t('partyRoster.mobileContactPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="incomeCategory" label={t('partyRoster.incomeCategory')} required>
            <Select options={incomeCategories.map((value) => ({ value, label: t(`incomeCategories.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="incomeFen"
            label={t('partyRoster.monthlyIncome')}
            required
            rules={[incomeRule]}
            extra={<DuesLine category={category} incomeText={incomeText} />}
          >
            <Input inputMode="decimal" maxLength={14} suffix={t('partyRoster.yuanUnit')} className="roster-number" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** "每月党费 45.00 元（月收入 4,500.00 元 × 1%）", as the server will compute it. */
function DuesLine({ category, incomeText }: { category?: IncomeCategory; incomeText?: string }) {
  const { t } = useTranslation();
  const fen = yuanTextToFen(incomeText ?? '');
  if (!category || fen === null || fen < 0) return <span>{t('partyRoster.incomeHint')}</span>;
  const dues = yuanOf(monthlyDuesFen(category, fen));
  const rate = duesRateBasisPoints(category, fen);
  return (
    <Typography.Text type="success" className="roster-dues-line">
      {rate === null
        ? t('partyRoster.duesFlat', { dues, category: t(`incomeCategories.${category}`) })
        : t('partyRoster.duesLine', { dues, income: yuanOf(fen), rate: `${rate / 100}%` })}
    </Typography.Text>
  );
}
