// Adding a member to a household or editing one: the ID number gives birth date and gender as it is typed.
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { Resident } from '../../../../shared/contract/residents';
import { localDate } from '../../../../shared/domain/dates';
import { normaliseIdNumber } from '../../../../shared/domain/idNumber';
import {
  attentionTags,
  careTags,
  type Gender,
  genders,
  isAttentionTag,
  type PoliticalStatus,
  politicalStatuses,
  type RelationToHead,
  type ResidenceStatus,
  type ResidenceType,
  type ResidentTag,
  type RiskLevel,
  relationsToHead,
  residenceStatuses,
  residenceTypes,
  riskLevels,
} from '../../../../shared/domain/residents';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { ageOn } from '../../components/age';
import { useErrorReporter } from '../../components/useErrorReporter';
import { zodRule } from '../../components/zodRule';
import { describeError } from '../../i18n/describeError';
import { useCan } from '../auth/SessionProvider';
import { factsOfTyped, idNumberRules } from './idNumberRules';
import { registerQueries } from './registerQueries';
import { TakenLink, useTaken } from './TakenLink';

export type ResidentFormMode =
  | { kind: 'create'; householdId: number; address: string; firstMember: boolean }
  | { kind: 'edit'; residentId: number };

interface ResidentValues {
  name: string;
  idNumber?: string;
  gender?: Gender;
  birthDate?: Dayjs | null;
  phone?: string;
  ethnicity?: string;
  relationToHead: RelationToHead;
  residenceType: ResidenceType;
  residenceStatus: ResidenceStatus;
  politicalStatus: PoliticalStatus;
  careTags: ResidentTag[];
  attentionTags: ResidentTag[];
  riskLevel?: RiskLevel;
  note?: string;
}

const fields = contract['residents.create'].input.shape;
/** Data, not wording: the ethnic groups most often met in Jiangsu, offered first; any other may be typed. */
const commonEthnicities = ['汉族', '回族', '满族', '蒙古族', '壮族', '苗族', '土家族', '彝族', '维吾尔族', '藏族'];

function valuesOf(resident: Resident): ResidentValues {
  const risk = resident.tags.find((tag) => tag.tag === 'severe_mental_disorder')?.riskLevel;
  return {
    name: resident.name,
    // The whole number is never sent to the form; an edit leaves it unchanged unless a new one is typed.
    idNumber: undefined,
    gender: resident.gender ?? undefined,
    birthDate: resident.birthDate ? dayjs(resident.birthDate) : null,
    phone: resident.phone ?? '',
    ethnicity: resident.ethnicity,
    relationToHead: resident.relationToHead,
    residenceType: resident.residenceType,
    residenceStatus: resident.residenceStatus,
    politicalStatus: resident.politicalStatus,
    careTags: resident.tags.map((tag) => tag.tag).filter((tag) => !isAttentionTag(tag)),
    attentionTags: resident.tags.map((tag) => tag.tag).filter(isAttentionTag),
    riskLevel: risk ?? undefined,
    note: resident.note ?? '',
  };
}

export function ResidentFormDrawer({ mode, onClose }: { mode: ResidentFormMode | null; onClose: () => void }) {
  const { t } = useTranslation();
  const editingId = mode?.kind === 'edit' ? mode.residentId : null;
  const existing = useQueryProc('residents.get', { id: editingId ?? 0 }, { enabled: editingId !== null });
  const title =
    mode?.kind === 'create'
      ? t('residentForm.createTitle', { address: mode.address })
      : t('residentForm.editTitle', { name: existing.data?.name ?? '' });

  return (
    <Drawer open={mode !== null} onClose={onClose} title={title} size={640} destroyOnHidden>
      {mode?.kind === 'create' && <ResidentForm mode={mode} onClose={onClose} />}
      {mode?.kind === 'edit' &&
        (existing.isError ? (
          <Alert type="error" showIcon title={describeError(existing.error, t)} />
        ) : existing.data ? (
          <ResidentForm mode={mode} resident={existing.data} onClose={onClose} />
        ) : (
          <Skeleton active />
        ))}
    </Drawer>
  );
}

