// Recording a meeting, or correcting one: branch, type, date (not in the future), topic, presenter, place, minutes,
// and the attendance of the branch's members. The server's field issues land on their fields, attendance rows too.
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import type { MeetingDetail } from '../../../../../shared/contract/party';
import { type MeetingType, meetingTypes } from '../../../../../shared/domain/partyLife';
import { useMutationProc } from '../../../api/hooks';
import { type FieldPath, useFormIssues } from '../../../components/useFormIssues';
import { zodRule } from '../../../components/zodRule';
import { BranchSelect } from '../BranchSelect';
import { partyQueries } from '../partyQueries';
import { AttendanceList, type AttendanceValue } from './AttendanceList';
import { useBranchRoster } from './useBranchRoster';

/** What the drawer opens on: a new meeting (maybe with branch and type chosen from the calendar), or one to correct. */
export type MeetingTarget =
  | { mode: 'new'; branchId?: number; type?: MeetingType; month?: string }
  | { mode: 'edit'; meeting: MeetingDetail };

interface MeetingValues {
  branchId?: number;
  type?: MeetingType;
  heldOn?: Dayjs;
  topic?: string;
  presenter?: string;
  location?: string;
  notes?: string;
  attendance: AttendanceValue[];
}

const fields = contract['party.recordMeeting'].input.shape;
const plainFields = new Set(['branchId', 'type', 'heldOn', 'topic', 'presenter', 'location', 'notes']);

/** Where an issue shows: its field, an attendance row's reason or note, the row itself, or under the whole list. */
function placeIssue(path: FieldPath): FieldPath | null {
  const [head, row, field] = path;
  if (typeof head === 'string' && plainFields.has(head)) return [head];
  if (head !== 'attendance') return null;
  if (typeof row !== 'number') return ['attendance'];
  return field === 'absenceReason' || field === 'absenceNote'
    ? ['attendance', row, field]
    : ['attendance', row, 'present'];
}

/** A new meeting defaults to today, or to the last day of a past month chosen on the calendar. */
function defaultDay(month: string | undefined): Dayjs {
  const today = dayjs();
  if (!month || month >= today.format('YYYY-MM')) return today;
  return dayjs(`${month}-01`).endOf('month').startOf('day');
}

function initialValues(target: MeetingTarget): MeetingValues {
  if (target.mode === 'new') {
    return { branchId: target.branchId, type: target.type, heldOn: defaultDay(target.month), attendance: [] };
  }
  const m = target.meeting;
  return {
    branchId: m.branchId,
    type: m.type,
    heldOn: dayjs(m.heldOn),
    topic: m.topic,
    presenter: m.presenter,
    location: m.location ?? '',
    notes: m.notes,
    attendance: m.attendance.map((a) => ({
      memberId: a.memberId,
      name: a.name,
      present: a.present,
      absenceReason: a.absenceReason ?? undefined,
      absenceNote: a.absenceNote ?? undefined,
    })),
  };
}

