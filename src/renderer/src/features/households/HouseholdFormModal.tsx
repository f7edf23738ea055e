// Registering a household at an address on a micro-grid, or changing one; a rented house adds its landlord and pledge.
import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { type Household, rental } from '../../../../shared/contract/households';
import { type HouseUse, houseUses } from '../../../../shared/domain/residents';
import { useMutationProc } from '../../api/hooks';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { GridTreeSelect } from '../../components/GridTreeSelect';
import { zodRule } from '../../components/zodRule';
import { registerQueries } from './registerQueries';
import { TakenLink, useTaken } from './TakenLink';

export type HouseholdFormMode = { kind: 'create'; gridId?: number } | { kind: 'edit'; household: Household };

interface HouseholdValues {
  gridId: number;
  estate: string;
  building: string;
  unit?: string;
  room: string;
  houseUse: HouseUse;
  rental?: {
    landlordName: string;
    landlordPhone?: string;
    tenantCount: number;
    leaseStart?: Dayjs | null;
    leaseEnd?: Dayjs | null;
    pledgeSigned: boolean;
  };
}

const fields = contract['households.create'].input.shape;
const rentalFields = rental.shape;

function dateText(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

function valuesOf(household: Household): HouseholdValues {
  const { rental: r } = household;
  return {
    gridId: household.gridId,
    estate: household.estate,
    building: household.building,
    unit: household.unit ?? '',
    room: household.room,
    houseUse: household.houseUse,
    rental: r
      ? {
          landlordName: r.landlordName,
          landlordPhone: r.landlordPhone ?? '',
          tenantCount: r.tenantCount,
          leaseStart: r.leaseStart ? dayjs(r.leaseStart) : null,
          leaseEnd: r.leaseEnd ? dayjs(r.leaseEnd) : null,
          pledgeSigned: r.pledgeSigned,
        }
      : undefined,
  };
}

export function HouseholdFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: HouseholdFormMode | null;
  onClose: () => void;
  onSaved?: (household: Household) => void;
}) {
  const { t } = useTranslation();
  const { taken, note, clear } = useTaken();
  const [form] = Form.useForm<HouseholdValues>();
  const houseUse = Form.useWatch('houseUse', form);
  const save = useSaveAndClose(form, onClose, note);
  const create = useMutationProc('households.create', { invalidates: registerQueries });
  const update = useMutationProc('households.update', { invalidates: registerQueries });
  const editing = mode?.kind === 'edit' ? mode.household : null;

  // Filled once per opening, so a background refetch does not overwrite what is being typed.
  const openedFor = mode === null ? null : editing ? editing.id : `new:${mode.kind === 'create' ? mode.gridId : ''}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on what was opened, see above.
  useEffect(() => {
    if (editing) form.setFieldsValue(valuesOf(editing));
    else if (mode?.kind === 'create') form.setFieldsValue({ gridId: mode.gridId, houseUse: 'owner_occupied' });
  }, [openedFor, form]);

  const submit = async (values: HouseholdValues) => {
    const r = values.rental;
    const input = {
      gridId: values.gridId,
      estate: values.estate,
      building: values.building,
      unit: values.unit || undefined,
      room: values.room,
      houseUse: values.houseUse,
      rental:
        values.houseUse === 'rented' && r
          ? {
              landlordName: r.landlordName,
              landlordPhone: r.landlordPhone || undefined,
              tenantCount: r.tenantCount,
              leaseStart: dateText(r.leaseStart),
              leaseEnd: dateText(r.leaseEnd),
              pledgeSigned: r.pledgeSigned ?? false,
            }
          : null,
    };
    await save(async () => {
      const household = editing
        ? await update.mutateAsync({ id: editing.id, version: editing.version, ...input })
        : await create.mutateAsync(input);
      onSaved?.(household);
      return t(editing ? 'householdForm.updated' : 'householdForm.created', { address: household.address });
    });
  };

  return (
    <FormModal
      form={form}
      open={mode !== null}
      title={editing ? t('householdForm.editTitle', { address: editing.address }) : t('householdForm.createTitle')}
      onClose={onClose}
      pending={create.isPending || update.isPending}
      onClosed={clear}
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={clear}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="gridId" label={t('householdForm.grid')} rules={[zodRule(fields.gridId, t)]} required>
              <GridTreeSelect only="micro_grid" placeholder={t('householdForm.gridHint')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="estate" label={t('registerFields.estate')} required rules={[zodRule(fields.estate, t)]}>
              <Input placeholder={t('householdForm.estatePlaceholder')} maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="building"
              label={t('registerFields.building')}
              required
              rules={[zodRule(fields.building, t)]}
            >
              <Input maxLength={10} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="unit" label={t('registerFields.unit')} rules={[zodRule(fields.unit, t)]}>
              <Input maxLength={10} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="room"
              label={t('registerFields.room')}
              required
              rules={[zodRule(fields.room, t)]}
              extra={taken?.field === 'room' && <TakenLink taken={taken} field="room" onFollow={onClose} />}
            >
              <Input maxLength={10} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="houseUse" label={t('registerFields.houseUse')} required>
          <Radio.Group
            optionType="button"
            options={houseUses.map((use) => ({ value: use, label: t(`houseUses.${use}`) }))}
          />
        </Form.Item>
        {houseUse === 'rented' && (
          <fieldset className="household-rental">
            <legend>{t('householdForm.rental')}</legend>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item
                  name={['rental', 'landlordName']}
                  label={t('householdForm.landlordName')}
                  required
                  rules={[zodRule(rentalFields.landlordName, t)]}
                >
                  <Input maxLength={40} />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item
                  name={['rental', 'landlordPhone']}
                  label={t('householdForm.landlordPhone')}
                  rules={[zodRule(rentalFields.landlordPhone, t)]}
                >
                  <Input maxLength={20} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item
                  name={['rental', 'tenantCount']}
                  label={t('householdForm.tenantCount')}
                  required
                  rules={[zodRule(rentalFields.tenantCount, t)]}
                >
                  <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name={['rental', 'leaseStart']} label={t('householdForm.leaseStart')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name={['rental', 'leaseEnd']}
                  label={t('householdForm.leaseEnd')}
                  dependencies={[['rental', 'leaseStart']]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_rule, end: Dayjs | null) => {
                        const start: Dayjs | null = getFieldValue(['rental', 'leaseStart']);
                        if (start && end?.isBefore(start, 'day')) {
                          throw new Error(t('validation.leaseEndsBeforeStart'));
                        }
                      },
                    }),
                  ]}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name={['rental', 'pledgeSigned']}
                  label={t('household.pledge')}
                  valuePropName="checked"
                  initialValue={false}
                >
                  <Switch
                    checkedChildren={t('household.pledgeSigned')}
                    unCheckedChildren={t('household.pledgeMissing')}
                  />
                </Form.Item>
              </Col>
            </Row>
          </fieldset>
        )}
      </Form>
    </FormModal>
  );
}
