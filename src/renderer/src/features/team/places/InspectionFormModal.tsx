// Recording an inspection: the place, the day (not in the future), the active worker who made it and the findings;
// a hazard found is registered as a case (category, description, urgency) and the page then shows its number.
import { App, DatePicker, Form, Input, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionRow, PlaceRow } from '../../../../../shared/contract/team';
import { type CaseUrgency, caseUrgencies } from '../../../../../shared/domain/cases';
import { useMutationProc } from '../../../api/hooks';
import { FormModal } from '../../../components/FormModal';
import { type FieldPath, useFormIssues } from '../../../components/useFormIssues';
import { CategorySelect } from '../../cases/CategorySelect';
import { teamQueries, useActiveStaff } from '../teamQueries';
import { PlaceSelect } from './PlaceSelect';

interface InspectionValues {
  placeId?: number;
  inspectedOn?: Dayjs;
  inspectorStaffId?: number;
  findings?: string;
  hasHazard: boolean;
  hazard?: { categoryId?: number; description?: string; urgency: CaseUrgency };
}

const topFields = new Set(['placeId', 'inspectedOn', 'inspectorStaffId', 'findings']);
const hazardFields = new Set(['categoryId', 'description', 'urgency']);
/** The server's field problems land on the field of the same name; the hazard's on its nested fields. */
const placeIssue = (path: FieldPath): FieldPath | null => {
  const [head, inner] = path;
  if (typeof head === 'string' && topFields.has(head)) return [head];
  if (head === 'hazard' && typeof inner === 'string' && hazardFields.has(inner)) return ['hazard', inner];
  return null;
};

interface Props {
  open: boolean;
  /** The place chosen from its row, or null to choose one here. */
  place: PlaceRow | null;
  onClose: () => void;
  /** A hazard was registered: the inspection with its case, for the page to show. */
  onHazardCase: (inspection: InspectionRow) => void;
}

export function InspectionFormModal({ open, place, onClose, onHazardCase }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InspectionValues>();
  const report = useFormIssues(placeIssue);
  const { message } = App.useApp();
  const staff = useActiveStaff();
  const recordInspection = useMutationProc('team.recordInspection', { invalidates: teamQueries });
  const hasHazard = Form.useWatch('hasHazard', form) ?? false;
  const required = { required: true, message: t('form.required') };

  useEffect(() => {
    if (open) form.setFieldsValue({ placeId: place?.id, inspectedOn: dayjs(), hasHazard: false });
  }, [open, place, form]);

  const submit = async (values: InspectionValues) => {
    if (!values.placeId || !values.inspectedOn || !values.inspectorStaffId) return;
    try {
      const hazard = values.hasHazard ? values.hazard : undefined;
      const saved = await recordInspection.mutateAsync({
        placeId: values.placeId,
        inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
        inspectorStaffId: values.inspectorStaffId,
        findings: values.findings?.trim() ?? '',
        hazard:
          hazard?.categoryId && hazard.description
            ? { categoryId: hazard.categoryId, description: hazard.description, urgency: hazard.urgency }
            : undefined,
      });
      message.success(t('teamField.inspect.saved', { name: saved.placeName }));
      onClose();
      if (saved.caseId) onHazardCase(saved);
    } catch (error) {
      report(error, form);
    }
  };

  return (
    <FormModal
      form={form}
      open={open}
      title={place ? t('teamField.inspect.titleOf', { name: place.name }) : t('teamField.inspect.title')}
      onClose={onClose}
      pending={recordInspection.isPending}
      width={600}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ hazard: { urgency: 'ordinary' } }}>
        <Form.Item name="placeId" label={t('teamField.inspect.place')} rules={[required]} hidden={place !== null}>
          <PlaceSelect known={place} />
        </Form.Item>
        <div className="places-form-row">
          <Form.Item name="inspectedOn" label={t('teamField.inspect.date')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="inspectorStaffId" label={t('teamField.inspect.inspector')} rules={[required]}>
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              loading={staff.isPending}
              placeholder={t('teamField.inspect.inspectorPlaceholder')}
              options={(staff.data?.rows ?? []).map((row) => ({ value: row.id, label: row.name }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="findings" label={t('teamField.inspect.findings')}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('teamField.inspect.findingsPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="hasHazard"
          valuePropName="checked"
          layout="horizontal"
          colon={false}
          label={t('teamField.inspect.hazardSwitch')}
        >
          <Switch />
        </Form.Item>
        {hasHazard && (
          <div className="inspection-hazard">
            <div className="places-form-row">
              <Form.Item name={['hazard', 'categoryId']} label={t('teamField.inspect.category')} rules={[required]}>
                <CategorySelect fileable placeholder={t('teamField.inspect.categoryPlaceholder')} />
              </Form.Item>
              <Form.Item name={['hazard', 'urgency']} label={t('teamField.inspect.urgency')}>
                <Radio.Group
                  optionType="button"
                  options={caseUrgencies.map((urgency) => ({ value: urgency, label: t(`caseUrgencies.${urgency}`) }))}
                />
              </Form.Item>
            </div>
            <Form.Item
              name={['hazard', 'description']}
              label={t('teamField.inspect.description')}
              rules={[{ ...required, whitespace: true }]}
            >
              <Input.TextArea rows={3} maxLength={2000} placeholder={t('teamField.inspect.descriptionPlaceholder')} />
            </Form.Item>
          </div>
        )}
      </Form>
    </FormModal>
  );
}
