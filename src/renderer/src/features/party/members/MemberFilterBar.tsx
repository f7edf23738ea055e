// The roster's filters: branch, kind, standing, status (active by default) and part of a name.
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { memberKinds, memberStandings, memberStatuses } from '../../../../../shared/domain/party';
import { useFilterText } from '../../../components/useFilterText';
import { BranchSelect } from '../BranchSelect';
import type { RosterFilters } from './memberListFilters';

export function MemberFilterBar({
  filters,
  onChange,
}: {
  filters: RosterFilters;
  onChange: (patch: Partial<RosterFilters>) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useFilterText(filters.q, (q) => onChange({ q }));

  return (
    <Flex gap={8} wrap align="center" className="roster-filters">
      <BranchSelect allowAll value={filters.branchId} onChange={(branchId) => onChange({ branchId })} />
      <Select
        className="roster-filter-select"
        allowClear
        aria-label={t('partyRoster.kind')}
        placeholder={t('partyRoster.allKinds')}
        value={filters.kind}
        onChange={(kind) => onChange({ kind: kind ?? undefined })}
        options={memberKinds.map((kind) => ({ value: kind, label: t(`memberKinds.${kind}`) }))}
      />
      <Select
        className="roster-filter-select"
        allowClear
        aria-label={t('partyRoster.standing')}
        placeholder={t('partyRoster.allStandings')}
        value={filters.standing}
        onChange={(standing) => onChange({ standing: standing ?? undefined })}
        options={memberStandings.map((standing) => ({ value: standing, label: t(`memberStandings.${standing}`) }))}
      />
      <Select
        className="roster-filter-select"
        aria-label={t('partyRoster.status')}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={memberStatuses.map((status) => ({ value: status, label: t(`memberStatuses.${status}`) }))}
      />
      <Input.Search
        className="roster-filter-name"
        allowClear
        aria-label={t('partyRoster.name')}
        placeholder={t('partyRoster.namePlaceholder')}
        value={text}
        maxLength={20}
        onChange={(event) => setText(event.target.value)}
      />
    </Flex>
  );
}
