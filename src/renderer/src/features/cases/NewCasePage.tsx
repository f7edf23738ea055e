// Registering a case at the desk, built for speed and the keyboard alone: find the resident, pick the category, type
// what they want, choose how far it goes, Ctrl+Enter. Opens prefilled from a household file (?householdId=, ?residentId=).
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { phone } from '../../../../shared/contract/common';
import {
  type CaseKind,
  type CaseSource,
  type CaseUrgency,
  caseKinds,
  caseSources,
  caseUrgencies,
} from '../../../../shared/domain/cases';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { PageTitle } from '../../components/PageTitle';
import { useErrorReporter } from '../../components/useErrorReporter';
import { zodRule } from '../../components/zodRule';
import { CaseSubject, type Subject } from './CaseSubject';
import { CategorySelect } from './CategorySelect';
import { NewCaseTips } from './NewCaseTips';
import { type HandlerChoice, handlerOf, type IntakeStep, NextStepFields } from './NextStepFields';
import { OpenCaseWarning } from './OpenCaseWarning';
import type { LookupHandle } from './ResidentLookup';
import { caseQueries } from './useCaseQueries';

interface NewCaseValues {
  kind: CaseKind;
  source: CaseSource;
  categoryId?: number;
  urgency: CaseUrgency;
  description?: string;
  contactName?: string;
  contactPhone?: string;
  hotlineOrderNo?: string;
  hotlineDeadline?: Dayjs;
  next: IntakeStep;
  handlerUserId?: HandlerChoice;
  resolution?: string;
  address?: string;
  gridId?: number;
}

const initialValues: Partial<NewCaseValues> = {
  kind: 'demand',
  source: 'walk_in',
  urgency: 'ordinary',
  next: 'accept',
};

/** The id antd gives a field of this form, to move the focus there. */
const fieldId = (name: keyof NewCaseValues) => `newCase_${name}`;

function subjectOf(params: URLSearchParams): Subject {
  const householdId = Number(params.get('householdId'));
  return Number.isInteger(householdId) && householdId > 0 ? { kind: 'household', householdId } : { kind: 'lookup' };
}

