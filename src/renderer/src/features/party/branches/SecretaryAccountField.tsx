// The branch-secretary account that keeps a branch. Only those who manage users may list accounts (users.list);
// others see whether one is set and keep it as it is.
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryProc } from '../../../api/hooks';
import { useCan } from '../../auth/SessionProvider';

function useSecretaryAccounts() {
  const canList = useCan('users.manage');
  const users = useQueryProc('users.list', {}, { enabled: canList, staleTime: 60_000 });
  const accounts = (users.data ?? []).filter((user) => user.role === 'branch_secretary');
  return { canList, accounts, loading: users.isLoading };
}

/** The account's name where it can be known, else whether one is set. */
export function SecretaryAccountName({ userId }: { userId: number | null }) {
  const { t } = useTranslation();
  const { accounts } = useSecretaryAccounts();
  if (userId === null) return <span className="party-muted">{t('partyBranchesPage.noAccount')}</span>;
  const account = accounts.find((user) => user.id === userId);
  return account ? `${account.displayName}（${account.username}）` : t('partyBranchesPage.accountSet');
}

/** A form control: a select of active secretary accounts, or, for those who cannot list accounts, a note. */
export function SecretaryAccountSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
}) {
  const { t } = useTranslation();
  const { canList, accounts, loading } = useSecretaryAccounts();
  if (!canList) {
    return (
      <Typography.Text id={id} type="secondary">
        {value ? t('partyBranchesPage.accountSet') : t('partyBranchesPage.noAccount')}
      </Typography.Text>
    );
  }
  return (
    <Select<number>
      id={id}
      allowClear
      loading={loading}
      placeholder={t('partyBranchesPage.noAccount')}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={accounts
        .filter((user) => user.active || user.id === value)
        .map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }))}
      notFoundContent={t('partyBranchesPage.noSecretaryAccounts')}
    />
  );
}

/** What the form says under the field: who may set it. */
export function useSecretaryAccountHint(): string {
  const { t } = useTranslation();
  return useCan('users.manage') ? t('partyBranchesPage.accountHint') : t('partyBranchesPage.accountHintNoList');
}
