// The particulars of a worker that adding and editing share: employment kind, position and phone.
import { Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import { type EmploymentKind, employmentKinds } from '../../../../../shared/domain/gridTeam';
import { zodRule } from '../../../components/zodRule';

export interface StaffDetailsValues {
  employment?: EmploymentKind;
  position?: string;
  phone?: string;
}

const fields = contract['team.updateStaff'].input.shape;

export function StaffDetailsFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        required
        name="employment"
        label={t('teamStaff.form.employment')}
        rules={[zodRule(fields.employment, t)]}
      >
        <Radio.Group
          optionType="button"
          options={employmentKinds.map((kind) => ({ value: kind, label: t(`employmentKinds.${kind}`) }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="position" label={t('teamStaff.form.position')} rules={[zodRule(fields.position, t)]}>
            <Input maxLength={30} placeholder={t('teamStaff.form.positionPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('teamStaff.form.phone')} rules={[zodRule(fields.phone, t)]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** What the contract takes from the fields: empty text is left out. */
export function staffDetailsInput(values: StaffDetailsValues) {
  return {
    employment: values.employment ?? 'full_time',
    position: values.position?.trim() || undefined,
    phone: values.phone?.trim() || undefined,
  };
}