export function NewCasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const report = useErrorReporter();
  const [params] = useSearchParams();
  const [form] = Form.useForm<NewCaseValues>();
  const [subject, setSubject] = useState<Subject>(() => subjectOf(params));
  const lookupRef = useRef<LookupHandle>(null);
  const registerAnother = useRef(false);
  const filledFor = useRef<number | undefined>(undefined);
  const source = Form.useWatch('source', form);
  const next = Form.useWatch('next', form) ?? 'accept';
  const categoryId = Form.useWatch('categoryId', form);
  const typedGridId = Form.useWatch('gridId', form);

  const householdId = subject.kind === 'household' ? subject.householdId : undefined;
  const residentId = subject.kind === 'household' ? subject.residentId : undefined;
  const file = useQueryProc('households.get', { id: householdId ?? 0 }, { enabled: householdId !== undefined });
  const residentParam = Number(params.get('residentId'));
  const residentOfParam = useQueryProc(
    'residents.get',
    { id: residentParam },
    { enabled: Number.isInteger(residentParam) && residentParam > 0 },
  );
  const create = useMutationProc('cases.create', { invalidates: caseQueries });

  // Opened for a resident: their household becomes the subject once known.
  useEffect(() => {
    const resident = residentOfParam.data;
    if (resident) setSubject({ kind: 'household', householdId: resident.householdId, residentId: resident.id });
  }, [residentOfParam.data]);

  // Picking a resident fills the contact once; what the desk types over it afterwards stays.
  useEffect(() => {
    if (!residentId || !file.data || filledFor.current === residentId) return;
    const member = [...file.data.members, ...file.data.formerMembers].find((person) => person.id === residentId);
    if (!member) return;
    filledFor.current = residentId;
    const wholePhone = member.phone && !member.phone.includes('*') ? member.phone : undefined;
    form.setFieldsValue({ contactName: member.name, contactPhone: wholePhone });
  }, [residentId, file.data, form]);

  const changeSubject = (nextSubject: Subject) => {
    setSubject(nextSubject);
    if (nextSubject.kind === 'lookup') setTimeout(() => lookupRef.current?.focus());
    // After a pick the category is what is still missing: the kind and source defaults usually hold.
    if (nextSubject.kind === 'household' && subject.kind === 'lookup') {
      setTimeout(() => document.getElementById(fieldId('categoryId'))?.focus());
    }
  };

  const startAnother = (keep: Pick<NewCaseValues, 'source'>) => {
    form.resetFields();
    form.setFieldsValue(keep);
    filledFor.current = undefined;
    changeSubject({ kind: 'lookup' });
  };

  const submit = async (values: NewCaseValues) => {
    const another = registerAnother.current;
    registerAnother.current = false;
    if (subject.kind === 'lookup') {
      // A case belongs to a resident's household or to an address on a grid: one of them must be chosen.
      message.warning(t('newCase.subjectRequired'));
      lookupRef.current?.focus();
      return;
    }
    const linked = subject.kind === 'household';
    const hotline = values.source === 'hotline';
    try {
      const saved = await create.mutateAsync({
        kind: values.kind,
        source: values.source,
        categoryId: values.categoryId ?? 0,
        urgency: values.urgency,
        description: values.description ?? '',
        residentId: linked ? subject.residentId : undefined,
        householdId: linked ? subject.householdId : undefined,
        gridId: linked ? undefined : values.gridId,
        address: linked ? undefined : values.address || undefined,
        contactName: values.contactName?.trim() || undefined,
        contactPhone: values.contactPhone?.trim() || undefined,
        hotlineOrderNo: hotline ? values.hotlineOrderNo : undefined,
        hotlineDeadline: hotline ? values.hotlineDeadline?.valueOf() : undefined,
        next: values.next,
        ...(values.next === 'assign' ? handlerOf(values.handlerUserId) : {}),
        resolution: values.next === 'resolve' ? values.resolution : undefined,
      });
      message.success(t('newCase.saved', { number: saved.number }));
      if (another) startAnother({ source: values.source });
      else navigate(`/cases/${saved.id}`);
    } catch (error) {
      report(error, form);
    }
  };

  const save = (another: boolean) => {
    registerAnother.current = another;
    form.submit();
  };

  // Ctrl+Enter saves from any field, Ctrl+Shift+Enter saves and starts the next; before a list or editor sees the key.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopPropagation();
    save(event.shiftKey);
  };

  const selectOptions = <V extends string>(values: readonly V[], labels: string) =>
    values.map((value) => ({ value, label: t(`${labels}.${value}` as 'caseKinds.demand') }));
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  return (
    <>
      <PageTitle title={t('newCase.title')} intro={t('newCase.intro')} />
      <Row gutter={16} wrap={false} className="new-case">
        <Col flex="auto" className="new-case-main">
          <Card>
            <div onKeyDownCapture={onKeyDownCapture}>
              <Form<NewCaseValues>
                form={form}
                name="newCase"
                layout="vertical"
                initialValues={initialValues}
                onFinish={submit}
              >
                <CaseSubject subject={subject} onChange={changeSubject} file={file.data} lookupRef={lookupRef} />
                <div className="new-case-row">
                  <Form.Item name="kind" label={t('newCase.kind')}>
                    <Select
                      options={selectOptions(caseKinds, 'caseKinds')}
                      showSearch={{ optionFilterProp: 'label' }}
                    />
                  </Form.Item>
                  <Form.Item name="source" label={t('newCase.source')}>
                    <Select
                      options={selectOptions(caseSources, 'caseSources')}
                      showSearch={{ optionFilterProp: 'label' }}
                    />
                  </Form.Item>
                  <Form.Item name="urgency" label={t('newCase.urgency')}>
                    <Select options={selectOptions(caseUrgencies, 'caseUrgencies')} />
                  </Form.Item>
                </div>
                <Form.Item
                  name="categoryId"
                  label={t('newCase.category')}
                  rules={[{ required: true, message: t('newCase.categoryRequired') }]}
                >
                  <CategorySelect fileable placeholder={t('newCase.categoryPlaceholder')} />
                </Form.Item>
                {residentId !== undefined && <OpenCaseWarning residentId={residentId} categoryId={categoryId} />}
                {source === 'hotline' && (
                  <div className="new-case-row new-case-hotline">
                    <Form.Item
                      name="hotlineOrderNo"
                      label={t('newCase.hotlineOrderNo')}
                      rules={required(t('newCase.hotlineOrderNoRequired'))}
                    >
                      <Input maxLength={40} placeholder={t('newCase.hotlineOrderNoPlaceholder')} />
                    </Form.Item>
                    <Form.Item
                      name="hotlineDeadline"
                      label={t('newCase.hotlineDeadline')}
                      rules={[{ required: true, message: t('newCase.hotlineDeadlineRequired') }]}
                    >
                      <DatePicker
                        showTime={{ format: 'HH:mm' }}
                        format="YYYY-MM-DD HH:mm"
                        needConfirm={false}
                        // Its clear button would be one more Tab stop between the deadline and the description.
                        allowClear={false}
                        style={{ width: '100%' }}
                        placeholder={t('newCase.hotlineDeadlinePlaceholder')}
                      />
                    </Form.Item>
                  </div>
                )}
                <Form.Item
                  name="description"
                  label={t('newCase.description')}
                  rules={required(t('newCase.descriptionRequired'))}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 8 }}
                    maxLength={2000}
                    showCount
                    placeholder={t('newCase.descriptionPlaceholder')}
                  />
                </Form.Item>
                <div className="new-case-row">
                  <Form.Item name="contactName" label={t('newCase.contactName')} rules={[{ max: 40 }]}>
                    <Input maxLength={40} />
                  </Form.Item>
                  <Form.Item
                    name="contactPhone"
                    label={t('newCase.contactPhone')}
                    rules={[zodRule(phone.optional(), t)]}
                  >
                    <Input maxLength={20} inputMode="tel" />
                  </Form.Item>
                </div>
                <NextStepFields next={next} gridId={file.data?.household.gridId ?? typedGridId} />
                <Flex gap={8} wrap className="new-case-actions">
                  <Button type="primary" size="large" loading={create.isPending} onClick={() => save(false)}>
                    {t('newCase.save')}
                  </Button>
                  <Button size="large" disabled={create.isPending} onClick={() => save(true)}>
                    {t('newCase.saveAndAnother')}
                  </Button>
                  <Button size="large" type="text" onClick={() => navigate(-1)}>
                    {t('common.cancel')}
                  </Button>
                  <Typography.Text type="secondary" className="new-case-keys">
                    {t('newCase.saveKeys')}
                  </Typography.Text>
                </Flex>
              </Form>
            </div>
          </Card>
        </Col>
        <Col flex="280px" className="new-case-side">
          <NewCaseTips />
        </Col>
      </Row>
    </>
  );
}