export function MeetingFormDrawer({ target, onClose }: { target: MeetingTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingValues>();
  const report = useFormIssues(placeIssue);
  const editing = target?.mode === 'edit' ? target.meeting : null;
  const watchedBranch: number | undefined = Form.useWatch('branchId', form);
  const branchId = editing ? editing.branchId : watchedBranch;
  const roster = useBranchRoster(branchId, target?.mode === 'new');
  const heldOn: Dayjs | undefined = Form.useWatch('heldOn', form);
  const heldOnText = heldOn?.format('YYYY-MM-DD');
  const seededFor = useRef<string | undefined>(undefined);
  const record = useMutationProc('party.recordMeeting', { invalidates: partyQueries });
  const update = useMutationProc('party.updateMeeting', { invalidates: partyQueries });

  // Filled once per opening.
  useEffect(() => {
    if (!target) return;
    seededFor.current = undefined;
    form.resetFields();
    form.setFieldsValue(initialValues(target));
  }, [target, form]);

  // The list is offered once the branch's roster is whole, everyone present: the members on the roster on the day
  // of the meeting, so another day keeps what was ticked for those still listed.
  useEffect(() => {
    if (target?.mode !== 'new' || branchId === undefined || !roster.members || !heldOnText) return;
    const key = `${branchId}|${heldOnText}`;
    if (seededFor.current === key) return;
    seededFor.current = key;
    const current = new Map(
      ((form.getFieldValue('attendance') ?? []) as AttendanceValue[]).map((row) => [row.memberId, row]),
    );
    form.setFieldValue(
      'attendance',
      roster.members
        .filter((member) => member.arrivedOn <= heldOnText)
        .map((member) => current.get(member.id) ?? { memberId: member.id, name: member.name, present: true }),
    );
  }, [target, branchId, heldOnText, roster.members, form]);

  const submit = async (values: MeetingValues) => {
    const attendance: AttendanceValue[] = form.getFieldValue('attendance') ?? [];
    const input = {
      branchId: editing?.branchId ?? values.branchId ?? 0,
      type: values.type ?? 'branch_assembly',
      heldOn: values.heldOn?.format('YYYY-MM-DD') ?? '',
      topic: values.topic ?? '',
      presenter: values.presenter ?? '',
      location: values.location || undefined,
      notes: values.notes ?? '',
      attendance: attendance.map((a) => ({
        memberId: a.memberId,
        present: a.present,
        absenceReason: a.present ? undefined : a.absenceReason,
        absenceNote: a.present ? undefined : a.absenceNote || undefined,
      })),
    };
    try {
      if (editing) {
        await update.mutateAsync({ ...input, id: editing.id, version: editing.version });
        message.success(t('partyLife.form.updated'));
      } else {
        await record.mutateAsync(input);
        message.success(t('partyLife.form.recorded', { type: t(`meetingTypes.${input.type}`), date: input.heldOn }));
      }
      onClose();
    } catch (error) {
      report(error, form);
    }
  };

  const placeholder = branchId === undefined ? 'chooseBranch' : roster.loading ? 'loading' : undefined;

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={editing ? t('partyLife.form.titleEdit') : t('partyLife.form.titleNew')}
      size={720}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={record.isPending || update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        className="meeting-form"
        scrollToFirstError
        initialValues={{ attendance: [] }}
        onValuesChange={(changed: Partial<MeetingValues>) => {
          // Another branch, another roster: the list is offered again once its members are read.
          if ('branchId' in changed) form.setFieldValue('attendance', []);
        }}
      >
        <Row gutter={12}>
          <Col span={12}>
            {editing ? (
              <Form.Item required label={t('partyLife.form.branch')}>
                <Input value={editing.branchName} disabled />
              </Form.Item>
            ) : (
              <Form.Item
                required
                name="branchId"
                label={t('partyLife.form.branch')}
                rules={[zodRule(fields.branchId, t)]}
              >
                <BranchSelect value={undefined} onChange={() => undefined} />
              </Form.Item>
            )}
          </Col>
          <Col span={6}>
            <Form.Item required name="type" label={t('partyLife.form.type')} rules={[zodRule(fields.type, t)]}>
              <Select options={meetingTypes.map((type) => ({ value: type, label: t(`meetingTypes.${type}`) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="heldOn"
              label={t('partyLife.form.heldOn')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item required name="topic" label={t('partyLife.form.topic')} rules={[zodRule(fields.topic, t)]}>
          <Input maxLength={100} placeholder={t('partyLife.form.topicPlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              required
              name="presenter"
              label={t('partyLife.form.presenter')}
              rules={[zodRule(fields.presenter, t)]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="location" label={t('partyLife.form.location')}>
              <Input maxLength={60} placeholder={t('partyLife.form.locationPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('partyLife.form.notes')}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('partyLife.form.notesPlaceholder')} />
        </Form.Item>
        <AttendanceList placeholder={placeholder} />
      </Form>
    </Drawer>
  );
}
