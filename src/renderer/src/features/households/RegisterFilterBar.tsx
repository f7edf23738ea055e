// The register list's filters: households or residents, the grid, and what each view can be narrowed by.
import { Button, Flex, Input, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attentionTags, careTags, houseUses, lifeStatuses, residenceTypes } from '../../../../shared/domain/residents';
import { GridTreeSelect } from '../../components/GridTreeSelect';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useCan } from '../auth/SessionProvider';
import { hasFilters, type RegisterFilters } from './registerFilters';

export function RegisterFilterBar({
  filters,
  onChange,
}: {
  filters: RegisterFilters;
  onChange: (patch: Partial<RegisterFilters>) => void;
}) {
  const { t } = useTranslation();
  const seesAttention = useCan('residents.attention');
  const [address, setAddress] = useState(filters.address ?? '');
  const settledAddress = useDebouncedValue(address.trim(), 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the settled text should move the filter.
  useEffect(() => {
    if (settledAddress !== (filters.address ?? '')) onChange({ address: settledAddress || undefined });
  }, [settledAddress]);

  const tagGroups = [
    {
      label: t('register.careGroup'),
      options: careTags.map((tag) => ({ value: tag, label: t(`residentTags.${tag}`) })),
    },
    ...(seesAttention
      ? [
          {
            label: t('register.attentionGroup'),
            options: attentionTags.map((tag) => ({ value: tag, label: t(`residentTags.${tag}`) })),
          },
        ]
      : []),
  ];

  return (
    <Flex gap={8} wrap align="center" className="register-filters">
      <Segmented<RegisterFilters['view']>
        aria-label={t('register.view')}
        value={filters.view}
        onChange={(view) => onChange({ view })}
        options={[
          { value: 'households', label: t('register.byHousehold') },
          { value: 'residents', label: t('register.byResident') },
        ]}
      />
      <GridTreeSelect
        style={{ width: 280 }}
        allowClear
        label={t('register.grid')}
        placeholder={t('register.allGrids')}
        value={filters.gridId}
        onChange={(gridId) => onChange({ gridId })}
      />
      {filters.view === 'households' ? (
        <Input.Search
          style={{ width: 220 }}
          allowClear
          aria-label={t('register.address')}
          placeholder={t('register.addressPlaceholder')}
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
      ) : (
        <>
          <Select
            style={{ width: 150 }}
            allowClear
            aria-label={t('register.tag')}
            placeholder={t('register.anyTag')}
            value={filters.tag}
            onChange={(tag) => onChange({ tag })}
            options={tagGroups}
            popupMatchSelectWidth={false}
          />
          <Select
            style={{ width: 130 }}
            allowClear
            aria-label={t('register.residenceType')}
            placeholder={t('register.anyResidenceType')}
            value={filters.residenceType}
            onChange={(residenceType) => onChange({ residenceType })}
            options={residenceTypes.map((type) => ({ value: type, label: t(`residenceTypes.${type}`) }))}
          />
          <Select
            style={{ width: 120 }}
            aria-label={t('register.lifeStatus')}
            value={filters.lifeStatus}
            onChange={(lifeStatus) => onChange({ lifeStatus })}
            options={lifeStatuses.map((status) => ({ value: status, label: t(`lifeStatuses.${status}`) }))}
          />
        </>
      )}
      <Select
        style={{ width: 120 }}
        allowClear
        aria-label={t('register.houseUse')}
        placeholder={t('register.anyHouseUse')}
        value={filters.houseUse}
        onChange={(houseUse) => onChange({ houseUse })}
        options={houseUses.map((use) => ({ value: use, label: t(`houseUses.${use}`) }))}
      />
      {hasFilters(filters) && (
        <Button
          type="link"
          onClick={() => {
            setAddress('');
            onChange({
              gridId: undefined,
              houseUse: undefined,
              address: undefined,
              tag: undefined,
              residenceType: undefined,
              lifeStatus: 'active',
            });
          }}
        >
          {t('register.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
