// One session as recorded: its fields and the attendance, the absent first since they are what a reader looks for.
import { Alert, Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryProc } from '../../../api/hooks';
import { describeError } from '../../../i18n/describeError';
import { OrganiserTag } from './OrganiserTag';

interface Attendee {
  staffId: number;
  name: string;
  present: boolean;
}

export function TrainingDrawer({ trainingId, onClose }: { trainingId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const training = useQueryProc('team.training', { id: trainingId ?? 0 }, { enabled: trainingId !== null });
  const s = training.data;
  const attendance = s ? [...s.attendance.filter((a) => !a.present), ...s.attendance.filter((a) => a.present)] : [];

  return (
    <Drawer
      open={trainingId !== null}
      onClose={onClose}
      size={560}
      title={s ? s.topic : t('teamTraining.detail.title')}
      loading={training.isPending && trainingId !== null}
    >
      {training.isError && <Alert type="warning" showIcon title={describeError(training.error, t)} />}
      {s && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            className="training-detail-fields"
            items={[
              { key: 'topic', label: t('teamTraining.form.topic'), children: s.topic, span: 2 },
              { key: 'heldOn', label: t('teamTraining.form.heldOn'), children: s.heldOn },
              {
                key: 'organiser',
                label: t('teamTraining.form.organiser'),
                children: <OrganiserTag organiser={s.organiser} />,
              },
              {
                key: 'hours',
                label: t('teamTraining.form.hours'),
                children: t('teamTraining.hoursValue', { hours: s.hours }),
              },
              { key: 'location', label: t('teamTraining.form.location'), children: s.location || t('common.none') },
            ]}
          />
          <Typography.Title level={5} className="training-detail-heading">
            {t('teamTraining.detail.attendanceTitle', { expected: s.attendance.length, present: s.present })}
          </Typography.Title>
          <Table<Attendee>
            size="small"
            rowKey="staffId"
            pagination={false}
            dataSource={attendance}
            columns={[
              { key: 'name', title: t('teamTraining.detail.name'), dataIndex: 'name' },
              {
                key: 'state',
                title: t('teamTraining.detail.state'),
                width: 120,
                render: (_: unknown, a) =>
                  a.present ? (
                    <Tag color="green">{t('teamTraining.present')}</Tag>
                  ) : (
                    <Tag color="orange">{t('teamTraining.absent')}</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