function ResidentForm({
  mode,
  resident,
  onClose,
}: {
  mode: ResidentFormMode;
  resident?: Resident;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const { taken, note, clear } = useTaken();
  const seesAttention = useCan('residents.attention');
  const [form] = Form.useForm<ResidentValues>();
  const typedId = Form.useWatch('idNumber', form);
  const chosenAttention = Form.useWatch('attentionTags', form) ?? [];
  const create = useMutationProc('residents.create', { invalidates: registerQueries });
  const update = useMutationProc('residents.update', { invalidates: registerQueries });
  const today = localDate(Date.now());
  const facts = factsOfTyped(typedId);
  const hasId = Boolean(normaliseIdNumber(typedId ?? '')) || Boolean(resident?.maskedIdNumber);

  useEffect(() => {
    if (resident) form.setFieldsValue(valuesOf(resident));
  }, [resident, form]);

  const submit = async (values: ResidentValues) => {
    const idNumber = normaliseIdNumber(values.idNumber ?? '') || undefined;
    const typesFacts = !idNumber && !resident?.maskedIdNumber;
    const tags = [
      ...(values.careTags ?? []).map((tag) => ({ tag })),
      ...(values.attentionTags ?? []).map((tag) =>
        tag === 'severe_mental_disorder' && values.riskLevel ? { tag, riskLevel: values.riskLevel } : { tag },
      ),
    ];
    const input = {
      name: values.name,
      idNumber,
      gender: typesFacts ? values.gender : undefined,
      birthDate: typesFacts ? values.birthDate?.format('YYYY-MM-DD') : undefined,
      phone: values.phone || undefined,
      ethnicity: values.ethnicity || undefined,
      relationToHead: values.relationToHead,
      residenceType: values.residenceType,
      residenceStatus: values.residenceStatus,
      politicalStatus: values.politicalStatus,
      tags,
      note: values.note || undefined,
    };
    try {
      const saved =
        mode.kind === 'create'
          ? await create.mutateAsync({ householdId: mode.householdId, ...input })
          : await update.mutateAsync({ id: mode.residentId, version: resident?.version ?? 0, ...input });
      message.success(
        t(mode.kind === 'create' ? 'residentForm.created' : 'residentForm.updated', { name: saved.name }),
      );
      onClose();
    } catch (error) {
      report(error, form);
      note(error);
    }
  };

  const options = <T extends string>(values: readonly T[], key: string) =>
    values.map((value) => ({ value, label: t(`${key}.${value}` as 'genders.male') }));

  return (
    <Form<ResidentValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={clear}
      initialValues={{
        relationToHead: mode.kind === 'create' && mode.firstMember ? 'head' : undefined,
        residenceType: 'registered',
        residenceStatus: 'present_registered',
        politicalStatus: 'masses',
        ethnicity: '汉族',
        careTags: [],
        attentionTags: [],
      }}
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="name" label={t('registerFields.name')} required rules={[zodRule(fields.name, t)]}>
            <Input maxLength={30} autoFocus />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="idNumber"
            label={t('registerFields.idNumber')}
            normalize={(value: string) => normaliseIdNumber(value)}
            validateTrigger={['onChange', 'onBlur']}
            rules={idNumberRules(t)}
            extra={
              <>
                {facts ? (
                  <Typography.Text type="success" className="derived-facts">
                    {t('residentForm.derived', {
                      birthDate: facts.birthDate,
                      gender: t(`genders.${facts.gender}`),
                      age: ageOn(facts.birthDate, today),
                    })}
                  </Typography.Text>
                ) : resident?.maskedIdNumber ? (
                  <span className="register-number">{resident.maskedIdNumber}</span>
                ) : (
                  t('residentForm.idNumberHint')
                )}
                <TakenLink taken={taken} field="idNumber" onFollow={onClose} />
              </>
            }
          >
            <Input
              maxLength={22}
              placeholder={resident?.maskedIdNumber ?? t('residentForm.idNumberPlaceholder')}
              className="register-number"
              autoComplete="off"
            />
          </Form.Item>
        </Col>
      </Row>
      {!hasId && (
        <>
          <Alert type="info" showIcon title={t('residentForm.noIdNumberHint')} className="resident-form-note" />
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item
                name="gender"
                label={t('registerFields.gender')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Radio.Group options={options(genders, 'genders')} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                name="birthDate"
                label={t('registerFields.birthDate')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(day) => day.isAfter(dayjs(), 'day') || day.year() < 1900}
                />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="phone" label={t('registerFields.phone')} rules={[zodRule(fields.phone, t)]}>
            <Input maxLength={20} className="register-number" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="ethnicity" label={t('registerFields.ethnicity')} rules={[zodRule(fields.ethnicity, t)]}>
            <AutoComplete options={commonEthnicities.map((value) => ({ value }))} maxLength={10} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item
            name="relationToHead"
            label={t('registerFields.relationToHead')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={options(relationsToHead, 'relationsToHead')} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="residenceType" label={t('registerFields.residenceType')} required>
            <Select options={options(residenceTypes, 'residenceTypes')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="residenceStatus" label={t('registerFields.residenceStatus')} required>
            <Select options={options(residenceStatuses, 'residenceStatuses')} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="politicalStatus" label={t('registerFields.politicalStatus')} required>
            <Select options={options(politicalStatuses, 'politicalStatuses')} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="careTags" label={t('residentForm.careTags')}>
        <Checkbox.Group options={options(careTags, 'residentTags')} className="tag-checks" />
      </Form.Item>
      {seesAttention && (
        <div className="attention-box">
          <Form.Item
            name="attentionTags"
            label={t('residentForm.attentionTags')}
            extra={t('residentForm.attentionHint')}
          >
            <Checkbox.Group options={options(attentionTags, 'residentTags')} className="tag-checks" />
          </Form.Item>
          {chosenAttention.includes('severe_mental_disorder') && (
            <Form.Item name="riskLevel" label={t('residentForm.riskLevel')}>
              <Radio.Group options={options(riskLevels, 'riskLevels')} optionType="button" />
            </Form.Item>
          )}
        </div>
      )}
      <Form.Item name="note" label={t('registerFields.note')} rules={[zodRule(fields.note, t)]}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
