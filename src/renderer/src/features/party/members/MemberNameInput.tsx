// A claimant's name that finds party members while typing: picking one ties the claim to that member (their
// service counts it); typing a name that is not picked stays a plain name.
import { keepPreviousData } from '@tanstack/react-query';
import { AutoComplete, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryProc } from '../../../api/hooks';
import { useDebouncedValue } from '../../../components/useDebouncedValue';

export function MemberNameInput({
  id,
  value,
  onChange,
  onMember,
  autoFocus,
}: {
  id?: string;
  value?: string;
  onChange?: (name: string) => void;
  /** The picked member, or undefined once the name no longer is theirs. */
  onMember: (memberId: number | undefined) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const q = useDebouncedValue((value ?? '').trim(), 200);
  const found = useQueryProc(
    'party.members',
    { q, status: 'active', limit: 12 },
    { enabled: q.length > 0, placeholderData: keepPreviousData, staleTime: 10_000 },
  );
  const rows = q && found.data ? found.data.rows : [];
  const nothing = q.length > 0 && found.isSuccess && !found.isPlaceholderData && rows.length === 0;

  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(text: string) => {
        onChange?.(text);
        onMember(undefined);
      }}
      onSelect={(memberId: string) => {
        const member = rows.find((row) => String(row.id) === memberId);
        if (!member) return;
        onChange?.(member.name);
        onMember(member.id);
      }}
      options={rows.map((row) => ({
        value: String(row.id),
        label: (
          <span>
            {row.name}
            <span className="party-muted"> · {row.branchName}</span>
          </span>
        ),
      }))}
      showSearch={{ filterOption: false }}
      notFoundContent={nothing ? t('partyRoster.claimMemberNone') : null}
      popupMatchSelectWidth
    >
      <Input autoFocus={autoFocus} maxLength={40} placeholder={t('partyRoster.claimMemberPlaceholder')} />
    </AutoComplete>
  );
}
