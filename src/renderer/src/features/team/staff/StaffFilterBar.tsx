// The roster's filters: status (在岗 by default), employment kind and part of a name, kept in the address.
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type EmploymentKind,
  employmentKinds,
  type StaffStatus,
  staffStatuses,
} from '../../../../../shared/domain/gridTeam';
import { useFilterText } from '../../../components/useFilterText';

export interface StaffFilters {
  status: StaffStatus;
  employment?: EmploymentKind;
  q?: string;
}

export function readStaffFilters(params: URLSearchParams): StaffFilters {
  const status = params.get('status');
  const employment = params.get('employment');
  return {
    status: staffStatuses.find((s) => s === status) ?? 'active',
    employment: employmentKinds.find((e) => e === employment),
    q: params.get('q') || undefined,
  };
}

export function writeStaffFilters(filters: StaffFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== 'active') params.set('status', filters.status);
  if (filters.employment) params.set('employment', filters.employment);
  if (filters.q) params.set('q', filters.q);
  return params;
}

export function StaffFilterBar({
  filters,
  onChange,
}: {
  filters: StaffFilters;
  onChange: (patch: Partial<StaffFilters>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useFilterText(filters.q, (q) => onChange({ q }));

  return (
    <Flex gap={8} wrap align="center" className="staff-filters">
      <Select
        className="staff-filter-select"
        aria-label={t('teamStaff.status')}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={staffStatuses.map((status) => ({ value: status, label: t(`staffStatuses.${status}`) }))}
      />
      <Select
        className="staff-filter-select"
        allowClear
        aria-label={t('teamStaff.employment')}
        placeholder={t('teamStaff.allEmployment')}
        value={filters.employment}
        onChange={(employment) => onChange({ employment: employment ?? undefined })}
        options={employmentKinds.map((kind) => ({ value: kind, label: t(`employmentKinds.${kind}`) }))}
      />
      <Input.Search
        className="staff-filter-name"
        allowClear
        aria-label={t('teamStaff.name')}
        placeholder={t('teamStaff.namePlaceholder')}
        value={text}
        maxLength={20}
        onChange={(event) => setText(event.target.value)}
      />
    </Flex>
  );
}
