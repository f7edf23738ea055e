// Picks one of the branches the user reaches; a secretary with one branch sees it chosen and fixed.
import { Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranches } from './partyQueries';

interface Props {
  value: number | undefined;
  onChange: (branchId: number | undefined) => void;
  /** Offer "all branches" (undefined) for managers' lists. */
  allowAll?: boolean;
  id?: string;
}

export function BranchSelect({ value, onChange, allowAll = false, id }: Props) {
  const { t } = useTranslation();
  const { data, isLoading } = useBranches();
  const rows = data?.rows ?? [];
  const only = rows.length === 1 ? rows[0] : undefined;
  // With one branch there is nothing to choose: it is the branch.
  useEffect(() => {
    if (only && value !== only.id) onChange(only.id);
  }, [only, value, onChange]);
  return (
    <Select
      id={id}
      aria-label={t('partyCommon.branch')}
      style={{ minWidth: 240 }}
      loading={isLoading}
      disabled={rows.length === 1}
      allowClear={allowAll}
      placeholder={allowAll ? t('partyCommon.allBranches') : t('partyCommon.chooseBranch')}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={rows.map((b) => ({ value: b.id, label: b.brandName ? `${b.name}（${b.brandName}）` : b.name }))}
    />
  );
}
