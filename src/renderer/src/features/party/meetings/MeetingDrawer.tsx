// One meeting as recorded: its fields and the attendance, with "correct" for those who keep the branch's records.
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../shared/contract/party';
import { useQueryProc } from '../../../api/hooks';
import { describeError } from '../../../i18n/describeError';
import { MeetingTypeTag } from './MeetingList';

type Attendee = MeetingDetail['attendance'][number];

interface Props {
  meetingId: number | null;
  canEdit: boolean;
  onClose: () => void;
  onEdit: (meeting: MeetingDetail) => void;
}

export function MeetingDrawer({ meetingId, canEdit, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const meeting = useQueryProc('party.meeting', { id: meetingId ?? 0 }, { enabled: meetingId !== null });
  const m = meeting.data;
  // The absent first: they are what a reader looks for.
  const attendance = m ? [...m.attendance.filter((a) => !a.present), ...m.attendance.filter((a) => a.present)] : [];

  return (
    <Drawer
      open={meetingId !== null}
      onClose={onClose}
      size={640}
      title={m ? m.topic : t('partyLife.detail.title')}
      loading={meeting.isPending}
      extra={
        canEdit &&
        m && (
          <Button icon={<EditOutlined />} onClick={() => onEdit(m)}>
            {t('partyLife.detail.edit')}
          </Button>
        )
      }
    >
      {meeting.isError && <Alert type="warning" showIcon title={describeError(meeting.error, t)} />}
      {m && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            className="meeting-detail-fields"
            items={[
              { key: 'branch', label: t('partyLife.form.branch'), children: m.branchName, span: 2 },
              { key: 'type', label: t('partyLife.form.type'), children: <MeetingTypeTag type={m.type} /> },
              { key: 'heldOn', label: t('partyLife.form.heldOn'), children: m.heldOn },
              { key: 'topic', label: t('partyLife.form.topic'), children: m.topic, span: 2 },
              { key: 'presenter', label: t('partyLife.form.presenter'), children: m.presenter },
              { key: 'location', label: t('partyLife.detail.location'), children: m.location || t('common.none') },
              {
                key: 'notes',
                label: t('partyLife.detail.notes'),
                span: 2,
                children: m.notes ? <span className="meeting-notes">{m.notes}</span> : t('common.none'),
              },
            ]}
          />
          <Typography.Title level={5} className="meeting-detail-heading">
            {t('partyLife.detail.attendanceTitle', { expected: m.attendance.length, present: m.present })}
          </Typography.Title>
          <Table<Attendee>
            size="small"
            rowKey="memberId"
            pagination={false}
            dataSource={attendance}
            columns={[
              { key: 'name', title: t('partyLife.detail.name'), dataIndex: 'name', width: 120 },
              {
                key: 'state',
                title: t('partyLife.detail.state'),
                width: 120,
                render: (_: unknown, a) =>
                  a.present ? (
                    <Tag color="green">{t('partyLife.form.present')}</Tag>
                  ) : (
                    <Tag color="orange">{t('partyLife.form.absent')}</Tag>
                  ),
              },
              {
                key: 'reason',
                title: t('partyLife.detail.reason'),
                width: 110,
                render: (_: unknown, a) => (a.absenceReason ? t(`absenceReasons.${a.absenceReason}`) : ''),
              },
              { key: 'note', title: t('partyLife.detail.note'), dataIndex: 'absenceNote', ellipsis: true },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
