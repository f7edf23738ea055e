// Recording a patrol: team, area, maybe a grid, the day with its start and end, the people who walked it (grid workers
// from the active roster, police and volunteers by name) and what was found. An end before the start is the server's
// patrolEndsBeforeStart, shown on the end.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import { type PatrolParticipantKind, patrolParticipantKinds } from '../../../../../shared/domain/gridTeam';
import { useMutationProc } from '../../../api/hooks';
import { FormModal } from '../../../components/FormModal';
import { GridTreeSelect } from '../../../components/GridTreeSelect';
import { type FieldPath, useFormIssues } from '../../../components/useFormIssues';
import { zodRule } from '../../../components/zodRule';
import { teamQueries, useActiveStaff } from '../teamQueries';

const fields = contract['team.recordPatrol'].input.shape;

interface Participant {
  kind: PatrolParticipantKind;
  staffId?: number;
  name?: string;
}

interface PatrolValues {
  team: string;
  area: string;
  gridId?: number;
  day?: Dayjs;
  start?: Dayjs;
  end?: Dayjs;
  participants: Participant[];
  findings?: string;
}

const sameNames = new Set(['team', 'area', 'gridId', 'findings']);
const timeFields: Record<string, string> = { startedAt: 'start', endedAt: 'end' };
/** The server's field problems onto the form: instants onto their times, a participant's onto its row. */
const placeIssue = (path: FieldPath): FieldPath | null => {
  const [head, index, inner] = path;
  if (typeof head !== 'string') return null;
  if (sameNames.has(head)) return [head];
  if (timeFields[head]) return [timeFields[head]];
  if (head === 'participants' && typeof index === 'number' && typeof inner === 'string') {
    return ['participants', index, inner === 'kind' ? 'kind' : inner === 'staffId' ? 'staffId' : 'name'];
  }
  return null;
};

/** The instant of a day at a time of day, in the centre's local time. */
const instantOf = (day: Dayjs, time: Dayjs) =>
  day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).valueOf();

export function PatrolFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PatrolValues>();
  const report = useFormIssues(placeIssue);
  const staff = useActiveStaff();
  const recordPatrol = useMutationProc('team.recordPatrol', { invalidates: teamQueries });
  const people: Participant[] = Form.useWatch('participants', form) ?? [];
  const required = { required: true, message: t('form.required') };
  const workers = (staff.data?.rows ?? []).map((row) => ({ value: row.id, label: row.name }));

  useEffect(() => {
    if (open) form.setFieldsValue({ day: dayjs(), participants: [{ kind: 'police' }, { kind: 'grid_worker' }] });
  }, [open, form]);

  const submit = async (values: PatrolValues) => {
    if (!values.day || !values.start || !values.end) return;
    try {
      const saved = await recordPatrol.mutateAsync({
        team: values.team,
        area: values.area,
        gridId: values.gridId,
        startedAt: instantOf(values.day, values.start),
        endedAt: instantOf(values.day, values.end),
        findings: values.findings?.trim() ?? '',
        participants: values.participants.map((person) =>
          person.kind === 'grid_worker'
            ? { kind: person.kind, staffId: person.staffId }
            : { kind: person.kind, name: person.name?.trim() },
        ),
      });
      message.success(t('teamPatrols.form.saved', { team: saved.team }));
      onClose();
    } catch (error) {
      report(error, form);
    }
  };

  return (
    <FormModal
      form={form}
      open={open}
      title={t('teamPatrols.form.title')}
      onClose={onClose}
      pending={recordPatrol.isPending}
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <div className="patrol-form-row">
          <Form.Item name="team" label={t('teamPatrols.form.team')} required rules={[zodRule(fields.team, t)]}>
            <Input maxLength={40} autoFocus placeholder={t('teamPatrols.form.teamPlaceholder')} />
          </Form.Item>
          <Form.Item name="gridId" label={t('teamPatrols.form.grid')}>
            <GridTreeSelect allowClear placeholder={t('teamPatrols.form.gridPlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item name="area" label={t('teamPatrols.form.area')} required rules={[zodRule(fields.area, t)]}>
          <Input maxLength={100} placeholder={t('teamPatrols.form.areaPlaceholder')} />
        </Form.Item>
        <div className="patrol-time-row">
          <Form.Item name="day" label={t('teamPatrols.form.date')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="start" label={t('teamPatrols.form.start')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="end" label={t('teamPatrols.form.end')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item label={t('teamPatrols.form.participants')} extra={t('teamPatrols.form.participantsHint')} required>
          <Form.List
            name="participants"
            rules={[
              {
                validator: async (_rule, list?: Participant[]) => {
                  if (!list?.length) throw new Error(t('form.required'));
                },
              },
            ]}
          >
            {(rows, { add, remove }, { errors }) => (
              <>
                {rows.map((row, index) => (
                  <div className="patrol-person" key={row.key}>
                    <Form.Item name={[row.name, 'kind']} rules={[required]}>
                      <Select
                        aria-label={t('teamPatrols.form.kind')}
                        options={patrolParticipantKinds.map((kind) => ({
                          value: kind,
                          label: t(`patrolParticipantKinds.${kind}`),
                        }))}
                      />
                    </Form.Item>
                    {people[index]?.kind === 'grid_worker' ? (
                      <Form.Item name={[row.name, 'staffId']} rules={[required]}>
                        <Select<number>
                          aria-label={t('teamPatrols.form.worker')}
                          showSearch={{ optionFilterProp: 'label' }}
                          loading={staff.isPending}
                          placeholder={t('teamPatrols.form.workerPlaceholder')}
                          options={workers}
                        />
                      </Form.Item>
                    ) : (
                      <Form.Item name={[row.name, 'name']} rules={[{ ...required, whitespace: true }]}>
                        <Input
                          maxLength={40}
                          aria-label={t('teamPatrols.form.name')}
                          placeholder={t('teamPatrols.form.namePlaceholder')}
                        />
                      </Form.Item>
                    )}
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('teamPatrols.form.remove', { index: index + 1 })}
                      title={t('teamPatrols.form.remove', { index: index + 1 })}
                      disabled={rows.length === 1}
                      onClick={() => remove(row.name)}
                    />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'volunteer' })} block>
                  {t('teamPatrols.form.add')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="findings" label={t('teamPatrols.form.findings')}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('teamPatrols.form.findingsPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
