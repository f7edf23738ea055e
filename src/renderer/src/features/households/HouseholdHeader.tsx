// The top of a household file: where the household is, what the house is used for, and a rented house's landlord and pledge.
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Household } from '../../../../shared/contract/households';
import type { ResidentSummary } from '../../../../shared/contract/residents';
import { HouseUseTag } from './HouseUseTag';

export function HouseholdHeader({
  household,
  members,
  lastVisit,
}: {
  household: Household;
  members: ResidentSummary[];
  lastVisit: string | null;
}) {
  const { t } = useTranslation();
  const head = members.find((member) => member.relationToHead === 'head');
  const { rental } = household;
  const none = <Typography.Text type="secondary">{t('household.leaseOpen')}</Typography.Text>;

  return (
    <Card className="household-header">
      <Descriptions
        size="small"
        column={4}
        items={[
          { key: 'houseUse', label: t('household.houseUse'), children: <HouseUseTag use={household.houseUse} /> },
          {
            key: 'head',
            label: t('household.head'),
            children: head?.name ?? <Typography.Text type="secondary">{t('register.noHead')}</Typography.Text>,
          },
          { key: 'members', label: t('household.members'), children: members.length },
          {
            key: 'lastVisit',
            label: t('household.lastVisit'),
            children: lastVisit ?? <Tag>{t('household.neverVisited')}</Tag>,
          },
        ]}
      />
      {rental && (
        <Descriptions
          className="household-rental-facts"
          size="small"
          column={3}
          title={t('household.rental')}
          items={[
            { key: 'landlord', label: t('household.landlord'), children: rental.landlordName },
            { key: 'landlordPhone', label: t('household.landlordPhone'), children: rental.landlordPhone ?? none },
            { key: 'tenants', label: t('household.tenantCount'), children: rental.tenantCount },
            {
              key: 'lease',
              label: t('household.lease'),
              children:
                rental.leaseStart || rental.leaseEnd ? (
                  <span>
                    {rental.leaseStart ?? '…'} ~ {rental.leaseEnd ?? '…'}
                  </span>
                ) : (
                  none
                ),
            },
            {
              key: 'pledge',
              label: t('household.pledge'),
              children: rental.pledgeSigned ? (
                <Tag color="green">{t('household.pledgeSigned')}</Tag>
              ) : (
                <Tag color="red">{t('household.pledgeMissing')}</Tag>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
