// Linking a new member to a resident of the register, found while typing (the case desk's lookup); once picked,
// the resident is shown with enough to be sure, and can be changed.
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../shared/contract/residents';
import { ResidentLookup } from '../../cases/ResidentLookup';
import '../../cases/cases.css';

export function MemberResidentPicker({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: number;
  onChange?: (residentId: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<SearchHit | null>(null);
  const chosen = picked && picked.residentId === value ? picked : null;
  if (!chosen) {
    return (
      <ResidentLookup
        id={id}
        onPick={(hit) => {
          setPicked(hit);
          onChange?.(hit.residentId);
        }}
      />
    );
  }
  return (
    <Card size="small" className="roster-resident">
      <Flex justify="space-between" align="center" gap={12}>
        <div>
          <Typography.Text strong>{chosen.name}</Typography.Text>
          <Typography.Text type="secondary" className="roster-resident-facts">
            {[
              chosen.gender ? t(`genders.${chosen.gender}`) : null,
              chosen.birthDate,
              chosen.maskedIdNumber,
              chosen.maskedPhone,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          <div className="party-muted">{chosen.address}</div>
        </div>
        <Button
          id={id}
          onClick={() => {
            setPicked(null);
            onChange?.(undefined);
          }}
        >
          {t('partyRoster.changeResident')}
        </Button>
      </Flex>
    </Card>
  );
}
