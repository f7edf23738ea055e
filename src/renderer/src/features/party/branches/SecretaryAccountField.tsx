// The branch-secretary account that keeps a branch. Those who set branches up (party.setup) list the accounts
// through party.secretaryAccounts, each with the branches it already keeps; a secretary only sees whether one is set.
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecretaryAccount } from '../../../../../shared/contract/party';
import { useQueryProc } from '../../../api/hooks';
import { useCan } from '../../auth/SessionProvider';

function useSecretaryAccounts() {
  const canList = useCan('party.setup');
  const answer = useQueryProc('party.secretaryAccounts', {}, { enabled: canList, staleTime: 60_000 });
  return { canList, accounts: answer.data?.rows ?? [], loading: answer.isLoading };
}

const accountName = (account: SecretaryAccount) => `${account.displayName}（${account.username}）`;

/** The account's name where it can be known, else whether one is set. */
export function SecretaryAccountName({ userId }: { userId: number | null }) {
  const { t } = useTranslation();
  const { accounts } = useSecretaryAccounts();
  if (userId === null) return <span className="party-muted">{t('partyBranchesPage.noAccount')}</span>;
  const account = accounts.find((row) => row.id === userId);
  return account ? accountName(account) : t('partyBranchesPage.accountSet');
}

/** One account in the list: who it is, and which branches it already keeps (an account may keep several). */
function AccountOption({ account }: { account: SecretaryAccount }) {
  const { t } = useTranslation();
  return (
    <span className="branch-account-option">
      <span>{accountName(account)}</span>
      <Typography.Text type="secondary" className="branch-account-keeps">
        {account.branchNames.length > 0
          ? t('partyBranchesPage.accountKeeps', { branches: account.branchNames.join('、') })
          : t('partyBranchesPage.accountFree')}
      </Typography.Text>
    </span>
  );
}

/** A form control: a select of the active secretary accounts, for those who set branches up. */
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
  const { accounts, loading } = useSecretaryAccounts();
  const options = accounts.map((account) => ({
    value: account.id,
    label: <AccountOption account={account} />,
    text: `${account.displayName} ${account.username}`,
    picked: accountName(account),
  }));
  // An account no longer active (or no longer a secretary) still shows as set until it is changed.
  if (value && !accounts.some((account) => account.id === value) && !loading) {
    options.push({ value, label: <span>{t('partyBranchesPage.accountSet')}</span>, text: '', picked: '' });
  }
  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'text' }}
      loading={loading}
      placeholder={t('partyBranchesPage.noAccount')}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      labelRender={({ value: chosen, label }) => options.find((o) => o.value === chosen)?.picked || label}
      notFoundContent={t('partyBranchesPage.noSecretaryAccounts')}
    />
  );
}
