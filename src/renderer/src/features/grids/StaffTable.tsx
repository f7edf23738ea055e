// The people serving on a grid now, with their duty; a manager adds and removes them here.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridNode, StaffAssignment } from '../../../../shared/contract/grids';
import type { StaffDuty } from '../../../../shared/domain/gridLevels';
import { useErrorReporter } from '../../components/useErrorReporter';
import { AssignStaffModal } from './AssignStaffModal';
import { useGridMutation } from './useGridMutation';

const dutyColours: Record<StaffDuty, string> = {
  cadre: 'red',
  full_time: 'blue',
  info_officer: 'cyan',
  volunteer: 'green',
  police: 'geekblue',
};

export function StaffTable({
  grid,
  staff,
  canManage,
}: {
  grid: GridNode;
  staff: StaffAssignment[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [adding, setAdding] = useState(false);
  const unassign = useGridMutation('grids.unassignStaff');
  const editable = canManage && !grid.archived;

  return (
    <Card
      className="grids-staff-card"
      title={t('grids.staff.title')}
      extra={
        editable && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('grids.staff.add')}
          </Button>
        )
      }
    >
      <Table<StaffAssignment>
        size="small"
        rowKey="id"
        dataSource={staff}
        pagination={false}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <>
                  {t('grids.staff.empty')}
                  {editable && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {t('grids.staff.emptyManage')}
                    </Typography.Paragraph>
                  )}
                </>
              }
            />
          ),
        }}
        columns={[
          { key: 'name', title: t('grids.staff.name'), dataIndex: 'name' },
          {
            key: 'duty',
            title: t('grids.staff.duty'),
            dataIndex: 'duty',
            render: (duty: StaffDuty) => <Tag color={dutyColours[duty]}>{t(`staffDuties.${duty}`)}</Tag>,
          },
          {
            key: 'phone',
            title: t('grids.staff.phone'),
            dataIndex: 'phone',
            render: (phone: string | null) => phone ?? t('common.none'),
          },
          { key: 'since', title: t('grids.staff.since'), dataIndex: 'since' },
          ...(editable
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 100,
                  render: (_: unknown, row: StaffAssignment) => (
                    <Popconfirm
                      title={t('grids.staff.removeConfirm', { name: row.name, duty: t(`staffDuties.${row.duty}`) })}
                      description={t('grids.staff.removeHint')}
                      okText={t('grids.staff.remove')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        unassign
                          .mutateAsync({ assignmentId: row.id })
                          .then(() => message.success(t('grids.staff.removed', { name: row.name })))
                          .catch((error) => void report(error))
                      }
                    >
                      <Button type="link" danger size="small">
                        {t('grids.staff.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AssignStaffModal grid={adding ? grid : null} onClose={() => setAdding(false)} />
    </Card>
  );
}
