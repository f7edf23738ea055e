// The members of a household: who they are to the head, their masked numbers, residence, tags, and what may be done.
import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../../shared/contract/residents';
import { localDate } from '../../../../shared/domain/dates';
import { GenderAge } from './GenderAge';
import { ResidentTags } from './ResidentTags';
import { RevealIdNumber } from './RevealIdNumber';

export type MemberAction = 'edit' | 'move' | 'moveOut' | 'deceased';

export function MembersTable({
  members,
  canManage,
  onAction,
}: {
  members: ResidentSummary[];
  canManage: boolean;
  onAction: (action: MemberAction, member: ResidentSummary) => void;
}) {
  const { t } = useTranslation();
  const today = localDate(Date.now());

  return (
    <Table<ResidentSummary>
      size="small"
      rowKey="id"
      dataSource={members}
      pagination={false}
      className="members-table"
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                <div>{t('household.noMembers')}</div>
                {canManage && <Typography.Text type="secondary">{t('household.noMembersHint')}</Typography.Text>}
              </>
            }
          />
        ),
      }}
      columns={[
        {
          key: 'name',
          title: t('household.memberColumns.name'),
          width: 120,
          render: (_, member) => (
            <div className="member-name">
              <Typography.Text strong>{member.name}</Typography.Text>
              <Typography.Text type="secondary">{t(`relationsToHead.${member.relationToHead}`)}</Typography.Text>
            </div>
          ),
        },
        {
          key: 'genderAge',
          title: t('household.memberColumns.genderAge'),
          width: 90,
          render: (_, member) => <GenderAge gender={member.gender} birthDate={member.birthDate} today={today} />,
        },
        {
          key: 'idNumber',
          title: t('household.memberColumns.idNumber'),
          width: 220,
          render: (_, member) => (
            <RevealIdNumber residentId={member.id} masked={member.maskedIdNumber} name={member.name} />
          ),
        },
        {
          key: 'phone',
          title: t('household.memberColumns.phone'),
          dataIndex: 'phone',
          width: 120,
          className: 'register-number',
          render: (phone: string | null) => phone ?? t('common.none'),
        },
        {
          key: 'residence',
          title: (
            <div className="member-residence">
              <span>{t('registerFields.residenceType')}</span>
              <span>{t('registerFields.residenceStatus')}</span>
            </div>
          ),
          width: 150,
          render: (_, member) => (
            <div className="member-residence">
              <span>{t(`residenceTypes.${member.residenceType}`)}</span>
              <Typography.Text type="secondary">{t(`residenceStatuses.${member.residenceStatus}`)}</Typography.Text>
            </div>
          ),
        },
        {
          key: 'political',
          title: t('household.memberColumns.political'),
          dataIndex: 'politicalStatus',
          width: 110,
          render: (status: ResidentSummary['politicalStatus']) => t(`politicalStatuses.${status}`),
        },
        {
          key: 'tags',
          title: t('household.memberColumns.tags'),
          render: (_, member) => <ResidentTags tags={member.tags} />,
        },
        ...(canManage
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                width: 120,
                render: (_: unknown, member: ResidentSummary) => (
                  <Flex gap={0}>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => onAction('edit', member)}
                      aria-label={`${t('common.edit')} ${member.name}`}
                    >
                      {t('common.edit')}
                    </Button>
                    <Dropdown
                      trigger={['click']}
                      menu={{
                        items: [
                          { key: 'move', label: t('household.move') },
                          { key: 'moveOut', label: t('household.moveOut') },
                          { key: 'deceased', label: t('household.deceased'), danger: true },
                        ],
                        onClick: ({ key }) => onAction(key as MemberAction, member),
                      }}
                    >
                      <Button size="small" type="link" aria-label={`${t('household.more')} ${member.name}`}>
                        {t('household.more')} <DownOutlined style={{ fontSize: 10 }} />
                      </Button>
                    </Dropdown>
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
