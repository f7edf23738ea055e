// People who moved out of this household or died: kept in the file, out of the current register.
import { Collapse, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../../shared/contract/residents';

export function FormerMembers({ members }: { members: ResidentSummary[] }) {
  const { t } = useTranslation();
  if (members.length === 0) return null;
  return (
    <Collapse
      className="household-former"
      items={[
        {
          key: 'former',
          label: t('household.formerTitle', { count: members.length }),
          children: (
            <Table<ResidentSummary>
              size="small"
              rowKey="id"
              dataSource={members}
              pagination={false}
              columns={[
                { key: 'name', title: t('registerFields.name'), dataIndex: 'name', width: 140 },
                {
                  key: 'relation',
                  title: t('registerFields.relationToHead'),
                  dataIndex: 'relationToHead',
                  width: 160,
                  render: (relation: ResidentSummary['relationToHead']) => t(`relationsToHead.${relation}`),
                },
                {
                  key: 'idNumber',
                  title: t('household.memberColumns.idNumber'),
                  dataIndex: 'maskedIdNumber',
                  className: 'register-number',
                  width: 200,
                  render: (value: string | null) =>
                    value ?? <Typography.Text type="secondary">{t('household.noIdNumber')}</Typography.Text>,
                },
                {
                  key: 'status',
                  title: t('register.lifeStatus'),
                  dataIndex: 'lifeStatus',
                  render: (status: ResidentSummary['lifeStatus']) => (
                    <Tag color={status === 'deceased' ? 'default' : 'orange'}>{t(`lifeStatuses.${status}`)}</Tag>
                  ),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
