// Adding a member to a branch: a resident of the branch's grid (found while typing) or someone who lives elsewhere,
// joined here or transferred in, probationary or full, with their kind, phone and declared income.
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { MemberRow } from '../../../../../shared/contract/party';
import { normaliseIdNumber } from '../../../../../shared/domain/idNumber';
import { type MemberArrival, memberArrivals } from '../../../../../shared/domain/party';
import { type Gender, genders } from '../../../../../shared/domain/residents';
import { useMutationProc } from '../../../api/hooks';
import { isRpcError } from '../../../api/RpcError';
import { useErrorReporter } from '../../../components/useErrorReporter';
import { zodRule } from '../../../components/zodRule';
import { describeError } from '../../../i18n/describeError';
import { idNumberRules } from '../../households/idNumberRules';
import { BranchSelect } from '../BranchSelect';
import { partyQueries } from '../partyQueries';
import { detailDefaults, detailsOf, MemberDetailsFields, type MemberDetailValues } from './MemberDetailsFields';
import { MemberResidentPicker } from './MemberResidentPicker';
import { dateOf, isFutureDay } from './partyFormat';

type PersonSource = 'resident' | 'typed';

interface AddValues extends MemberDetailValues {
  branchId?: number;
  residentId?: number;
  name?: string;
  gender?: Gender;
  birthDate?: Dayjs;
  idNumber?: string;
  arrival: MemberArrival;
  arrivedOn?: Dayjs;
  joinedOn?: Dayjs;
  fullOn?: Dayjs;
  note?: string;
}

const fields = contract['party.addMember'].input.shape;

export function AddMemberDrawer({
  open,
  branchId,
  onClose,
  onAdded,
}: {
  open: boolean;
  /** The branch the roster is filtered to, chosen first. */
  branchId?: number;
  onClose: () => void;
  onAdded: (member: MemberRow) => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} title={t('partyRoster.addTitle')} size={680} destroyOnHidden>
      <AddMemberForm branchId={branchId} onClose={onClose} onAdded={onAdded} />
    </Drawer>
  );
}

function AddMemberForm({
  branchId,
  onClose,
  onAdded,
}: {
  branchId?: number;
  onClose: () => void;
  onAdded: (member: MemberRow) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [source, setSource] = useState<PersonSource>('resident');
  const [form] = Form.useForm<AddValues>();
  const chosenBranch: number | undefined = Form.useWatch('branchId', form);
  const arrival: MemberArrival = Form.useWatch('arrival', form) ?? 'joined';
  const add = useMutationProc('party.addMember', { invalidates: partyQueries });

  const submit = async (values: AddValues) => {
    const typed = source === 'typed';
    const joinedOn = dateOf(values.joinedOn) ?? '';
    try {
      const member = await add.mutateAsync({
        branchId: values.branchId ?? 0,
        residentId: typed ? undefined : values.residentId,
        name: typed ? values.name : undefined,
        gender: typed ? values.gender : undefined,
        birthDate: typed ? dateOf(values.birthDate) : undefined,
        idNumber: typed ? normaliseIdNumber(values.idNumber ?? '') || undefined : undefined,
        arrival: values.arrival,
        arrivedOn: values.arrival === 'joined' ? joinedOn : (dateOf(values.arrivedOn) ?? ''),
        joinedOn,
        fullOn: dateOf(values.fullOn) ?? null,
        ...detailsOf(values),
        note: values.note ?? '',
      });
      message.success(t('partyRoster.added', { name: member.name, branch: member.branchName }));
      onClose();
      onAdded(member);
    } catch (error) {
      report(error, form);
      // Already on another branch's roster: said beside the person as well, where it stays until changed.
      if (isRpcError(error) && error.reason === 'memberInOtherBranch') {
        form.setFields([{ name: typed ? 'name' : 'residentId', errors: [describeError(error, t)] }]);
      }
    }
  };

  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form<AddValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      // The residents offered are the branch's grid's: another branch makes a picked one no longer fit.
      onValuesChange={(changed: Partial<AddValues>) => {
        if ('branchId' in changed) form.setFieldValue('residentId', undefined);
      }}
      initialValues={{ branchId, arrival: 'joined', ...detailDefaults, incomeFen: '' }}
    >
      <Form.Item name="branchId" label={t('partyCommon.branch')} rules={required}>
        <BranchSelect value={undefined} onChange={() => undefined} />
      </Form.Item>
      <Form.Item label={t('partyRoster.person')}>
        <Radio.Group
          optionType="button"
          value={source}
          onChange={(event) => setSource(event.target.value)}
          options={[
            { value: 'resident', label: t('partyRoster.fromRegister') },
            { value: 'typed', label: t('partyRoster.notOnRegister') },
          ]}
        />
      </Form.Item>
      {source === 'resident' ? (
        <Form.Item
          name="residentId"
          label={t('partyRoster.resident')}
          rules={[{ required: true, message: t('partyRoster.residentRequired') }]}
          extra={t('partyRoster.residentHint')}
        >
          <MemberResidentPicker branchId={chosenBranch} />
        </Form.Item>
      ) : (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="name" label={t('partyRoster.name')} required rules={[zodRule(fields.name.unwrap(), t)]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="idNumber"
              label={t('partyRoster.idNumber')}
              normalize={(value: string) => normaliseIdNumber(value)}
              validateTrigger={['onChange', 'onBlur']}
              rules={idNumberRules(t)}
              extra={t('partyRoster.idNumberHint')}
            >
              <Input maxLength={22} className="roster-number" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gender" label={t('partyRoster.gender')}>
              <Radio.Group options={genders.map((value) => ({ value, label: t(`genders.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="birthDate" label={t('partyRoster.birthDate')}>
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="arrival" label={t('partyRoster.arrival')} required>
            <Radio.Group
              optionType="button"
              options={memberArrivals.map((value) => ({ value, label: t(`memberArrivals.${value}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="joinedOn" label={t('partyRoster.joinedOn')} rules={required}>
            <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
          </Form.Item>
        </Col>
        {arrival === 'transferred_in' && (
          <Col span={8}>
            <Form.Item name="arrivedOn" label={t('partyRoster.arrivedOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </Col>
        )}
        <Col span={8}>
          <Form.Item name="fullOn" label={t('partyRoster.fullOn')} extra={t('partyRoster.fullOnHint')}>
            <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
          </Form.Item>
        </Col>
      </Row>
      <MemberDetailsFields form={form} />
      <Form.Item name="note" label={t('partyRoster.note')} rules={[zodRule(fields.note, t)]}>
        <Input.TextArea rows={2} maxLength={200} showCount placeholder={t('partyRoster.notePlaceholder')} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('partyRoster.addSubmit')}
        </Button>
      </Flex>
    </Form>
  );
}
