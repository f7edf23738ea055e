// Correcting a case's details (kind, source, category, urgency, description, contact, where, the 12345 work order),
// sent as cases.update with the version read; the resident and household stay as registered.
import { Alert, Button, Col, DatePicker, Drawer, Flex, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { CaseDetail } from '../../../../shared/contract/cases';
import {
  type CaseKind,
  type CaseSource,
  type CaseUrgency,
  caseKinds,
  caseSources,
  caseUrgencies,
} from '../../../../shared/domain/cases';
import { isRpcError } from '../../api/RpcError';
import { useSaveAndClose } from '../../components/FormModal';
import { GridTreeSelect } from '../../components/GridTreeSelect';
import { zodRule } from '../../components/zodRule';
import { CategorySelect } from './CategorySelect';
import { useCaseMutation } from './useCaseMutation';

interface DetailValues {
  kind: CaseKind;
  source: CaseSource;
  categoryId: number;
  urgency: CaseUrgency;
  description: string;
  contactName?: string;
  contactPhone?: string;
  gridId?: number;
  address?: string;
  hotlineOrderNo?: string;
  hotlineDeadline?: Dayjs | null;
}

const fields = contract['cases.update'].input.shape;

function valuesOf(detail: CaseDetail): DetailValues {
  return {
    kind: detail.kind,
    source: detail.source,
    categoryId: detail.categoryId,
    urgency: detail.urgency,
    description: detail.description,
    contactName: detail.contactName ?? '',
    contactPhone: detail.contactPhone ?? '',
    gridId: detail.gridId,
    address: detail.address ?? '',
    hotlineOrderNo: detail.hotlineOrderNo ?? '',
    hotlineDeadline: detail.hotlineDeadline ? dayjs(detail.hotlineDeadline) : null,
  };
}

export function EditCaseDrawer({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DetailValues>();
  const [conflict, setConflict] = useState(false);
  const source = Form.useWatch('source', form);
  const update = useCaseMutation('cases.update');
  const close = () => {
    setConflict(false);
    onClose();
  };
  const save = useSaveAndClose(form, close, (error) => {
    if (isRpcError(error) && error.code === 'CONFLICT') setConflict(true);
  });
  const linked = detail.householdId !== null;

  // Filled once per opening: the refetch after a stale-version refusal brings a new version, not new typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the opening, see above.
  useEffect(() => {
    if (open) form.setFieldsValue(valuesOf(detail));
  }, [open, detail.id, form]);

  const submit = (values: DetailValues) => {
    const hotline = values.source === 'hotline';
    return save(async () => {
      const change = await update.mutateAsync({
        id: detail.id,
        version: detail.version,
        kind: values.kind,
        source: values.source,
        categoryId: values.categoryId,
        urgency: values.urgency,
        description: values.description,
        residentId: detail.residentId ?? undefined,
        householdId: detail.householdId ?? undefined,
        gridId: linked ? undefined : values.gridId,
        // A linked case keeps the address it was registered with; the form only shows it when nothing is linked.
        address: linked ? (detail.address ?? undefined) : values.address || undefined,
        contactName: values.contactName || undefined,
        contactPhone: values.contactPhone || undefined,
        hotlineOrderNo: hotline ? values.hotlineOrderNo || undefined : undefined,
        hotlineDeadline: hotline ? values.hotlineDeadline?.valueOf() : undefined,
      });
      return t('caseEdit.saved', { number: change.number });
    });
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('caseEdit.title', { number: detail.number })}
      size={560}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {conflict && <Alert className="case-edit-alert" type="warning" showIcon title={t('caseEdit.conflict')} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={t('caseEdit.kind')} required>
              <Select options={caseKinds.map((kind) => ({ value: kind, label: t(`caseKinds.${kind}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="source" label={t('caseEdit.source')} required>
              <Select options={caseSources.map((value) => ({ value, label: t(`caseSources.${value}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="categoryId"
              label={t('caseEdit.category')}
              required
              rules={[zodRule(fields.categoryId, t)]}
            >
              <CategorySelect fileable placeholder={t('caseEdit.categoryHint')} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="urgency" label={t('caseEdit.urgency')} required>
              <Radio.Group
                optionType="button"
                options={caseUrgencies.map((value) => ({ value, label: t(`caseUrgencies.${value}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {source === 'hotline' && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="hotlineOrderNo"
                label={t('caseEdit.hotlineOrderNo')}
                required
                rules={[zodRule(fields.hotlineOrderNo.unwrap(), t)]}
              >
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="hotlineDeadline"
                label={t('caseEdit.hotlineDeadline')}
                rules={[{ required: true, message: t('validation.hotlineDeadlineRequired') }]}
              >
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item
          name="description"
          label={t('caseEdit.description')}
          required
          rules={[zodRule(fields.description, t)]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="contactName" label={t('caseEdit.contactName')} rules={[zodRule(fields.contactName, t)]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="contactPhone" label={t('caseEdit.contactPhone')} rules={[zodRule(fields.contactPhone, t)]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        {linked ? (
          <Alert
            type="info"
            showIcon
            title={t('caseEdit.linked', { address: detail.householdAddress ?? detail.gridPath })}
            description={t('caseEdit.relinkHint')}
          />
        ) : (
          <>
            <Form.Item name="gridId" label={t('caseEdit.grid')} required rules={[zodRule(fields.gridId.unwrap(), t)]}>
              <GridTreeSelect placeholder={t('caseEdit.gridHint')} />
            </Form.Item>
            <Form.Item name="address" label={t('caseEdit.address')} rules={[zodRule(fields.address, t)]}>
              <Input maxLength={120} />
            </Form.Item>
            <Alert type="info" showIcon title={t('caseEdit.relinkHint')} />
          </>
        )}
      </Form>
    </Drawer>
  );
}
