// A member's community service: hours this year and the records, newest first; whoever keeps the branch records more.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail, ServiceRow } from '../../../../../shared/contract/party';
import { RecordServiceModal } from './RecordServiceModal';

export function MemberService({ member, canRecord }: { member: MemberDetail; canRecord: boolean }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  return (
    <Card
      size="small"
      title={
        <>
          {t('partyRoster.serviceTitle')}
          <Typography.Text type="secondary" className="member-service-hours">
            {t('partyRoster.serviceHoursThisYear', { hours: member.serviceHoursThisYear })}
          </Typography.Text>
        </>
      }
      extra={
        canRecord && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('partyRoster.recordService')}
          </Button>
        )
      }
    >
      <Table<ServiceRow>
        size="small"
        rowKey="id"
        dataSource={member.service}
        pagination={member.service.length > 5 ? { pageSize: 5, size: 'small' } : false}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={canRecord ? t('partyRoster.serviceEmptyHint') : t('partyRoster.serviceEmpty')}
            />
          ),
        }}
        columns={[
          { key: 'servedOn', title: t('partyRoster.servedOn'), dataIndex: 'servedOn', width: 104 },
          { key: 'activity', title: t('partyRoster.activity'), dataIndex: 'activity', ellipsis: true },
          {
            key: 'hours',
            title: t('partyRoster.hours'),
            dataIndex: 'hours',
            width: 72,
            align: 'right',
            render: (hours: number) => t('partyRoster.hoursValue', { hours }),
          },
        ]}
      />
      <RecordServiceModal member={recording ? member : null} onClose={() => setRecording(false)} />
    </Card>
  );
}
