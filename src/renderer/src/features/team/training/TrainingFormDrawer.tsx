// Recording a training session: date (not in the future), topic, organiser, hours in half hours, place, and every
// worker on the roster that day, present by default. The server's field issues land on their fields, rows too.
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import {
  maxTrainingHoursPerSession,
  type TrainingOrganiser,
  trainingHoursStep,
  trainingOrganisers,
} from '../../../../../shared/domain/gridTeam';
import { useMutationProc } from '../../../api/hooks';
import { type FieldPath, useFormIssues } from '../../../components/useFormIssues';
import { zodRule } from '../../../components/zodRule';
import { isFutureDay } from '../../party/members/partyFormat';
import { teamQueries, useActiveStaff } from '../teamQueries';
import { type AttendeeValue, TrainingAttendance } from './TrainingAttendance';

interface TrainingValues {
  heldOn?: Dayjs;
  topic?: string;
  organiser?: TrainingOrganiser;
  hours?: number;
  location?: string;
  attendance: AttendeeValue[];
}

const fields = contract['team.recordTraining'].input.shape;
const plainFields = new Set(['heldOn', 'topic', 'organiser', 'hours', 'location']);

/** Where an issue shows: its field, an attendance row's tick, or under the whole list. */
function placeIssue(path: FieldPath): FieldPath | null {
  const [head, row] = path;
  if (typeof head === 'string' && plainFields.has(head)) return [head];
  if (head !== 'attendance') return null;
  return typeof row === 'number' ? ['attendance', row, 'present'] : ['attendance'];
}

interface Props {
  open: boolean;
  onClose: () => void;
  onRecorded: (id: number) => void;
}

export function TrainingFormDrawer({ open, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TrainingValues>();
  const report = useFormIssues(placeIssue);
  const roster = useActiveStaff();
  const heldOn: Dayjs | undefined = Form.useWatch('heldOn', form);
  const heldOnText = heldOn?.format('YYYY-MM-DD');
  const seededFor = useRef<string | undefined>(undefined);
  const record = useMutationProc('team.recordTraining', { invalidates: teamQueries });

  useEffect(() => {
    if (!open) return;
    seededFor.current = undefined;
    form.resetFields();
  }, [open, form]);

  // Everyone at work who had started by the day of the session, present by default; another day keeps the ticks
  // of those still listed.
  useEffect(() => {
    if (!open || !roster.data || !heldOnText || seededFor.current === heldOnText) return;
    seededFor.current = heldOnText;
    const current = new Map(
      ((form.getFieldValue('attendance') ?? []) as AttendeeValue[]).map((row) => [row.staffId, row]),
    );
    form.setFieldValue(
      'attendance',
      roster.data.rows
        .filter((worker) => worker.startedOn <= heldOnText)
        .map((worker) => current.get(worker.id) ?? { staffId: worker.id, name: worker.name, present: true }),
    );
  }, [open, heldOnText, roster.data, form]);

  const submit = async (values: TrainingValues) => {
    const attendance: AttendeeValue[] = form.getFieldValue('attendance') ?? [];
    try {
      const saved = await record.mutateAsync({
        heldOn: values.heldOn?.format('YYYY-MM-DD') ?? '',
        topic: values.topic ?? '',
        organiser: values.organiser ?? 'street',
        hours: values.hours ?? 0,
        location: values.location?.trim() || undefined,
        attendance: attendance.map((a) => ({ staffId: a.staffId, present: a.present })),
      });
      message.success(t('teamTraining.form.recorded', { topic: saved.topic, present: saved.present }));
      onRecorded(saved.id);
    } catch (error) {
      report(error, form);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('teamTraining.form.title')}
      size={680}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={record.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
        initialValues={{ heldOn: dayjs(), organiser: 'street', hours: 2, attendance: [] }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="heldOn"
              label={t('teamTraining.form.heldOn')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              required
              name="organiser"
              label={t('teamTraining.form.organiser')}
              rules={[zodRule(fields.organiser, t)]}
            >
              <Select options={trainingOrganisers.map((o) => ({ value: o, label: t(`trainingOrganisers.${o}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              required
              name="hours"
              label={t('teamTraining.form.hours')}
              rules={[zodRule(fields.hours, t)]}
              tooltip={t('teamTraining.form.hoursHint')}
            >
              <InputNumber
                style={{ width: '100%' }}
                min={trainingHoursStep}
                max={maxTrainingHoursPerSession}
                step={trainingHoursStep}
                suffix={t('teamTraining.hoursUnit')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item required name="topic" label={t('teamTraining.form.topic')} rules={[zodRule(fields.topic, t)]}>
          <Input maxLength={100} placeholder={t('teamTraining.form.topicPlaceholder')} />
        </Form.Item>
        <Form.Item name="location" label={t('teamTraining.form.location')} rules={[zodRule(fields.location, t)]}>
          <Input maxLength={60} placeholder={t('teamTraining.form.locationPlaceholder')} />
        </Form.Item>
        <TrainingAttendance loading={roster.isPending} />
      </Form>
    </Drawer>
  );
}
